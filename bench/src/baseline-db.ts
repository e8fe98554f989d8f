import crypto from 'node:crypto';
import { availableActions, type OrderAction, type OrderFacts } from '@order-desk/server/order-rules';
import { preparingClient, StatementNames } from '@order-desk/server/prepared-statements';
import { Pool, type PoolClient } from 'pg';

/**
 * The baseline's pool, its viewer and its refusals: what every baseline endpoint shares. Its repeated
 * statements are prepared, as ours are (DATABASE_PREPARED_STATEMENTS): the limit of the same work.
 */
export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'order-desk-bench-baseline',
  Client: preparingClient(new StatementNames()),
});

export type Viewer = { sellerId: string; apiKeyId: string; name: string };

export class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly status = 409,
  ) {
    super(code);
  }
}

export async function viewerOf(authorization: string | undefined): Promise<Viewer> {
  const secret = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
  const hash = crypto.createHash('sha256').update(secret).digest();
  const { rows } = await pool.query<{ id: string; seller_id: string; name: string }>(
    `SELECT id, seller_id, name FROM api_keys WHERE token_hash = $1 AND revoked_at IS NULL`,
    [hash],
  );
  if (!rows[0]) throw new Refusal('UNAUTHENTICATED', 401);
  return { sellerId: rows[0].seller_id, apiKeyId: rows[0].id, name: rows[0].name };
}

export const money = (amount: string | number, currency: string) => ({ amount: Number(amount), currency });

export const ORDER_SUMMARY = `id, number, buyer_name, status, payment_status, placed_at, item_count, total_amount, currency`;
export type OrderRow = {
  id: string;
  number: number;
  buyer_name: string;
  status: string;
  payment_status: string;
  placed_at: Date;
  item_count: number;
  total_amount: string;
  currency: string;
};
export const orderSummary = (o: OrderRow) => ({
  id: o.id,
  number: o.number,
  buyerName: o.buyer_name,
  status: o.status,
  paymentStatus: o.payment_status,
  placedAt: o.placed_at.toISOString(),
  itemCount: o.item_count,
  total: money(o.total_amount, o.currency),
});

/**
 * The facts the state table reads besides the order row (the server's order-facts.ts, by hand), as
 * columns over the orders row `o`; `factsOf` makes them the state table's facts.
 */
export const factsSql = (o: string) => `
    EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = ${o}.id) AS has_shipment,
    (SELECT count(*)::int FROM invoices i WHERE i.order_id = ${o}.id AND i.status = 'ISSUED') AS issued,
    EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = ${o}.id AND i.status = 'ISSUED'
             AND i.payment_status IN ('UNPAID', 'PROCESSING', 'REQUIRES_ACTION', 'FAILED')) AS open,
    EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = ${o}.id AND i.status = 'ISSUED'
             AND i.payment_status IN ('PAID', 'REFUNDED')) AS paid,
    EXISTS (SELECT 1 FROM payments p JOIN invoices i ON i.id = p.invoice_id
             WHERE i.order_id = ${o}.id AND p.status = 'PROCESSING') AS processing,
    ${o}.total_amount
      - coalesce((SELECT sum(total_amount) FROM invoices i WHERE i.order_id = ${o}.id AND i.status = 'ISSUED'), 0)
      + coalesce((SELECT sum(total_amount) FROM credit_notes c WHERE c.order_id = ${o}.id), 0) AS to_invoice`;

export const factsOf = (f: Record<string, unknown>): OrderFacts => ({
  number: f.number as number,
  status: f.status as OrderFacts['status'],
  hasShipment: f.has_shipment as boolean,
  issuedInvoices: f.issued as number,
  hasOpenInvoice: f.open as boolean,
  hasPaidInvoice: f.paid as boolean,
  paymentInProgress: f.processing as boolean,
  amountToInvoice: Number(f.to_invoice),
});

/** The same guard as ours: the state table's answer on the facts read under the order's lock. */
export async function assertAllowed(tx: PoolClient, orderId: string, action: OrderAction): Promise<void> {
  const { rows } = await tx.query(`SELECT o.number, o.status, ${factsSql('o')} FROM orders o WHERE o.id = $1`, [
    orderId,
  ]);
  if (!availableActions(factsOf(rows[0])).includes(action)) throw new Refusal('ACTION_NOT_ALLOWED');
}

export async function inTransaction<T>(work: (tx: PoolClient) => Promise<T>): Promise<T> {
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    const result = await work(tx);
    await tx.query('COMMIT');
    return result;
  } catch (error) {
    await tx.query('ROLLBACK');
    throw error;
  } finally {
    tx.release();
  }
}
