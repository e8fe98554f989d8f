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

  /** Signs every delivery; answered only by create, roll and rotate, once. */
  @Column({ type: 'text', select: false })
  secret: string;

  /** The secret the last rotation replaced: it signs too until previousSecretExpiresAt. Never answered. */
  @Column({ type: 'text', nullable: true, select: false })
  previousSecret: string | null;

  /** Since when every try has failed (null after a success): what auto-disable reads. */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when deliveries are also signed with the secret the last rotation replaced; null: no overlap.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the order desk disabled the endpoint (every delivery failing for days); null otherwise.',
  })
  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the order desk disabled it; cleared on enabling.' })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field({ description: 'When the endpoint was added.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Last change to the endpoint (its secret included).' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
