import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SellerOwned } from '../common/seller-owned';

export enum RefundAttemptStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(RefundAttemptStatus, {
  name: 'RefundAttemptStatus',
  description: 'The outcome of one call to Stripe for a card refund.',
  valuesConfig: {
    PENDING: { description: 'Sent, or about to be; Stripe has not confirmed it yet.' },
    SUCCEEDED: { description: 'Stripe made the refund.' },
    FAILED: { description: 'Stripe refused it or could not be reached; the seller can retry.' },
  },
});

@ObjectType({ description: 'One try at a card refund through Stripe; a retry is a new attempt.' })
@Entity('refund_attempts')
export class RefundAttempt extends SellerOwned {
  @Column({ type: 'uuid' })
  refundId: string;

  @Field(() => Int, { description: '1 for the first try, then 2, 3… for retries.' })
  @Column({ type: 'integer' })
  attempt: number;

  @Field(() => RefundAttemptStatus, { description: 'What Stripe answered.' })
  @Column({ type: 'text' })
  status: RefundAttemptStatus;

  @Column({ type: 'text' })
  idempotencyKey: string;

  @Field(() => String, { nullable: true, description: "Stripe's refund id, once Stripe made the refund." })
  @Column({ type: 'text', nullable: true })
  stripeRefundId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, in words for the seller.' })
  @Column({ type: 'text', nullable: true })
  failureMessage: string | null;

  @Field({ description: 'When the attempt started.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Last change.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
