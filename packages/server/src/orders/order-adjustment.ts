import { Field, Int, ObjectType } from 'type-graphql';
import { InvoiceLine } from '../billing/billing-document';
import { Money } from '../common/money';
import { PaymentMethod } from '../billing/payment-method';
import { CreditNote } from '../credit-notes/credit-note.entity';
import type { Outcome } from '../common/refusal';
import { OrderPayload } from './order-review.inputs';
import type { Order } from '../order-engine/order.entity';
import type { OrderChange } from '../order-engine/order-change-runner';

@ObjectType({ description: 'A line of an order as an edit leaves it, next to what it was.' })
export class OrderAdjustmentLine {
  @Field({ description: 'The SKU.' })
  sku: string;

  @Field({ description: 'Product and variant name.' })
  description: string;

  @Field(() => Money, { description: 'Unit price.' })
  unitPrice: Money;

  @Field(() => Int, { description: 'Quantity before the change (0 for an added item).' })
  quantityBefore: number;

  @Field(() => Int, { description: 'Quantity after the change (0 for a removed item).' })
  quantity: number;

  @Field(() => Money, { description: 'Line total after the change.' })
  lineTotal: Money;
}

@ObjectType({ description: 'The credit note an adjustment issues (or, in a preview, would issue).' })
export class CreditNotePreview {
  @Field({ description: 'Its number (in a preview: the number it is expected to get).' })
  number: string;

  @Field(() => [InvoiceLine], { description: 'What it credits.' })
  lines: InvoiceLine[];

  @Field(() => Money, { description: 'Shipping credited.' })
  shipping: Money;

  @Field(() => Money, { description: 'The amount credited, paid back by the refunds.' })
  total: Money;
}

@ObjectType({ description: 'Money an adjustment sends back to the buyer from one payment.' })
export class RefundPreview {
  @Field(() => PaymentMethod, { description: 'CARD: refunded through Stripe; TERMS: owed back by the seller.' })
  method: PaymentMethod;

  @Field(() => Money, { description: 'How much.' })
  amount: Money;
}

@ObjectType({
  description:
    'What an edit or a cancellation of an accepted order does to its money: the dry-run preview shows ' +
    'exactly this before the seller commits, and the committed change answers with what it did.',
})
export class OrderAdjustment {
  @Field({ description: 'False for a preview (nothing was changed), true once committed.' })
  committed: boolean;

  @Field(() => [String], { description: 'What changes, in words.' })
  changes: string[];

  @Field(() => [OrderAdjustmentLine], { description: 'Every line of the order after the change.' })
  lines: OrderAdjustmentLine[];

  @Field(() => Money, { description: 'Order total before.' })
  totalBefore: Money;

  @Field(() => Money, { description: 'Order total after.' })
  totalAfter: Money;

  @Field(() => [String], { description: 'Numbers of the unpaid invoices voided (the seller issues a new one).' })
  voidedInvoiceNumbers: string[];

  @Field(() => CreditNotePreview, { nullable: true, description: 'The credit note for what a paid order loses.' })
  creditNote: CreditNotePreview | null;

  @Field(() => [RefundPreview], { description: 'Refunds of the credit note, per payment.' })
  refunds: RefundPreview[];

  @Field(() => Money, { description: 'What is left to bill on a new invoice ("Create Invoice").' })
  amountToInvoice: Money;
}

@ObjectType({ description: 'The result of Edit Order or Cancel Order.' })
export abstract class OrderAdjustmentPayload extends OrderPayload {
  @Field(() => OrderAdjustment, {
    nullable: true,
    description: 'What the change does (or, in a preview, would do) to the invoices and payments.',
  })
  adjustment: OrderAdjustment | null;

  @Field(() => CreditNote, { nullable: true, description: 'The credit note the committed change issued, if any.' })
  creditNote: CreditNote | null;
}

/** An edit's or cancellation's answer: the order (read after the commit), what it did, its credit note. */
export type AdjustmentChange = OrderChange & { adjustment: OrderAdjustment; creditNote: CreditNote | null };

/** The payload of an edit's or cancellation's outcome, with its order as read for the answer. */
export const adjustmentPayload = (
  { value, userErrors }: Outcome<AdjustmentChange>,
  order: Order | null,
): OrderAdjustmentPayload => ({
  order,
  adjustment: value?.adjustment ?? null,
  creditNote: value?.creditNote ?? null,
  userErrors,
});
