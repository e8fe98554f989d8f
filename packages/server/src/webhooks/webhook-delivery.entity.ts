import { Column, CreateDateColumn, Entity } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SellerOwned } from '../common/seller-owned';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryStatus } from './webhook-delivery-status';

/** One event for one endpoint: its body (frozen, signed anew on each try) and how its tries went. */
@ObjectType({ description: 'One event sent (or to be sent) to one webhook endpoint: a row of the delivery log.' })
@Entity('webhook_deliveries')
export class WebhookDelivery extends SellerOwned {
  @Column({ type: 'uuid' })
  endpointId: string;

  @Field({ description: 'The event id (Order-Desk-Event-Id): the same on every try and resend.' })
  @Column({ type: 'uuid' })
  eventId: string;

  @Field({ description: 'The event type, e.g. "order.accepted", or "ping" for a test event.' })
  @Column({ type: 'text' })
  eventType: string;

  @Field({ description: 'A test event ("Send test event"): never replayed.' })
  @Column({ type: 'boolean' })
  test: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'The delivery this one replays (replayWebhookEvents), with the same event id and body; null otherwise.',
  })
  @Column({ type: 'uuid', nullable: true })
  replayOf: string | null;

  @Field({ description: 'The JSON body sent, exactly.' })
  @Column({ type: 'text' })
  body: string;

  /** The one job allowed to send it; a resend replaces it, so older jobs still queued send nothing. */
  @Column({ type: 'uuid' })
  jobId: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Sent, still being sent, or given up on.' })
  @Column({ type: 'text' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Tries so far.' })
  @Column({ type: 'integer' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: "HTTP status of the last try's answer; null when none came." })
  @Column({ type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last try failed.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the last try was made.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the endpoint accepted it.' })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field({ description: 'When the event happened (and the delivery was queued).' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** Filled by the delivery log query, one statement for the page. */
  @Field(() => [WebhookDeliveryAttempt], { description: 'Every try, oldest first.' })
  attemptLog: WebhookDeliveryAttempt[];
}
