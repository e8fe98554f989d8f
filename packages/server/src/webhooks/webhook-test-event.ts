import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { PING_EVENT, WebhookEventType } from './webhook-event-type';
import type { WebhookEvent } from './webhook-payload';

/**
 * The body of a "Send test event": a ping without a type; with one, the data of the seller's latest
 * real event of that type (so the receiver sees what it will get), else made-up data marked
 * `sample`. Always a new event id and `test: true`, so a receiver can tell it from the real one.
 */
export async function composeTestEvent(
  tx: EntityManager,
  sellerId: string,
  endpoint: { id: string; url: string },
  type: WebhookEventType | null,
): Promise<WebhookEvent> {
  const event = { id: crypto.randomUUID(), createdAt: new Date().toISOString(), test: true as const };
  if (!type) return { ...event, type: PING_EVENT, data: { endpoint: { id: endpoint.id, url: endpoint.url } } };
  const [latest] = await rows<{ body: string }>(
    tx,
    `SELECT body FROM webhook_deliveries WHERE seller_id = $1 AND event_type = $2 AND NOT test
      ORDER BY created_at DESC LIMIT 1`,
    [sellerId, type],
  );
  if (latest) return { ...event, type, data: (JSON.parse(latest.body) as WebhookEvent).data };
  return { ...event, type, sample: true, data: sampleData(type) };
}

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const sampleOrder = (status: string) => ({
  id: SAMPLE_ID,
  number: 1000,
  status,
  paymentStatus: 'UNPAID',
  paymentMethod: 'CARD',
  buyerName: 'Sample Buyer',
  customerId: null,
  parentOrderId: null,
  subtotal: usd(10800),
  shipping: usd(0),
  total: usd(10800),
  items: [
    { id: SAMPLE_ID, sku: 'SAMPLE-1', name: 'Sample item', quantity: 6, unitPrice: usd(1800), lineTotal: usd(10800) },
  ],
  placedAt: '2026-01-01T09:00:00.000Z',
  acceptedAt: status === 'PENDING' ? null : '2026-01-01T10:00:00.000Z',
  rejectedAt: null,
  rejectionReason: null,
  rejectionMessage: null,
  cancelledAt: null,
  version: 1,
  updatedAt: '2026-01-01T10:00:00.000Z',
});
const sampleInvoice = {
  id: SAMPLE_ID,
  number: 'INV-0001',
  status: 'ISSUED',
  paymentStatus: 'UNPAID',
  paymentMethod: 'CARD',
  total: usd(10800),
  dueOn: null,
  issuedAt: '2026-01-01T11:00:00.000Z',
  paidAt: null,
  voidedAt: null,
};
const sampleShipment = {
  id: SAMPLE_ID,
  carrier: 'UPS',
  service: null,
  trackingNumbers: ['1ZSAMPLE'],
  shippedOn: '2026-01-02',
  cost: usd(0),
  updatedAt: '2026-01-02T09:00:00.000Z',
};

/** Data shaped like the real event's, per docs/webhooks.md's Payload section. */
function sampleData(type: WebhookEventType): Record<string, unknown> {
  switch (type) {
    case WebhookEventType.ORDER_PLACED:
    case WebhookEventType.ORDER_REJECTED:
      return { order: sampleOrder('PENDING'), invoice: null };
    case WebhookEventType.ORDER_SPLIT:
      return { order: sampleOrder('PENDING'), invoice: null, splitOrder: sampleOrder('PENDING') };
    case WebhookEventType.ORDER_EDITED:
      return {
        order: sampleOrder('PENDING'),
        invoice: null,
        change: { kind: 'ITEM_QUANTITY_UPDATED', sku: 'SAMPLE-1', before: 5, after: 6 },
      };
    case WebhookEventType.ORDER_ACCEPTED:
    case WebhookEventType.ORDER_CANCELLED:
      return { order: sampleOrder('ACCEPTED'), invoice: null };
    case WebhookEventType.SHIPMENT_SAVED:
      return { order: sampleOrder('ACCEPTED'), invoice: null, shipment: sampleShipment };
    case WebhookEventType.SHIPMENT_UPDATED:
      return {
        order: sampleOrder('ACCEPTED'),
        invoice: null,
        shipment: sampleShipment,
        change: {
          before: { carrier: 'UPS', trackingNumbers: ['1ZOLD'] },
          after: { carrier: 'UPS', trackingNumbers: ['1ZSAMPLE'] },
        },
      };
    case WebhookEventType.INVOICE_PAID:
    case WebhookEventType.INVOICE_PAYMENT_FAILED: {
      const paid = type === WebhookEventType.INVOICE_PAID;
      const payment = {
        id: SAMPLE_ID,
        attempt: 1,
        method: 'CARD',
        status: paid ? 'PAID' : 'FAILED',
        amount: usd(10800),
        failureCode: paid ? null : 'card_declined',
        failureMessage: paid ? null : 'Your card was declined.',
      };
      return { order: sampleOrder('ACCEPTED'), invoice: sampleInvoice, payment };
    }
    case WebhookEventType.INVOICE_ISSUED:
    case WebhookEventType.INVOICE_VOIDED:
    case WebhookEventType.CREDIT_NOTE_ISSUED:
    case WebhookEventType.REFUND_SUCCEEDED:
    case WebhookEventType.REFUND_FAILED:
      return { order: sampleOrder('ACCEPTED'), invoice: sampleInvoice };
  }
}
