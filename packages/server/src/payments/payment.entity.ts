import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { SellerOwned } from '../common/seller-owned';
import { Field, Int, ObjectType } from 'type-graphql';
import { bigintToNumber, Money, money } from '../common/money';
import { PaymentMethod } from '../billing/payment-method';
import { PaymentStatus } from '../billing/payment-status';
import { TermsPaymentMethod } from '../billing/terms-payment-method';

@ObjectType({ description: 'One attempt to collect an invoice: a card charge or a recorded terms payment.' })
@Entity('payments')
export class Payment extends SellerOwned {
  @Column({ type: 'uuid' })
  invoiceId: string;

  @Field(() => Int, { description: '1 for the first attempt, then 2, 3… for retries.' })
  @Column({ type: 'integer' })
  attempt: number;

  @Field(() => PaymentMethod, { description: 'Card or terms.' })
  @Column({ type: 'text' })
  method: PaymentMethod;

  @Field(() => PaymentStatus, { description: 'Where this attempt stands.' })
  @Column({ type: 'text' })
  status: PaymentStatus;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'text', nullable: true })
  stripePaymentIntentId: string | null;

  @Field(() => String, { nullable: true, description: "The card network's decline code, when it failed." })
  @Column({ type: 'text', nullable: true })
  failureCode: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, in words for the seller.' })
  @Column({ type: 'text', nullable: true })
  failureMessage: string | null;

  @Field(() => TermsPaymentMethod, { nullable: true, description: 'How a terms payment was made.' })
  @Column({ type: 'text', nullable: true })
  termsMethod: TermsPaymentMethod | null;

  @Field(() => String, { nullable: true, description: 'Cheque number, transfer reference… for terms payments.' })
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Field(() => String, { nullable: true, description: 'Date the buyer paid (terms), YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  paidOn: string | null;

  @Field({ description: 'When the attempt started.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Money, { description: 'Amount of the attempt.' })
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }
}
