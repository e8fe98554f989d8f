import { Column, Entity } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { SellerOwned } from '../common/seller-owned';

@ObjectType({ description: 'One try of a webhook delivery.' })
@Entity('webhook_delivery_attempts')
export class WebhookDeliveryAttempt extends SellerOwned {
  @Column({ type: 'uuid' })
  deliveryId: string;

  @Field(() => Int, { description: '1 for the first try.' })
  @Column({ type: 'integer' })
  attempt: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status answered; null when no answer came.' })
  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;

  @Field(() => Int, { description: 'How long the try took, in milliseconds.' })
  @Column({ type: 'integer' })
  durationMs: number;

  @Field(() => String, { nullable: true, description: 'Why it failed (timeout, refused, HTTP status…).' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'The start of the answer (at most 1 KB is kept).' })
  @Column({ type: 'text', nullable: true })
  responseExcerpt: string | null;

  @Field({ description: 'When the try was made.' })
  @Column({ type: 'timestamptz' })
  attemptedAt: Date;
}
