import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { OrderAdjustmentPayload } from './order-adjustment';
import { VersionedInput } from './order-review.inputs';

export enum CancellationReason {
  BUYER_REQUEST = 'BUYER_REQUEST',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  CANNOT_SHIP = 'CANNOT_SHIP',
  PAYMENT_ISSUE = 'PAYMENT_ISSUE',
  OTHER = 'OTHER',
}
registerEnumType(CancellationReason, {
  name: 'CancellationReason',
  description: 'Why a seller cancels an accepted order; the buyer is emailed a matching explanation.',
  valuesConfig: {
    BUYER_REQUEST: { description: 'The buyer asked to cancel.' },
    OUT_OF_STOCK: { description: 'The goods turned out to be unavailable.' },
    CANNOT_SHIP: { description: 'The seller cannot ship to the buyer.' },
    PAYMENT_ISSUE: { description: 'The order could not be paid.' },
    OTHER: { description: 'Another reason, explained in the message (required).' },
  },
});

@InputType({
  description:
    'Cancel Order (after acceptance). With `preview: true` nothing changes and the answer shows what ' +
    'cancelling would do to the invoices and payments.',
})
export class CancelOrderInput extends VersionedInput {
  @Field(() => ID, { description: 'The accepted order.' })
  orderId: string;

  @Field(() => CancellationReason, { description: 'Why; the buyer is told.' })
  reason: CancellationReason;

  @Field(() => String, {
    nullable: true,
    description: 'A message to the buyer (2,000 characters at most; required for OTHER).',
  })
  message?: string | null;

  @Field({ description: "Put the order's goods back in stock." })
  restock: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Required for an order whose shipment was saved: the seller confirms it is cancelled anyway.',
  })
  acknowledgeShipped: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Dry run: answer what would happen, change nothing.' })
  preview: boolean;
}

@ObjectType({ description: 'The result of Cancel Order.' })
export class CancelOrderPayload extends OrderAdjustmentPayload {}
