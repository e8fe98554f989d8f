import { registerEnumType } from 'type-graphql';

/** What a partner can subscribe to; the value is the `type` of the event sent. */
export enum WebhookEventType {
  ORDER_PLACED = 'order.placed',
  ORDER_ACCEPTED = 'order.accepted',
  ORDER_REJECTED = 'order.rejected',
  ORDER_SPLIT = 'order.split',
  ORDER_EDITED = 'order.edited',
  ORDER_CANCELLED = 'order.cancelled',
  SHIPMENT_SAVED = 'shipment.saved',
  SHIPMENT_UPDATED = 'shipment.updated',
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
    SHIPMENT_SAVED: { description: 'shipment.saved: the shipment info was saved for the first time.' },
    SHIPMENT_UPDATED: { description: 'shipment.updated: saved shipment info changed (before and after in the event).' },
    INVOICE_ISSUED: { description: 'invoice.issued: an invoice was confirmed with its number.' },
    INVOICE_PAID: { description: 'invoice.paid: a card charge succeeded or a terms invoice was marked paid.' },
    INVOICE_PAYMENT_FAILED: { description: 'invoice.payment_failed: a card charge failed or needs the buyer.' },
    INVOICE_VOIDED: { description: 'invoice.voided: an unpaid invoice was voided by an edit or cancellation.' },
    CREDIT_NOTE_ISSUED: { description: 'credit_note.issued: money was credited on a paid order.' },
    REFUND_SUCCEEDED: { description: 'refund.succeeded: a card refund went through.' },
    REFUND_FAILED: { description: 'refund.failed: a card refund failed (it can be retried).' },
  },
});

/** The test event "Send test event" delivers when no event type is picked; nobody subscribes to it. */
export const PING_EVENT = 'ping';
