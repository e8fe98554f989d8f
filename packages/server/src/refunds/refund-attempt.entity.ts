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
});

@ObjectType({ description: 'One try at a card refund through Stripe; a retry is a new attempt.' })
@Entity('refund_attempts')
export class RefundAttempt extends SellerOwned {
  @Column({ type: 'uuid' })
  refundId: string;

  @Field(() => Int, { description: '1 for the first try, then 2, 3… for retries.' })
  @Column({ type: 'integer' })
  attempt: number;

  @Field(() => RefundAttemptStatus)
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
