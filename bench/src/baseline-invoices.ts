import { OrderAction } from '@order-desk/server/order-rules';
import type { PoolClient } from 'pg';
import { assertAllowed, inTransaction, money, pool, Refusal, type Viewer } from './baseline-db';
import { changed, CHANGED_RETURNING, lockOrderRow, recordEvents, takeNumber, type ChangedRow } from './baseline-writes';

/**
 * Confirm, by hand, statement for statement as ours: the order's lock (found from the invoice), the
 * invoice's lock, the facts and the state table's guard, the number, the full document (parties, what
 * earlier documents billed, the lines, shipping, the shipment), the invoice RETURNING the answer, the
 * payment roll-up (read, then write), one timeline INSERT, and the order read after commit.
 */
const ADDRESS = ['name', 'company', 'line1', 'line2', 'city', 'region', 'postal_code', 'country', 'phone'];
const addressSelect = (prefix: string) => ADDRESS.map((c) => `o.${prefix}_${c} AS ${prefix}_${c}`).join(', ');
const addressOf = (row: Record<string, unknown>, prefix: string) =>
  Object.fromEntries(
    ADDRESS.map((c) => [c.replace(/_(\w)/g, (_m, l: string) => l.toUpperCase()), row[`${prefix}_${c}`]]),
  );
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Line = { sku: string; description: string; unitPrice: number; quantity: number };
type Snapshot = {
  lines: { sku: string; quantity: number; unitPrice: { amount: number } }[];
  shipping: { amount: number };
};

/** The invoice's document: what the order holds beyond what its issued invoices and credit notes billed. */
async function composeDocument(tx: PoolClient, orderId: string, number: string, issueDate: string) {
  const parties = (
    await tx.query(
      `SELECT o.number, o.placed_at, o.currency, o.payment_method, ${addressSelect('shipping')}, ${addressSelect('billing')},
              s.name AS seller_name, s.email AS seller_email, s.phone AS seller_phone, s.address_line1, s.address_line2,
              s.address_city, s.address_region, s.address_postal_code, s.address_country,
              b.company_name, b.contact_name, b.email AS buyer_email, c.name AS customer_name, c.payment_terms_days
         FROM orders o JOIN sellers s ON s.id = o.seller_id JOIN buyers b ON b.id = o.buyer_id
         LEFT JOIN customers c ON c.id = o.customer_id WHERE o.id = $1`,
      [orderId],
    )
  ).rows[0];
  const documents = await tx.query<{ sign: number; snapshot: Snapshot }>(
    `SELECT 1 AS sign, snapshot FROM invoices WHERE order_id = $1 AND status = 'ISSUED'
     UNION ALL SELECT -1 AS sign, snapshot FROM credit_notes WHERE order_id = $1`,
    [orderId],
  );
  const items = await tx.query(
    `SELECT sku, product_name || coalesce(' – ' || variant_name, '') AS description, unit_price_amount, quantity
       FROM order_items WHERE order_id = $1 ORDER BY position`,
    [orderId],
  );
  const order = await tx.query(`SELECT shipping_amount FROM orders WHERE id = $1`, [orderId]);
  const shipment = await tx.query(
    `SELECT carrier, service, tracking_numbers, to_char(shipped_on, 'YYYY-MM-DD') AS shipped_on FROM shipments WHERE order_id = $1`,
    [orderId],
  );
  const billed = new Map<string, number>();
  let billedShipping = 0;
  for (const { sign, snapshot } of documents.rows) {
    billedShipping += sign * snapshot.shipping.amount;
    for (const l of snapshot.lines) {
      const key = `${l.sku}\u0000${l.unitPrice.amount}`;
      billed.set(key, (billed.get(key) ?? 0) + sign * l.quantity);
    }
  }
  const lines: Line[] = items.rows
    .map((i) => ({
      sku: i.sku,
      description: i.description,
      unitPrice: Number(i.unit_price_amount),
      quantity: i.quantity - (billed.get(`${i.sku}\u0000${Number(i.unit_price_amount)}`) ?? 0),
    }))
    .filter((l) => l.quantity > 0);
  const shipping = Math.max(Number(order.rows[0].shipping_amount) - billedShipping, 0);
  const currency: string = parties.currency;
  const subtotal = lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  const termsDays: number = parties.payment_terms_days ?? 30;
  const onTerms = parties.payment_method === 'TERMS';
  const s = shipment.rows[0];
  return {
    number,
    issueDate,
    paymentMethod: parties.payment_method,
    seller: { name: parties.seller_name, email: parties.seller_email, phone: parties.seller_phone },
    billTo: parties.customer_name ?? parties.company_name,
    buyerContact: `${parties.contact_name} <${parties.buyer_email}>`,
    billingAddress: addressOf(parties, 'billing'),
    shippingAddress: addressOf(parties, 'shipping'),
    orderNumber: parties.number,
    orderDate: parties.placed_at.toISOString().slice(0, 10),
    lines: lines.map((l) => ({
      sku: l.sku,
      description: l.description,
      quantity: l.quantity,
      unitPrice: money(l.unitPrice, currency),
      lineTotal: money(l.unitPrice * l.quantity, currency),
    })),
    subtotal: money(subtotal, currency),
    shipping: money(shipping, currency),
    total: money(subtotal + shipping, currency),
    dueDate: onTerms ? addDays(issueDate, termsDays) : null,
    paymentTerms: onTerms ? (termsDays === 0 ? 'Due on receipt' : `Net ${termsDays}`) : null,
    shipment: s
      ? { carrier: s.carrier, service: s.service, trackingNumbers: s.tracking_numbers, shippedOn: s.shipped_on }
      : null,
    supplementary: documents.rows.length > 0,
  };
}

export async function confirmInvoice(viewer: Viewer, input: { invoiceId: string }) {
  const done = await inTransaction(async (tx) => {
    const order = await lockOrderRow(
      tx,
      `o.id = (SELECT r.order_id FROM invoices r WHERE r.id = $1 AND r.seller_id = $2) AND o.seller_id = $2`,
      [input.invoiceId, viewer.sellerId],
    );
    if (!order) throw new Refusal('INVOICE_NOT_FOUND');
    const invoice = (await tx.query(`SELECT * FROM invoices WHERE id = $1 FOR UPDATE`, [input.invoiceId])).rows[0];
    if (invoice.status !== 'DRAFT') throw new Refusal('ACTION_NOT_ALLOWED');
    await assertAllowed(tx, order.id, OrderAction.CREATE_INVOICE);
    const number = await takeNumber(tx, viewer.sellerId, 'INVOICE_NUMBER');
    const document = await composeDocument(
      tx,
      order.id,
      `${invoice.number_prefix}${number}`,
      new Date().toISOString().slice(0, 10),
    );
    const issued = await tx.query(
      `UPDATE invoices i SET number = $2, status = 'ISSUED', issued_at = now(), payment_status = 'UNPAID',
              payment_method = o.payment_method, currency = o.currency, subtotal_amount = $5,
              shipping_amount = $6, total_amount = $7, due_on = $3, snapshot = $4, updated_at = now()
         FROM orders o WHERE o.id = i.order_id AND i.id = $1
       RETURNING i.id, i.number, i.status, i.payment_status, i.total_amount, i.currency`,
      [
        invoice.id,
        number,
        document.dueDate,
        JSON.stringify(document),
        document.subtotal.amount,
        document.shipping.amount,
        document.total.amount,
      ],
    );
    // The order's payment status from all its invoices: read, then written when it changes (as ours).
    const rollUp = await tx.query(
      `SELECT coalesce(array_agg(payment_status) FILTER (WHERE status = 'ISSUED'), '{}') AS statuses
         FROM invoices WHERE order_id = $1`,
      [order.id],
    );
    const statuses: string[] = rollUp.rows[0].statuses;
    const open = ['PROCESSING', 'REQUIRES_ACTION', 'FAILED', 'UNPAID'].find((s) => statuses.includes(s)) ?? 'PAID';
    await tx.query(`UPDATE orders SET payment_status = $2 WHERE id = $1 AND payment_status IS DISTINCT FROM $2`, [
      order.id,
      open,
    ]);
    await recordEvents(
      tx,
      viewer,
      [
        {
          orderId: order.id,
          type: 'INVOICE_ISSUED',
          summary: `Invoice ${document.number} issued`,
          data: {
            invoiceId: invoice.id,
            invoiceNumber: document.number,
            total: document.total.amount,
            dueDate: document.dueDate,
          },
        },
      ],
      ['invoice.issued'],
    );
    return { invoice: issued.rows[0], orderId: order.id };
  });
  const { rows } = await pool.query<ChangedRow>(`SELECT ${CHANGED_RETURNING} FROM orders o WHERE o.id = $1`, [
    done.orderId,
  ]);
  const i = done.invoice;
  return {
    confirmInvoice: {
      invoice: {
        id: i.id,
        number: i.number,
        status: i.status,
        paymentStatus: i.payment_status,
        total: money(i.total_amount, i.currency),
      },
      order: changed(rows[0]!),
      userErrors: [],
    },
  };
}
