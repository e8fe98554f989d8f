import { Column, CreateDateColumn, Entity } from 'typeorm';
import { SellerOwned } from '../common/seller-owned';
import { OrderEventType } from './order-event-type';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ActorType } from '../auth/actor-type';

@ObjectType({ description: 'Who did something: a seller user, a partner API key, the buyer or the system.' })
export class Actor {
  @Field(() => ActorType, { description: 'A seller user, an API key, the buyer or the system.' })
  type: ActorType;

  @Field({ description: 'Display name at the time of the event.' })
  name: string;
}

/** One entry of an order's timeline: what happened, who did it, and before/after where useful. */
@ObjectType({ description: "An entry on the order's timeline." })
@Entity('order_events')
export class OrderEvent extends SellerOwned {
  /** Timeline order (events of one transaction share a timestamp). */
  @Column({
    type: 'bigint',
    generated: 'identity',
    generatedIdentity: 'ALWAYS',
    insert: false,
    update: false,
    select: false,
  })
  seq: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Field(() => OrderEventType, { description: 'What happened, as a stable kind (ORDER_PLACED, ORDER_ACCEPTED…).' })
  @Column({ type: 'text' })
  type: OrderEventType;

  @Field({ description: 'What happened, in words for the seller.' })
  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  actorType: ActorType;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  @Column({ type: 'text' })
  actorName: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Details such as before/after values.' })
  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  @Field({ description: 'When it happened.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Actor, { description: 'Who did it.' })
  get actor(): Actor {
    return Object.assign(new Actor(), { type: this.actorType, name: this.actorName });
  }
}
