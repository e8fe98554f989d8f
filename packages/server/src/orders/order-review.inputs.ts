import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { OrderItem } from '../order-engine/order-item.entity';
import { Order } from '../order-engine/order.entity';
import { CustomerChoiceInput } from '../customers/customer.inputs';
import { RejectionReason } from '../order-engine/rejection-reason';

@InputType({ description: 'Fields every order change accepts.' })
export abstract class VersionedInput {
  @Field(() => Int, {
    nullable: true,
    description:
      "The order's version the seller saw; when the order changed since, the change is refused (STALE_ORDER).",
  })
  expectedVersion?: number | null;
}

@InputType({ description: 'How many units of one line move to the new order.' })
export class SplitLineInput {
  @Field(() => ID, { description: 'ID of the item (line) on the order being split.' })
  orderItemId: string;

  @Field(() => Int, { description: 'Units to move: from 1 to the line’s quantity (all of it moves the whole line).' })
  quantity: number;
}

@InputType({
  description: 'Moves some items of a pending (or accepted, not yet paid) order to a new order in the same state.',
})
export class SplitOrderInput extends VersionedInput {
  @Field(() => ID, { description: 'ID of the pending order to split.' })
  orderId: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Whole items to move: at least one, and not all of them. Give either itemIds or lines.',
  })
  itemIds?: string[] | null;

  @Field(() => [SplitLineInput], {
    nullable: true,
    description:
      'Quantities to move, per line: part of a line or all of it; at least one unit must stay on the order. Give either itemIds or lines.',
  })
  lines?: SplitLineInput[] | null;
}

@InputType({ description: 'Sets the quantity of one line of a pending order.' })
export class UpdateOrderItemQuantityInput extends VersionedInput {
  @Field(() => ID, { description: 'ID of the item.' })
  orderItemId: string;

  @Field(() => Int, { description: 'A whole number from 1 to 100,000.' })
  quantity: number;
}

@InputType({ description: 'Deletes one line of a pending order (not its last one).' })
export class RemoveOrderItemInput extends VersionedInput {
  @Field(() => ID, { description: 'ID of the item to delete.' })
  orderItemId: string;
}

@InputType({ description: 'Accepts (approves) a pending order.' })
export class AcceptOrderInput extends VersionedInput {
  @Field(() => ID, { description: 'ID of the pending order.' })
  orderId: string;

  @Field(() => CustomerChoiceInput, {
    nullable: true,
    description: 'Needed when the buyer has no customer record with this (ungated) seller yet: see CUSTOMER_REQUIRED.',
  })
  customer?: CustomerChoiceInput | null;
}

@InputType({ description: 'Rejects a pending order; the buyer is emailed.' })
export class RejectOrderInput extends VersionedInput {
  @Field(() => ID, { description: 'ID of the pending order.' })
  orderId: string;

  @Field(() => RejectionReason, { description: 'Why the order is rejected (told to the buyer).' })
  reason: RejectionReason;

  @Field(() => String, {
    nullable: true,
    description: 'Message to the buyer; required for OTHER (2,000 characters at most).',
  })
  message?: string | null;
}

@ObjectType({ description: 'Fields every order change answers with.' })
export abstract class OrderPayload {
  @Field(() => Order, { nullable: true, description: 'The order after the change; null when it was refused.' })
  order: Order | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Both orders after a split.' })
export class SplitOrderPayload extends OrderPayload {
  @Field(() => Order, { nullable: true, description: 'The new order holding the split items.' })
  newOrder: Order | null;
}

@ObjectType({ description: 'The order and item after the update.' })
export class UpdateOrderItemQuantityPayload extends OrderPayload {
  @Field(() => OrderItem, { nullable: true, description: 'The updated item; null when refused.' })
  orderItem: OrderItem | null;
}

@ObjectType({ description: 'The order after the item was deleted.' })
export class RemoveOrderItemPayload extends OrderPayload {
  @Field(() => ID, { nullable: true, description: 'ID of the deleted item; null when refused.' })
  removedOrderItemId: string | null;
}

@ObjectType({ description: 'The accepted order and its customer.' })
export class AcceptOrderPayload extends OrderPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer the order is now linked to.' })
  customer: Customer | null;
}

@ObjectType({ description: 'The rejected order.' })
export class RejectOrderPayload extends OrderPayload {}
