import { registerEnumType } from 'type-graphql';
import { WebhookEventType } from '../webhooks/webhook-event-type';

/** Every kind of entry an order's timeline holds. */
export enum OrderEventType {
  ORDER_PLACED = 'ORDER_PLACED',
  ORDER_SPLIT = 'ORDER_SPLIT',
  ORDER_SPLIT_FROM = 'ORDER_SPLIT_FROM',
  ITEM_QUANTITY_UPDATED = 'ITEM_QUANTITY_UPDATED',
  ITEM_REMOVED = 'ITEM_REMOVED',
  CUSTOMER_CREATED = 'CUSTOMER_CREATED',
  CUSTOMER_ASSOCIATED = 'CUSTOMER_ASSOCIATED',
  ORDER_ACCEPTED = 'ORDER_ACCEPTED',
  ORDER_REJECTED = 'ORDER_REJECTED',
  ORDER_EDITED = 'ORDER_EDITED',
  ORDER_CANCELLED = 'ORDER_CANCELLED',
  STOCK_RESTORED = 'STOCK_RESTORED',
  NOTE_ADDED = 'NOTE_ADDED',
  SHIPMENT_SAVED = 'SHIPMENT_SAVED',
  SHIPMENT_UPDATED = 'SHIPMENT_UPDATED',
  INVOICE_DRAFTED = 'INVOICE_DRAFTED',
  INVOICE_ISSUED = 'INVOICE_ISSUED',
  INVOICE_MARKED_PAID = 'INVOICE_MARKED_PAID',
  INVOICE_VOIDED = 'INVOICE_VOIDED',
  PAYMENT_RETRIED = 'PAYMENT_RETRIED',
  PAYMENT_PAID = 'PAYMENT_PAID',
  PAYMENT_FAILED = 'PAYMENT_FAILED',
  PAYMENT_REQUIRES_ACTION = 'PAYMENT_REQUIRES_ACTION',
  PAYMENT_REFUNDED = 'PAYMENT_REFUNDED',
  CREDIT_NOTE_ISSUED = 'CREDIT_NOTE_ISSUED',
  REFUND_REQUESTED = 'REFUND_REQUESTED',
  REFUND_OWED = 'REFUND_OWED',
  REFUND_RECORDED = 'REFUND_RECORDED',
  REFUND_SUCCEEDED = 'REFUND_SUCCEEDED',
  REFUND_FAILED = 'REFUND_FAILED',
  EMAIL_SENT = 'EMAIL_SENT',
}

type EventTypeRule = {
  description: string;
  /** The webhook event the entry is sent as; null: internal to the desk. */
  webhook: WebhookEventType | null;
};

/**
 * Each timeline entry, what it means and which webhook event it is sent as: exhaustive, so a new entry
 * type does not compile until someone decides whether partners hear of it.
 * - ORDER_SPLIT is sent once, on the order that was split, with both orders in it: the new order
 *   gets no order.placed (the buyer placed one order) and its ORDER_SPLIT_FROM entry is not sent.
 * - Quantity changes and removed items of a pending order are edits like the edits of an accepted
 *   order: all are order.edited, with `data.change.kind` saying which.
 * - A card payment waiting for the buyer's authentication has failed as far as the seller is
 *   concerned (the invoice is unpaid and needs the buyer): invoice.payment_failed.
 * - A terms invoice marked paid by the seller is paid like a card invoice: invoice.paid.
 * - Shipments are two events, like the timeline: a 3PL that only needs "it shipped" subscribes to
 *   shipment.saved; shipment.updated carries the before and after of a correction.
 */
export const ORDER_EVENT_TYPES: Readonly<Record<OrderEventType, EventTypeRule>> = {
  ORDER_PLACED: { description: 'The buyer placed the order.', webhook: WebhookEventType.ORDER_PLACED },
  ORDER_SPLIT: { description: 'Items moved from this order to a new one.', webhook: WebhookEventType.ORDER_SPLIT },
  ORDER_SPLIT_FROM: { description: 'This order was split from another.', webhook: null },
  ITEM_QUANTITY_UPDATED: { description: 'A quantity changed while pending.', webhook: WebhookEventType.ORDER_EDITED },
  ITEM_REMOVED: { description: 'An item was deleted while pending.', webhook: WebhookEventType.ORDER_EDITED },
  CUSTOMER_CREATED: { description: 'A customer was created from the buyer on accepting.', webhook: null },
  CUSTOMER_ASSOCIATED: { description: 'The buyer was linked to an existing customer.', webhook: null },
  ORDER_ACCEPTED: { description: 'The seller accepted the order.', webhook: WebhookEventType.ORDER_ACCEPTED },
  ORDER_REJECTED: { description: 'The seller rejected the order.', webhook: WebhookEventType.ORDER_REJECTED },
  ORDER_EDITED: { description: 'Edit Order after acceptance.', webhook: WebhookEventType.ORDER_EDITED },
  ORDER_CANCELLED: { description: 'Cancel Order after acceptance.', webhook: WebhookEventType.ORDER_CANCELLED },
  STOCK_RESTORED: { description: 'A cancellation put the goods back in stock.', webhook: null },
  NOTE_ADDED: { description: "A seller's internal note.", webhook: null },
  SHIPMENT_SAVED: { description: 'Save Shipment Info, the first time.', webhook: WebhookEventType.SHIPMENT_SAVED },
  SHIPMENT_UPDATED: { description: 'The shipment info changed.', webhook: WebhookEventType.SHIPMENT_UPDATED },
  INVOICE_DRAFTED: { description: 'Create Invoice: the preview.', webhook: null },
  INVOICE_ISSUED: { description: 'Confirm: the invoice got its number.', webhook: WebhookEventType.INVOICE_ISSUED },
  INVOICE_MARKED_PAID: { description: 'A terms invoice was marked paid.', webhook: WebhookEventType.INVOICE_PAID },
  INVOICE_VOIDED: { description: 'An unpaid invoice was voided.', webhook: WebhookEventType.INVOICE_VOIDED },
  PAYMENT_RETRIED: { description: 'Retry Payment started a new card charge.', webhook: null },
  PAYMENT_PAID: { description: 'A card charge succeeded.', webhook: WebhookEventType.INVOICE_PAID },
  PAYMENT_FAILED: { description: 'A card charge failed.', webhook: WebhookEventType.INVOICE_PAYMENT_FAILED },
  PAYMENT_REQUIRES_ACTION: {
    description: 'A card charge needs the buyer to authenticate.',
    webhook: WebhookEventType.INVOICE_PAYMENT_FAILED,
  },
  PAYMENT_REFUNDED: { description: 'Stripe reported the payment refunded.', webhook: null },
  CREDIT_NOTE_ISSUED: { description: 'Money was credited.', webhook: WebhookEventType.CREDIT_NOTE_ISSUED },
  REFUND_REQUESTED: { description: 'A card refund was sent to Stripe.', webhook: null },
  REFUND_OWED: { description: 'An amount is owed back on terms.', webhook: null },
  REFUND_RECORDED: { description: 'A terms refund was recorded as paid back.', webhook: null },
  REFUND_SUCCEEDED: { description: 'A card refund went through.', webhook: WebhookEventType.REFUND_SUCCEEDED },
  REFUND_FAILED: { description: 'A card refund failed.', webhook: WebhookEventType.REFUND_FAILED },
  EMAIL_SENT: { description: 'An email to the buyer was sent.', webhook: null },
};

registerEnumType(OrderEventType, {
  name: 'OrderEventType',
  description: 'What a timeline entry records.',
  valuesConfig: Object.fromEntries(
    Object.entries(ORDER_EVENT_TYPES).map(([type, { description }]) => [type, { description }]),
  ) as Record<OrderEventType, { description: string }>,
});
