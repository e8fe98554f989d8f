import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { OrderAdjustmentPayload } from './order-adjustment';
import { VersionedInput } from './order-review.inputs';
import { CancellationReason } from '../order-engine/cancellation-reason';

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
