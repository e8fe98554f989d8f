import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { OrderItem } from '../order-engine/order-item.entity';

@ObjectType({ description: 'A line whose quantity exceeds stock on hand, and how much of it the backorder takes.' })
export class AvailabilitySplitLine {
  @Field(() => OrderItem, { description: 'The line on the pending order.' })
  orderItem: OrderItem;

  @Field(() => Int, { description: 'Units short: what the split would move to the new order (the backorder).' })
  quantity: number;

  @Field(() => Int, { description: 'Stock on hand of the ordered variant now.' })
  stockOnHand: number;
}

@ObjectType({
  description:
    'A split of a pending order by availability: what stock on hand cannot cover moves to a new order. Nothing is changed until the seller confirms with splitOrder(input: { lines }).',
})
export class AvailabilitySplitProposal {
  @Field(() => [AvailabilitySplitLine], { description: 'The short lines, in the order’s line order.' })
  lines: AvailabilitySplitLine[];
}

@ObjectType({ description: 'The proposal, or why there is none.' })
export class ProposeAvailabilitySplitPayload {
  @Field(() => AvailabilitySplitProposal, { nullable: true, description: 'Null when refused.' })
  proposal: AvailabilitySplitProposal | null;

  @Field(() => [UserError], {
    description: 'Why there is no proposal (NOTHING_SHORT when stock covers every line); empty otherwise.',
  })
  userErrors: UserError[];
}
