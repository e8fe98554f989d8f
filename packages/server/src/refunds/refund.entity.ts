import { Column, CreateDateColumn, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { bigintToNumber, Money, money } from '../common/money';
import { SellerOwned } from '../common/seller-owned';
import { PaymentMethod } from '../billing/payment-method';
import { TermsPaymentMethod } from '../billing/terms-payment-method';
import { refundActions, RefundAction } from './refund-state-machine';
import { RefundStatus } from './refund-status';
import { Node } from '../common/node';

@ObjectType({
  description:
    'Money going back to the buyer for a credit note, from one payment: a card refund through Stripe, ' +
    'or, for terms, an amount owed back that the seller records once paid.',
  implements: Node,
})
@Entity('refunds')
export class Refund extends SellerOwned {
  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'uuid' })
  creditNoteId: string;

  @Column({ type: 'uuid' })
  paymentId: string;

  @Field(() => PaymentMethod, { description: 'Card (refunded through Stripe) or terms (paid back by the seller).' })
  @Column({ type: 'text' })
  method: PaymentMethod;

  @Field(() => RefundStatus, { description: 'Where the refund stands.' })
  @Column({ type: 'text' })
  status: RefundStatus;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => TermsPaymentMethod, { nullable: true, description: 'How a terms refund was paid back.' })
  @Column({ type: 'text', nullable: true })
  termsMethod: TermsPaymentMethod | null;

  @Field(() => String, { nullable: true, description: 'Cheque number or transfer reference of a terms refund.' })
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Field(() => String, { nullable: true, description: 'When a terms refund was paid back, YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  refundedOn: string | null;

  @Field({ description: 'When the refund was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Last change (set by the database whenever the row changes).' })
  @Column({ type: 'timestamptz', update: false })
  updatedAt: Date;

  @Field(() => [RefundAction], { description: 'What the seller may do with the refund now (from its state table).' })
  get availableActions(): RefundAction[] {
    return refundActions(this);
  }

  @Field(() => Money, { description: 'How much goes back to the buyer.' })
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }
}
