import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyTotals } from '../common/money-totals';
import { PaymentMethod } from '../billing/payment-method';
import { PaymentStatus } from '../billing/payment-status';
import { InvoiceStatus } from './invoice-status';

@ObjectType({ description: 'An invoice for an accepted order.' })
@Entity('invoices')
export class Invoice extends MoneyTotals {
  @Column({ type: 'uuid' })
  orderId: string;

  @Field(() => Int, { nullable: true, description: "The seller's invoice number; null while a draft." })
  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Column({ type: 'text' })
  numberPrefix: string;

  @Field(() => InvoiceStatus, { description: 'Draft, issued or void.' })
  @Column({ type: 'text' })
  status: InvoiceStatus;

  @Field(() => PaymentStatus, { description: 'Where the payment stands (card charge or terms).' })
  @Column({ type: 'text' })
  paymentStatus: PaymentStatus;

  @Field(() => PaymentMethod, { description: 'Card on file or terms, from the order.' })
  @Column({ type: 'text' })
  paymentMethod: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD) for terms customers.' })
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  /** Everything printed on the issued invoice, frozen at confirmation. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: Record<string, unknown> | null;

  @Field(() => Date, { nullable: true, description: 'When Confirm issued it; null for a draft.' })
  @Column({ type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was paid in full; null while unpaid.' })
  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was voided; null unless void.' })
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the invoice was voided (an edit or a cancellation).' })
  @Column({ type: 'text', nullable: true })
  voidReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'The number as printed, e.g. "DB-1042".' })
  get displayNumber(): string | null {
    return this.number === null ? null : `${this.numberPrefix}${this.number}`;
  }
}
