import { Field, ID, ObjectType } from 'type-graphql';

/** Published after a change to an order commits; subscribers reload what they show. */
export type OrderChange = { sellerId: string; orderId: string };

export interface OrderChangePublisher {
  publish(change: OrderChange): void;
}

@ObjectType({ description: 'Which order changed (fields of the order are read fresh).' })
export class OrderChangedEvent {
  @Field(() => ID)
  orderId: string;
}
