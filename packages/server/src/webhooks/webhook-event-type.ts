import { registerEnumType } from 'type-graphql';

/** What a partner can subscribe to; the value is the `type` of the event sent. */
export enum WebhookEventType {
  ORDER_PLACED = 'order.placed',
  ORDER_ACCEPTED = 'order.accepted',
  ORDER_REJECTED = 'order.rejected',
  ORDER_SPLIT = 'order.split',
  ORDER_EDITED = 'order.edited',
  ORDER_CANCELLED = 'order.cancelled',
  INVOICE_ISSUED = 'invoice.issued',
  INVOICE_PAID = 'invoice.paid',
  INVOICE_PAYMENT_FAILED = 'invoice.payment_failed',
  INVOICE_VOIDED = 'invoice.voided',
  CREDIT_NOTE_ISSUED = 'credit_note.issued',
  REFUND_SUCCEEDED = 'refund.succeeded',
  REFUND_FAILED = 'refund.failed',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An order or invoice event a webhook endpoint can subscribe to (sent as e.g. "order.accepted").',
  valuesConfig: {
    ORDER_PLACED: { description: 'order.placed: a buyer placed an order.' },
    ORDER_ACCEPTED: { description: 'order.accepted: the seller accepted an order.' },
    ORDER_REJECTED: { description: 'order.rejected: the seller rejected an order.' },
    ORDER_SPLIT: { description: 'order.split: items moved to a new order (both orders in the event).' },
    ORDER_EDITED: { description: 'order.edited: quantities, items or shipping changed.' },
    ORDER_CANCELLED: { description: 'order.cancelled: the seller cancelled an accepted order.' },
    INVOICE_ISSUED: { description: 'invoice.issued: an invoice was confirmed with its number.' },
    INVOICE_PAID: { description: 'invoice.paid: a card charge succeeded or a terms invoice was marked paid.' },
    INVOICE_PAYMENT_FAILED: { description: 'invoice.payment_failed: a card charge failed or needs the buyer.' },
    INVOICE_VOIDED: { description: 'invoice.voided: an unpaid invoice was voided by an edit or cancellation.' },
    CREDIT_NOTE_ISSUED: { description: 'credit_note.issued: money was credited on a paid order.' },
    REFUND_SUCCEEDED: { description: 'refund.succeeded: a card refund went through.' },
    REFUND_FAILED: { description: 'refund.failed: a card refund failed (it can be retried).' },
  },
});

/** The test event "Send test event" delivers; nobody subscribes to it. */
export const PING_EVENT = 'ping';

/**
 * Which timeline entries (order_events.type) are sent as which webhook event. Entries not listed
 * (emails sent, invoice drafts, shipment info, payment retries started…) are internal to the desk.
 * - ORDER_SPLIT is sent once, on the order that was split, with both orders in it: the new order
 *   gets no order.placed (the buyer placed one order) and its ORDER_SPLIT_FROM entry is not sent.
 * - Quantity changes and removed items of a pending order are edits like the edits of an accepted
 *   order: all are order.edited, with `data.change` saying which.
 * - A card payment waiting for the buyer's authentication has failed as far as the seller is
 *   concerned (the invoice is unpaid and needs the buyer): invoice.payment_failed, with the
 *   payment's status REQUIRES_ACTION.
 * - A terms invoice marked paid by the seller is paid like a card invoice: invoice.paid.
 */
const BY_TIMELINE_TYPE: Readonly<Record<string, WebhookEventType>> = {
  ORDER_PLACED: WebhookEventType.ORDER_PLACED,
  ORDER_ACCEPTED: WebhookEventType.ORDER_ACCEPTED,
  ORDER_REJECTED: WebhookEventType.ORDER_REJECTED,
  ORDER_SPLIT: WebhookEventType.ORDER_SPLIT,
  ITEM_QUANTITY_UPDATED: WebhookEventType.ORDER_EDITED,
  ITEM_REMOVED: WebhookEventType.ORDER_EDITED,
  ORDER_EDITED: WebhookEventType.ORDER_EDITED,
  ORDER_CANCELLED: WebhookEventType.ORDER_CANCELLED,
  INVOICE_ISSUED: WebhookEventType.INVOICE_ISSUED,
  PAYMENT_PAID: WebhookEventType.INVOICE_PAID,
  INVOICE_MARKED_PAID: WebhookEventType.INVOICE_PAID,
  PAYMENT_FAILED: WebhookEventType.INVOICE_PAYMENT_FAILED,
  PAYMENT_REQUIRES_ACTION: WebhookEventType.INVOICE_PAYMENT_FAILED,
  INVOICE_VOIDED: WebhookEventType.INVOICE_VOIDED,
  CREDIT_NOTE_ISSUED: WebhookEventType.CREDIT_NOTE_ISSUED,
  REFUND_SUCCEEDED: WebhookEventType.REFUND_SUCCEEDED,
  REFUND_FAILED: WebhookEventType.REFUND_FAILED,
};

export function webhookEventFor(timelineType: string): WebhookEventType | null {
  return BY_TIMELINE_TYPE[timelineType] ?? null;
}
