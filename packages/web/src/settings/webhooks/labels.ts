import type { WebhookDeliveryStatus, WebhookEventType } from '../../graphql/graphql';

/** Every event, in the order the form lists them, with the name partners see and the seller's words. */
export const WEBHOOK_EVENTS: ReadonlyArray<{ value: WebhookEventType; name: string; label: string }> = [
  { value: 'ORDER_PLACED', name: 'order.placed', label: 'A buyer places an order' },
  { value: 'ORDER_ACCEPTED', name: 'order.accepted', label: 'An order is accepted' },
  { value: 'ORDER_REJECTED', name: 'order.rejected', label: 'An order is rejected' },
  { value: 'ORDER_SPLIT', name: 'order.split', label: 'An order is split' },
  { value: 'ORDER_EDITED', name: 'order.edited', label: 'Quantities or items change' },
  { value: 'ORDER_CANCELLED', name: 'order.cancelled', label: 'An order is cancelled' },
  { value: 'SHIPMENT_SAVED', name: 'shipment.saved', label: 'An order ships (shipment info saved)' },
  { value: 'SHIPMENT_UPDATED', name: 'shipment.updated', label: 'Shipment info changes' },
  { value: 'INVOICE_ISSUED', name: 'invoice.issued', label: 'An invoice is issued' },
  { value: 'INVOICE_PAID', name: 'invoice.paid', label: 'An invoice is paid' },
  { value: 'INVOICE_PAYMENT_FAILED', name: 'invoice.payment_failed', label: 'A card payment fails' },
  { value: 'INVOICE_VOIDED', name: 'invoice.voided', label: 'An invoice is voided' },
  { value: 'CREDIT_NOTE_ISSUED', name: 'credit_note.issued', label: 'A credit note is issued' },
  { value: 'REFUND_SUCCEEDED', name: 'refund.succeeded', label: 'A refund succeeds' },
  { value: 'REFUND_FAILED', name: 'refund.failed', label: 'A refund fails' },
];

export const DELIVERY_STATUS: Readonly<Record<WebhookDeliveryStatus, { label: string; color: string }>> = {
  PENDING: { label: 'Pending', color: 'yellow' },
  SUCCEEDED: { label: 'Delivered', color: 'green' },
  FAILED: { label: 'Failed', color: 'red' },
};
