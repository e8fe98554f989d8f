import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrderAdjustmentPayload } from './order-adjustment';
import { VersionedInput } from './order-review.inputs';

@InputType({ description: 'A new quantity for one line.' })
export class OrderItemQuantityInput {
  @Field(() => ID, { description: 'The line.' })
  orderItemId: string;

  @Field(() => Int, { description: 'A whole number from 1 to 100,000.' })
  quantity: number;
}

@InputType({ description: "A product from the seller's catalogue to add to the order." })
export class NewOrderItemInput {
  @Field(() => ID, { description: 'The product variant (SKU) to add.' })
  variantId: string;

  @Field(() => Int, { description: 'A whole number from 1 to 100,000.' })
  quantity: number;
}

@InputType({
  description:
    'Edit Order: changes to an accepted order, applied together. With `preview: true` nothing is saved and ' +
    'the answer shows what saving would do to the invoices and payments.',
})
export class EditOrderInput extends VersionedInput {
  @Field(() => ID, { description: 'The accepted order.' })
  orderId: string;

  @Field(() => [OrderItemQuantityInput], { nullable: true, description: 'New quantities of existing lines.' })
  quantities?: OrderItemQuantityInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Lines to remove (at least one line must stay).' })
  removeItemIds?: string[] | null;

  @Field(() => [NewOrderItemInput], { nullable: true, description: "Products to add from the seller's catalogue." })
  addItems?: NewOrderItemInput[] | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'New shipping cost, in minor units.' })
  shippingCost?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why (500 characters at most); printed on a credit note and shown on the timeline.',
  })
  reason?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Dry run: answer what would happen, change nothing.' })
  preview: boolean;
}

@ObjectType({ description: 'The result of Edit Order.' })
export class EditOrderPayload extends OrderAdjustmentPayload {}
