import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { Order } from '../order-engine/order.entity';

@InputType({ description: 'One pending order to accept, with the version the seller saw.' })
export class AcceptOrdersEntry {
  @Field(() => ID, { description: 'ID of the pending order.' })
  orderId: string;

  @Field(() => Int, { description: "The order's version the seller saw; a changed order is not accepted." })
  expectedVersion: number;
}

@InputType({ description: 'Accepts many pending orders at once, each on its own (1 to 100 orders).' })
export class AcceptOrdersInput {
  @Field(() => [AcceptOrdersEntry], { description: 'The orders to accept: 1 to 100.' })
  orders: AcceptOrdersEntry[];
}

@ObjectType({ description: 'An order of the batch that could not be accepted, and why.' })
export class AcceptOrdersFailure {
  @Field(() => ID, { description: 'The order ID as sent.' })
  orderId: string;

  @Field(() => Order, { nullable: true, description: 'The order as it is now; null when it is not found.' })
  order: Order | null;

  @Field({ description: 'Why, as a stable code: ACTION_NOT_ALLOWED, STALE_ORDER, ORDER_NOT_FOUND, …' })
  code: string;

  @Field({ description: 'Why, in words for the seller.' })
  message: string;
}

@ObjectType({ description: 'What happened to each order of the batch.' })
export class AcceptOrdersPayload {
  @Field(() => [Order], { description: 'Orders accepted now, each in its own transaction.' })
  accepted: Order[];

  @Field(() => [Order], {
    description:
      'Orders of an ungated seller whose buyer has no customer yet: NOT accepted; accept them one by one with a customer.',
  })
  needsCustomer: Order[];

  @Field(() => [AcceptOrdersFailure], { description: 'Orders that could not be accepted: not pending, stale, …' })
  failed: AcceptOrdersFailure[];

  @Field(() => [UserError], { description: 'Input-level refusals (no orders, more than 100); empty otherwise.' })
  userErrors: UserError[];
}
