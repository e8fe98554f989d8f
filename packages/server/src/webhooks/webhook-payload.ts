import type { EntityManager } from 'typeorm';
import { isId } from '../common/ids';
import { isoInstant } from '../common/iso-instant';
import { rows } from '../common/sql';
import { WebhookEventType } from './webhook-event-type';

type MoneyJson = { amount: number; currency: string };

export type WebhookEvent = {
  id: string;
  type: string;
  createdAt: string;
  /** Sent by "Send test event": nothing happened. */
  test?: true;
  /** A test event whose data is made up (the seller had no real event of the type to copy). */
  sample?: true;
  data: Record<string, unknown>;
};

type OrderRow = {
  id: string;
  number: number;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  buyerName: string;
  customerId: string | null;
  parentOrderId: string | null;
  currency: string;
  subtotal: string;
  shipping: string;
  total: string;
  placedAt: Date;
  acceptedAt: Date | null;
  rejectedAt: Date | null;
  rejectionReason: string | null;
  rejectionMessage: string | null;
  cancelledAt: Date | null;
  version: number;
  updatedAt: Date;
};

type ItemRow = {
  orderId: string;
  id: string;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: string;
  lineTotal: string;
};

type InvoiceRow = {
  id: string;
  number: string | null;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  currency: string;
  total: string;
  dueOn: string | null;
  issuedAt: Date | null;
  paidAt: Date | null;
  voidedAt: Date | null;
};

type PaymentRow = {
  id: string;
  attempt: number;
  method: string;
  status: string;
  amount: string;
  currency: string;
  failureCode: string | null;
  failureMessage: string | null;
};

type ShipmentRow = {
  id: string;
  carrier: string;
  service: string | null;
  trackingNumbers: string[];
  shippedOn: string;
  cost: string;
  currency: string;
  updatedAt: Date;
};

const money = (amount: string, currency: string): MoneyJson => ({ amount: Number(amount), currency });
const iso = (date: Date | null) => (date ? isoInstant(new Date(date)) : null);

/**
 * The event a partner receives, read in the transaction that records it, after the change: the order
 * (and its items, invoice and payment where there is one) as the change left it. Timeline details
 * are internal; only the edits' before/after (`change`) and the split's new order are passed on.
 */
export async function composeWebhookEvent(
  tx: EntityManager,
  event: { id: string; createdAt: Date; orderId: string; timelineType: string; data: Record<string, unknown> | null },
  type: WebhookEventType,
): Promise<WebhookEvent> {
  const details = event.data ?? {};
  const splitOrderId = type === WebhookEventType.ORDER_SPLIT ? idOrNull(details.newOrderId) : null;
  const orders = await snapshotOrders(tx, splitOrderId ? [event.orderId, splitOrderId] : [event.orderId]);
  const invoice = await snapshotInvoice(tx, event.orderId, idOrNull(details.invoiceId), idOrNull(details.paymentId));
  const payment = await snapshotPayment(tx, idOrNull(details.paymentId));
  const data: Record<string, unknown> = { order: orders.get(event.orderId) ?? null, invoice };
  if (splitOrderId) data.splitOrder = orders.get(splitOrderId) ?? null;
  if (payment) data.payment = payment;
  if (type === WebhookEventType.ORDER_EDITED) data.change = { kind: event.timelineType, ...details };
  if (type === WebhookEventType.SHIPMENT_SAVED || type === WebhookEventType.SHIPMENT_UPDATED) {
    data.shipment = await snapshotShipment(tx, event.orderId);
  }
  if (type === WebhookEventType.SHIPMENT_UPDATED) data.change = { before: details.before, after: details.after };
  return { id: event.id, type, createdAt: isoInstant(event.createdAt), data };
}

async function snapshotOrders(tx: EntityManager, orderIds: string[]): Promise<Map<string, unknown>> {
  const orders = await rows<OrderRow>(
    tx,
    `SELECT id, number, status, payment_status AS "paymentStatus", payment_method AS "paymentMethod",
            buyer_name AS "buyerName", customer_id AS "customerId", parent_order_id AS "parentOrderId", currency,
            subtotal_amount AS subtotal, shipping_amount AS shipping, total_amount AS total, placed_at AS "placedAt",
            accepted_at AS "acceptedAt", rejected_at AS "rejectedAt", rejection_reason AS "rejectionReason",
            rejection_message AS "rejectionMessage", cancelled_at AS "cancelledAt", version, updated_at AS "updatedAt"
       FROM orders WHERE id = ANY($1::uuid[])`,
    [orderIds],
  );
  const items = await rows<ItemRow>(
    tx,
    `SELECT order_id AS "orderId", id, sku, product_name || coalesce(' – ' || variant_name, '') AS name, quantity,
            unit_price_amount AS "unitPrice", line_total_amount AS "lineTotal"
       FROM order_items WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, position`,
    [orderIds],
  );
  return new Map(
    orders.map((o) => [
      o.id,
      {
        id: o.id,
        number: o.number,
        status: o.status,
        paymentStatus: o.paymentStatus,
        paymentMethod: o.paymentMethod,
        buyerName: o.buyerName,
        customerId: o.customerId,
        parentOrderId: o.parentOrderId,
        subtotal: money(o.subtotal, o.currency),
        shipping: money(o.shipping, o.currency),
        total: money(o.total, o.currency),
        items: items
          .filter((item) => item.orderId === o.id)
          .map((item) => ({
            id: item.id,
            sku: item.sku,
            name: item.name,
            quantity: item.quantity,
            unitPrice: money(item.unitPrice, o.currency),
            lineTotal: money(item.lineTotal, o.currency),
          })),
        placedAt: iso(o.placedAt),
        acceptedAt: iso(o.acceptedAt),
        rejectedAt: iso(o.rejectedAt),
        rejectionReason: o.rejectionReason,
        rejectionMessage: o.rejectionMessage,
        cancelledAt: iso(o.cancelledAt),
        version: o.version,
        updatedAt: iso(o.updatedAt),
      },
    ]),
  );
}

/** The invoice the event names (directly or through its payment), else the order's latest issued one. */
async function snapshotInvoice(tx: EntityManager, orderId: string, invoiceId: string | null, paymentId: string | null) {
  const [invoice] = await rows<InvoiceRow>(
    tx,
    `SELECT i.id, i.number_prefix || i.number AS number, i.status, i.payment_status AS "paymentStatus",
            i.payment_method AS "paymentMethod", i.currency, i.total_amount AS total, i.due_on::text AS "dueOn",
            i.issued_at AS "issuedAt", i.paid_at AS "paidAt", i.voided_at AS "voidedAt"
       FROM invoices i
      WHERE i.order_id = $1 AND i.status <> 'DRAFT'
      ORDER BY i.id = coalesce($2::uuid, (SELECT invoice_id FROM payments WHERE id = $3::uuid)) DESC NULLS LAST,
               i.created_at DESC
      LIMIT 1`,
    [orderId, invoiceId, paymentId],
  );
  if (!invoice) return null;
  return {
    id: invoice.id,
    number: invoice.number,
    status: invoice.status,
    paymentStatus: invoice.paymentStatus,
    paymentMethod: invoice.paymentMethod,
    total: money(invoice.total, invoice.currency),
    dueOn: invoice.dueOn,
    issuedAt: iso(invoice.issuedAt),
    paidAt: iso(invoice.paidAt),
    voidedAt: iso(invoice.voidedAt),
  };
}

async function snapshotShipment(tx: EntityManager, orderId: string) {
  const [shipment] = await rows<ShipmentRow>(
    tx,
    `SELECT id, carrier, service, tracking_numbers AS "trackingNumbers", shipped_on::text AS "shippedOn",
            cost_amount AS cost, currency, updated_at AS "updatedAt"
       FROM shipments WHERE order_id = $1`,
    [orderId],
  );
  if (!shipment) return null;
  const { cost, currency, updatedAt, ...rest } = shipment;
  return { ...rest, cost: money(cost, currency), updatedAt: iso(updatedAt) };
}

async function snapshotPayment(tx: EntityManager, paymentId: string | null) {
  if (!paymentId) return null;
  const [payment] = await rows<PaymentRow>(
    tx,
    `SELECT id, attempt, method, status, amount_minor AS amount, currency, failure_code AS "failureCode",
            failure_message AS "failureMessage"
       FROM payments WHERE id = $1`,
    [paymentId],
  );
  if (!payment) return null;
  const { amount, currency, ...rest } = payment;
  return { ...rest, amount: money(amount, currency) };
}

const idOrNull = (value: unknown): string | null => (typeof value === 'string' && isId(value) ? value : null);
