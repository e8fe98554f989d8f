import { deadlineBoundaries, type DeadlineBoundaries } from '@order-desk/server/business-days';
import { availableActions } from '@order-desk/server/order-rules';
import type { Pool, QueryResultRow as Row } from 'pg';
import { factsOf, factsSql } from './baseline-db';

/**
 * The baseline of the dashboard's two page queries (orders-page-document.ts, order-details-document.ts):
 * the same rows read with hand-written SQL, one statement per kind of row, in parallel where one does
 * not need another, answering the same fields.
 */
type Viewer = { sellerId: string };

const money = (amount: string | number, currency: string) => ({ amount: Number(amount), currency });
const iso = (d: Date | null) => d?.toISOString() ?? null;
const STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED'];

function deadlineOf(o: Row, b: DeadlineBoundaries) {
  if (!o.deadline_at) return null;
  const due: Date = o.deadline_at;
  const status =
    due < b.now ? 'LATE' : due <= b.endOfToday ? 'DUE_TODAY' : due <= b.endOfNextBusinessDay ? 'AT_RISK' : 'ON_TRACK';
  return { kind: o.status === 'PENDING' ? 'ACCEPT' : 'SHIP', dueAt: iso(due), status };
}

const byKey = (rows: Row[], key: string) => {
  const map = new Map<string, Row[]>();
  for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
  return map;
};
const invoiceOf = (i: Row) => ({
  id: i.id,
  displayNumber: i.number === null ? null : `${i.number_prefix}${i.number}`,
  status: i.status,
});
// Overdue as ours (invoices/invoice-overdue.ts): still owed and due before the seller's own today.
const INVOICE = `id, order_id, number, number_prefix, status, payment_status, payment_method, due_on::text AS due_on,
  issued_at, void_reason, total_amount, currency, snapshot->'supplementary' AS supplementary,
  (status = 'ISSUED' AND payment_status IN ('UNPAID', 'PROCESSING', 'REQUIRES_ACTION', 'FAILED')
    AND due_on < (SELECT (now() AT TIME ZONE s.time_zone)::date FROM sellers s WHERE s.id = invoices.seller_id)) AS overdue`;

/** GET /dashboard/orders?status=&first=: the Orders page with its counts and badges. */
export async function ordersPage(pool: Pool, viewer: Viewer, url: URL) {
  const first = Number(url.searchParams.get('first') ?? 25);
  const status = url.searchParams.get('status');
  const where = `seller_id = $1${status ? ' AND status = $2' : ''}`;
  const params = status ? [viewer.sellerId, status] : [viewer.sellerId];
  const [list, total, counts, seller] = await Promise.all([
    pool.query(
      // The facts with the row, as ours (amountToInvoice agrees with the status beside it), for the
      // page's rows only: over the whole filter the planner hashes every invoice of the seller instead.
      `SELECT l.*, ${factsSql('l')}
         FROM (SELECT id, number, version, deadline_at, placed_at, status, payment_status, item_count, buyer_name,
                      buyer_id, total_amount, currency
                 FROM orders WHERE ${where} ORDER BY placed_at DESC, id DESC LIMIT ${first + 1}) l
        ORDER BY l.placed_at DESC, l.id DESC`,
      params,
    ),
    pool.query(`SELECT count(*)::int AS n FROM orders WHERE ${where}`, params),
    pool.query(`SELECT status, count(*)::int AS n FROM orders WHERE seller_id = $1 GROUP BY status`, [viewer.sellerId]),
    pool.query(`SELECT time_zone FROM sellers WHERE id = $1`, [viewer.sellerId]),
  ]);
  const orders = list.rows.slice(0, first);
  const ids = orders.map((o) => o.id);
  const [buyers, shipments, invoices] = await Promise.all([
    pool.query(`SELECT id, company_name, contact_name FROM buyers WHERE id = ANY($1::uuid[])`, [
      [...new Set(orders.map((o) => o.buyer_id))],
    ]),
    pool.query(`SELECT id, order_id, carrier, tracking_numbers FROM shipments WHERE order_id = ANY($1::uuid[])`, [ids]),
    pool.query(`SELECT ${INVOICE} FROM invoices WHERE order_id = ANY($1::uuid[]) ORDER BY created_at`, [ids]),
  ]);
  const boundaries = deadlineBoundaries(new Date(), seller.rows[0].time_zone);
  const buyer = new Map(buyers.rows.map((b) => [b.id, b]));
  const shipment = new Map(shipments.rows.map((s) => [s.order_id, s]));
  const invoicesOf = byKey(invoices.rows, 'order_id');
  const cursor = (o: Row) => Buffer.from(JSON.stringify([o.placed_at.toISOString(), o.id])).toString('base64url');
  const counted = new Map(counts.rows.map((c) => [c.status, c.n]));
  return {
    orders: {
      edges: orders.map((o) => {
        const b = buyer.get(o.buyer_id)!;
        const s = shipment.get(o.id);
        const all = invoicesOf.get(o.id) ?? [];
        const current = all.filter((i) => i.status !== 'VOID').at(-1);
        return {
          cursor: cursor(o),
          node: {
            id: o.id,
            buyer: { id: b.id, companyName: b.company_name, contactName: b.contact_name },
            number: o.number,
            version: o.version,
            deadline: deadlineOf(o, boundaries),
            placedAt: iso(o.placed_at),
            status: o.status,
            paymentStatus: o.payment_status,
            itemCount: o.item_count,
            buyerName: o.buyer_name,
            total: money(o.total_amount, o.currency),
            shipment: s ? { id: s.id, carrier: s.carrier, trackingNumbers: s.tracking_numbers } : null,
            invoice: current ? { ...invoiceOf(current), dueOn: current.due_on, overdue: current.overdue } : null,
            invoices: all.map(invoiceOf),
            amountToInvoice: money(Math.max(factsOf(o).amountToInvoice, 0), o.currency),
          },
        };
      }),
      pageInfo: {
        hasNextPage: list.rows.length > first,
        hasPreviousPage: false,
        startCursor: orders[0] ? cursor(orders[0]) : null,
        endCursor: orders.length ? cursor(orders.at(-1)!) : null,
      },
      totalCount: total.rows[0].n,
    },
    orderStatusCounts: {
      all: [...counted.values()].reduce((a, b) => a + b, 0),
      byStatus: STATUSES.map((s) => ({ status: s, count: counted.get(s) ?? 0 })),
    },
  };
}

const ORDER = `id, number, status, payment_status, version, placed_at, accepted_at, rejected_at, cancelled_at,
  rejection_reason, rejection_message, cancellation_reason, cancellation_message, restocked, payment_method, buyer_note,
  customer_id, buyer_id, parent_order_id, currency, subtotal_amount, shipping_amount, total_amount`;
const ADDRESS = ['name', 'company', 'line1', 'line2', 'city', 'region', 'postal_code', 'country', 'phone'];
const addressOf = (o: Row, prefix: string) =>
  Object.fromEntries(
    ADDRESS.map((c) => [c.replace(/_(\w)/g, (_m, l: string) => l.toUpperCase()), o[`${prefix}_${c}`]]),
  );

/** GET /dashboard/orders/:id: the Order Details page, with everything it shows. */
export async function orderPage(pool: Pool, viewer: Viewer, id: string) {
  const address = ADDRESS.flatMap((c) => [`shipping_${c}`, `billing_${c}`]).join(', ');
  const found = await pool.query(
    `SELECT ${ORDER}, ${address}, ${factsSql('orders')} FROM orders WHERE id = $1 AND seller_id = $2`,
    [id, viewer.sellerId],
  );
  const o = found.rows[0];
  if (!o) return { order: null, mailCatcherUrl: null };
  const scoped = [id, viewer.sellerId];
  const [items, events, buyer, customer, family, shipment, invoices, creditNotes, refunds] = await Promise.all([
    pool.query(
      `SELECT i.id, i.sku, i.product_name, i.variant_name, i.quantity, i.unit_price_amount, i.line_total_amount,
              i.currency, v.stock_on_hand FROM order_items i
         LEFT JOIN product_variants v ON v.id = i.variant_id AND v.seller_id = i.seller_id
        WHERE i.order_id = $1 AND i.seller_id = $2 ORDER BY i.position`,
      scoped,
    ),
    pool.query(
      `SELECT id, type, summary, data, created_at, actor_type, actor_name FROM order_events
        WHERE order_id = $1 AND seller_id = $2 ORDER BY seq`,
      scoped,
    ),
    pool.query(`SELECT id, company_name, contact_name, email, phone FROM buyers WHERE id = $1`, [o.buyer_id]),
    pool.query(`SELECT id, name, payment_terms_days FROM customers WHERE id = $1 AND seller_id = $2`, [
      o.customer_id,
      viewer.sellerId,
    ]),
    pool.query(
      `SELECT id, number, parent_order_id FROM orders WHERE seller_id = $2 AND (id = $3 OR parent_order_id = $1)
        ORDER BY placed_at, number`,
      [id, viewer.sellerId, o.parent_order_id],
    ),
    pool.query(
      `SELECT id, carrier, service, tracking_numbers, shipped_on::text AS shipped_on, cost_amount, currency
         FROM shipments WHERE order_id = $1 AND seller_id = $2`,
      scoped,
    ),
    pool.query(`SELECT ${INVOICE} FROM invoices WHERE order_id = $1 AND seller_id = $2 ORDER BY created_at`, scoped),
    pool.query(
      `SELECT id, number, number_prefix, reason, issued_at, total_amount, currency FROM credit_notes
        WHERE order_id = $1 AND seller_id = $2 ORDER BY number`,
      scoped,
    ),
    pool.query(
      `SELECT r.id, r.method, r.status, r.amount_minor, r.currency, r.terms_method, r.reference,
              r.refunded_on::text AS refunded_on, r.created_at, c.number_prefix || c.number AS credit_note_number
         FROM refunds r JOIN credit_notes c ON c.id = r.credit_note_id
        WHERE r.order_id = $1 AND r.seller_id = $2 ORDER BY r.created_at`,
      scoped,
    ),
  ]);
  const invoiceIds = invoices.rows.map((i) => i.id);
  const refundIds = refunds.rows.map((r) => r.id);
  const [payments, attempts] = await Promise.all([
    pool.query(
      `SELECT id, invoice_id, status, failure_message FROM payments WHERE invoice_id = ANY($1::uuid[]) ORDER BY attempt`,
      [invoiceIds],
    ),
    pool.query(
      `SELECT id, refund_id, attempt, status, failure_message, stripe_refund_id, created_at FROM refund_attempts
        WHERE refund_id = ANY($1::uuid[]) ORDER BY attempt`,
      [refundIds],
    ),
  ]);
  const orderFacts = factsOf(o);
  const b = buyer.rows[0];
  const c = customer.rows[0];
  const s = shipment.rows[0];
  const paymentsOf = byKey(payments.rows, 'invoice_id');
  const attemptsOf = byKey(attempts.rows, 'refund_id');
  const current = invoices.rows.filter((i) => i.status !== 'VOID').at(-1);
  const m = (amount: string) => money(amount, o.currency);
  return {
    order: {
      id: o.id,
      number: o.number,
      status: o.status,
      paymentStatus: o.payment_status,
      version: o.version,
      availableActions: availableActions(orderFacts),
      buyer: { id: b.id, companyName: b.company_name, contactName: b.contact_name, email: b.email, phone: b.phone },
      items: items.rows.map((i) => ({
        id: i.id,
        sku: i.sku,
        productName: i.product_name,
        variantName: i.variant_name,
        quantity: i.quantity,
        lineTotal: money(i.line_total_amount, i.currency),
        unitPrice: money(i.unit_price_amount, i.currency),
        stockOnHand: i.stock_on_hand,
      })),
      placedAt: iso(o.placed_at),
      acceptedAt: iso(o.accepted_at),
      rejectedAt: iso(o.rejected_at),
      cancelledAt: iso(o.cancelled_at),
      rejectionReason: o.rejection_reason,
      rejectionMessage: o.rejection_message,
      cancellationReason: o.cancellation_reason,
      cancellationMessage: o.cancellation_message,
      restocked: o.restocked,
      paymentMethod: o.payment_method,
      buyerNote: o.buyer_note,
      customer: c
        ? {
            id: c.id,
            name: c.name,
            paymentTermsLabel: c.payment_terms_days === 0 ? 'Due on receipt' : `Net ${c.payment_terms_days}`,
          }
        : null,
      parentOrder: family.rows.find((f) => f.id === o.parent_order_id) ?? null,
      splitOrders: family.rows.filter((f) => f.parent_order_id === o.id).map((f) => ({ id: f.id, number: f.number })),
      shippingAddress: addressOf(o, 'shipping'),
      billingAddress: addressOf(o, 'billing'),
      subtotal: m(o.subtotal_amount),
      shipping: m(o.shipping_amount),
      total: m(o.total_amount),
      events: events.rows.map((e) => ({
        id: e.id,
        type: e.type,
        summary: e.summary,
        data: e.data,
        createdAt: iso(e.created_at),
        actor: { type: e.actor_type, name: e.actor_name },
      })),
      invoice: current
        ? {
            ...invoiceOf(current),
            paymentStatus: current.payment_status,
            paymentMethod: current.payment_method,
            total: money(current.total_amount, current.currency),
            dueOn: current.due_on,
            overdue: current.overdue,
            issuedAt: iso(current.issued_at),
            payments: (paymentsOf.get(current.id) ?? []).map((p) => ({
              id: p.id,
              status: p.status,
              failureMessage: p.failure_message,
            })),
          }
        : null,
      invoices: invoices.rows.map((i) => ({
        ...invoiceOf(i),
        voidReason: i.void_reason,
        total: money(i.total_amount, i.currency),
        document: { supplementary: i.supplementary ?? false },
      })),
      amountToInvoice: m(String(Math.max(orderFacts.amountToInvoice, 0))),
      creditNotes: creditNotes.rows.map((n) => ({
        id: n.id,
        displayNumber: `${n.number_prefix}${n.number}`,
        reason: n.reason,
        issuedAt: iso(n.issued_at),
        pdfUrl: `/credit-notes/${n.id}/pdf`,
        total: money(n.total_amount, n.currency),
      })),
      refunds: refunds.rows.map((r) => ({
        id: r.id,
        method: r.method,
        status: r.status,
        amount: money(r.amount_minor, r.currency),
        creditNoteNumber: r.credit_note_number,
        termsMethod: r.terms_method,
        reference: r.reference,
        refundedOn: r.refunded_on,
        createdAt: iso(r.created_at),
        attempts: (attemptsOf.get(r.id) ?? []).map((a) => ({
          id: a.id,
          attempt: a.attempt,
          status: a.status,
          failureMessage: a.failure_message,
          stripeRefundId: a.stripe_refund_id,
          createdAt: iso(a.created_at),
        })),
      })),
      shipment: s
        ? {
            id: s.id,
            carrier: s.carrier,
            service: s.service,
            trackingNumbers: s.tracking_numbers,
            shippedOn: s.shipped_on,
            cost: money(s.cost_amount, s.currency),
          }
        : null,
    },
    mailCatcherUrl: null,
  };
}
