import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { Order } from '../order-engine/order.entity';
import { Shipment } from './shipment.entity';

@InputType({
  description: 'Shipment info of an accepted order ("Save Shipment Info"); editable until the invoice is issued.',
})
export class SaveShipmentInput {
  @Field(() => ID, { description: 'ID of the accepted order.' })
  orderId: string;

  @Field({ description: 'Carrier name, e.g. one of `carriers`, or another.' })
  carrier: string;

  @Field(() => String, { nullable: true, description: 'Service level, e.g. "Ground".' })
  service?: string | null;

  @Field(() => [String], { description: 'One or more tracking numbers.' })
  trackingNumbers: string[];

  @Field({ description: 'Ship date, YYYY-MM-DD: not before the order was placed, at most 30 days ahead.' })
  shippedOn: string;

  @Field(() => GraphQLSafeInt, {
    description: 'Shipping cost charged to the buyer, in minor units (cents); 0 for free shipping.',
  })
  shippingCost: number;

  @Field(() => Int, {
    nullable: true,
    description: "The order's version the seller saw (STALE_ORDER when it changed).",
  })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'The order and its shipment after saving.' })
export class SaveShipmentPayload {
  @Field(() => Order, { nullable: true, description: 'The order, its total now with shipping; null when refused.' })
  order: Order | null;

  @Field(() => Shipment, { nullable: true, description: 'The saved shipment; null when refused.' })
  shipment: Shipment | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success).' })
  userErrors: UserError[];
}
