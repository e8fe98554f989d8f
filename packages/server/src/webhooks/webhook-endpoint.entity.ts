import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { SellerOwned } from '../common/seller-owned';
import { WebhookEventType } from './webhook-event-type';

/** Where a partner app (ERP, accounting, 3PL) wants the seller's order events POSTed. */
@ObjectType({ description: 'An HTTPS endpoint the seller registered to receive order and invoice events.' })
@Entity('webhook_endpoints')
export class WebhookEndpoint extends SellerOwned {
  @Field({ description: 'Where events are POSTed.' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for, in the seller’s words.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => [WebhookEventType], { description: 'The events sent to it.' })
  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  @Field({ description: 'Disabled endpoints receive nothing; deliveries still pending fail.' })
  @Column({ type: 'boolean' })
  enabled: boolean;

  /** Signs every delivery; answered only by create and roll, once. */
  @Column({ type: 'text', select: false })
  secret: string;

  @Field({ description: 'When the endpoint was added.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Last change to the endpoint (its secret included).' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
