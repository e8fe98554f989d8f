import { Client } from 'pg';
import { READ_SELLER, sellerIdOf, WRITE_SELLERS } from './dataset';

/** One fresh target of a write scenario, and the seller (API key) it belongs to. */
export type Target = { seller: number; orderId: string; itemIds: string[]; invoiceId: string | null };

type PoolKind = {
  status: 'PENDING' | 'ACCEPTED';
  lines: number;
  paymentMethod: 'CARD' | 'TERMS';
  /** What each order carries beyond its items: nothing, a draft invoice (Confirm), or an issued card invoice being charged. */
  invoice: 'none' | 'draft' | 'charging';
};

export const POOLS = {
  accept: { status: 'PENDING', lines: 5, paymentMethod: 'TERMS', invoice: 'none' },
  split: { status: 'PENDING', lines: 5, paymentMethod: 'TERMS', invoice: 'none' },
  quantity: { status: 'PENDING', lines: 200, paymentMethod: 'TERMS', invoice: 'none' },
  confirm: { status: 'ACCEPTED', lines: 5, paymentMethod: 'TERMS', invoice: 'draft' },
  charging: { status: 'ACCEPTED', lines: 3, paymentMethod: 'CARD', invoice: 'charging' },
} satisfies Record<string, PoolKind>;

/**
 * Pre-creates `count` orders per pool, spread over the write sellers, with plain SQL: copies of one of
 * the seller's existing orders (buyer, customer, addresses), new order numbers from the seller's counter,
 * items from its catalogue. Each request of a write scenario then changes an order nobody changed before.
 */
export async function createPool(
  url: string,
  kind: PoolKind,
  count: number,
  sellers = WRITE_SELLERS,
): Promise<Target[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const targets: Target[] = [];
    const perSeller = Math.ceil(count / sellers.length);
    for (const seller of sellers) {
      await client.query('BEGIN');
      const sellerId = sellerIdOf(seller);
      const { rows: orders } = await client.query<{ id: string }>(
        `WITH numbers AS (
           UPDATE seller_counters SET next_value = next_value + $2 WHERE seller_id = $1 AND kind = 'ORDER_NUMBER'
           RETURNING next_value - $2 AS first),
         template AS (
           SELECT o.* FROM orders o JOIN buyers b ON b.id = o.buyer_id
            WHERE o.seller_id = $1 AND o.customer_id IS NOT NULL AND o.parent_order_id IS NULL
              AND b.default_payment_method = $4
            ORDER BY o.number LIMIT 1)
         INSERT INTO orders (seller_id, number, buyer_id, buyer_name, customer_id, status, accepted_at, payment_method,
           payment_status, currency, subtotal_amount, shipping_amount, total_amount, item_count,
           shipping_name, shipping_company, shipping_line1, shipping_line2, shipping_city, shipping_region,
           shipping_postal_code, shipping_country, shipping_phone,
           billing_name, billing_company, billing_line1, billing_line2, billing_city, billing_region,
           billing_postal_code, billing_country, billing_phone, placed_at, accept_by, ship_by, deadline_at)
         SELECT t.seller_id, n.first + g, t.buyer_id, t.buyer_name, t.customer_id, $3,
           CASE WHEN $3 = 'ACCEPTED' THEN now() END, $4, 'UNPAID', t.currency, 0, 500, 500, 0,
           t.shipping_name, t.shipping_company, t.shipping_line1, t.shipping_line2, t.shipping_city, t.shipping_region,
           t.shipping_postal_code, t.shipping_country, t.shipping_phone,
           t.billing_name, t.billing_company, t.billing_line1, t.billing_line2, t.billing_city, t.billing_region,
           t.billing_postal_code, t.billing_country, t.billing_phone, now() - make_interval(secs => g * 0.001),
           -- Deadlines roughly as the server sets them (the default windows: 2 and 5 business days).
           now() + interval '2 days', CASE WHEN $3 = 'ACCEPTED' THEN now() + interval '7 days' END,
           now() + CASE WHEN $3 = 'ACCEPTED' THEN interval '7 days' ELSE interval '2 days' END
           FROM template t, numbers n, generate_series(0, $2 - 1) g
         RETURNING id`,
        [sellerId, perSeller, kind.status, kind.paymentMethod],
      );
      if (orders.length !== perSeller)
        throw new Error(`could not create a pool for seller ${seller}: no template order`);
      const ids = orders.map((o) => o.id);
      const { rows: items } = await client.query<{ order_id: string; ids: string[] }>(
        `WITH variants AS (
           SELECT v.*, row_number() OVER (ORDER BY v.sku) - 1 AS k, count(*) OVER () AS n
             FROM product_variants v WHERE v.seller_id = $1),
         inserted AS (
           INSERT INTO order_items (seller_id, order_id, variant_id, sku, product_name, variant_name, unit_price_amount,
             currency, quantity, line_total_amount, position)
           SELECT $1, o.id, v.id, v.sku, 'Bench ' || v.sku, v.name, v.unit_price_amount, v.currency, 10,
             v.unit_price_amount * 10, p
             FROM unnest($2::uuid[]) o(id), generate_series(0, $3 - 1) p JOIN variants v ON v.k = p % v.n
           RETURNING order_id, id, position)
         SELECT order_id, array_agg(id ORDER BY position) AS ids FROM inserted GROUP BY order_id`,
        [sellerId, ids, kind.lines],
      );
      await client.query(
        `UPDATE orders o SET subtotal_amount = t.subtotal, total_amount = t.subtotal + o.shipping_amount, item_count = t.lines
           FROM (SELECT order_id, sum(line_total_amount) AS subtotal, count(*) AS lines FROM order_items
                  WHERE order_id = ANY($1) GROUP BY order_id) t
          WHERE o.id = t.order_id`,
        [ids],
      );
      const invoices = new Map<string, string>();
      if (kind.invoice !== 'none') {
        await client.query(
          `INSERT INTO shipments (seller_id, order_id, carrier, tracking_numbers, shipped_on, currency)
           SELECT $1, id, 'UPS', '{1ZBENCH}', current_date, 'USD' FROM unnest($2::uuid[]) id`,
          [sellerId, ids],
        );
        const draft = kind.invoice === 'draft';
        const { rows } = await client.query<{ id: string; order_id: string }>(
          `WITH numbers AS (
             UPDATE seller_counters SET next_value = next_value + $3 WHERE seller_id = $1 AND kind = 'INVOICE_NUMBER'
             RETURNING next_value - $3 AS first)
           INSERT INTO invoices (seller_id, order_id, number, number_prefix, status, payment_status, payment_method,
             currency, subtotal_amount, shipping_amount, total_amount, snapshot, issued_at)
           SELECT o.seller_id, o.id, CASE WHEN $4 THEN NULL ELSE n.first + x.k - 1 END, 'INV-',
             CASE WHEN $4 THEN 'DRAFT' ELSE 'ISSUED' END, CASE WHEN $4 THEN 'UNPAID' ELSE 'PROCESSING' END,
             o.payment_method, o.currency, o.subtotal_amount, o.shipping_amount, o.total_amount,
             CASE WHEN $4 THEN NULL ELSE '{"bench":true}'::jsonb END, CASE WHEN $4 THEN NULL ELSE now() END
             FROM unnest($2::uuid[]) WITH ORDINALITY x(id, k) JOIN orders o ON o.id = x.id, numbers n
           RETURNING id, order_id`,
          [sellerId, ids, perSeller, draft],
        );
        for (const row of rows) invoices.set(row.order_id, row.id);
        if (!draft) {
          await client.query(
            `INSERT INTO payments (seller_id, invoice_id, attempt, method, status, amount_minor, currency,
               idempotency_key, stripe_payment_intent_id)
             SELECT i.seller_id, i.id, 1, 'CARD', 'PROCESSING', i.total_amount, i.currency,
               'bench-charge-' || i.id, 'pi_benchfan_' || replace(i.id::text, '-', '')
               FROM invoices i WHERE i.id = ANY($1)`,
            [rows.map((r) => r.id)],
          );
          await client.query(`UPDATE orders SET payment_status = 'PROCESSING' WHERE id = ANY($1)`, [ids]);
        }
      }
      await client.query('COMMIT');
      for (const row of items) {
        targets.push({
          seller,
          orderId: row.order_id,
          itemIds: row.ids,
          invoiceId: invoices.get(row.order_id) ?? null,
        });
      }
    }
    // Interleave sellers so that consecutive requests hit different sellers' counters.
    return interleave(targets, sellers.length).slice(0, count);
  } finally {
    await client.end();
  }
}

/** The tables the write scenarios and their pools change. */
const WRITTEN_TABLES = ['orders', 'order_items', 'order_events', 'invoices', 'product_variants', 'seller_counters'];

/**
 * Vacuums and analyzes the tables the writes change, before a write window: their dead rows and
 * change counts start from nothing on each side, so no autovacuum begins in a window. In one full
 * run the autovacuum of `orders` (a million rows, after the earlier writes' updates) ran during our
 * accept window, and the database's CPU read 3.66 ms an accept there against 1.32 in the baseline's.
 */
export async function settleWrittenTables(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`VACUUM (ANALYZE) ${WRITTEN_TABLES.join(', ')}`);
  } finally {
    await client.end();
  }
}

function interleave<T extends { seller: number }>(targets: T[], groups: number): T[] {
  const bySeller = new Map<number, T[]>();
  for (const t of targets) bySeller.set(t.seller, [...(bySeller.get(t.seller) ?? []), t]);
  const lists = [...bySeller.values()];
  const out: T[] = [];
  for (let i = 0; out.length < targets.length; i++) {
    for (let g = 0; g < groups; g++) {
      const t = lists[g]?.[i];
      if (t) out.push(t);
    }
  }
  return out;
}

/** Read targets on the biggest seller: its 200-line orders, and the cursor of the page at 90% depth. */
export async function readTargets(
  url: string,
  status: string,
): Promise<{ largeOrderIds: string[]; depthCursor: string; depth: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const sellerId = sellerIdOf(READ_SELLER);
    const large = await client.query<{ id: string }>(
      `SELECT id FROM orders WHERE seller_id = $1 AND item_count = 200 AND parent_order_id IS NULL ORDER BY number LIMIT 50`,
      [sellerId],
    );
    const total = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM orders WHERE seller_id = $1 AND status = $2`,
      [sellerId, status],
    );
    const depth = Math.floor(total.rows[0]!.n * 0.9);
    const at = await client.query<{ placed_at: Date; id: string }>(
      `SELECT placed_at, id FROM orders WHERE seller_id = $1 AND status = $2
        ORDER BY placed_at DESC, id DESC OFFSET $3 LIMIT 1`,
      [sellerId, status, depth],
    );
    const row = at.rows[0]!;
    // The server's opaque cursor: base64url of [placedAt ISO, id] (orders/order-cursor.ts).
    const depthCursor = Buffer.from(JSON.stringify([row.placed_at.toISOString(), row.id])).toString('base64url');
    return { largeOrderIds: large.rows.map((r) => r.id), depthCursor, depth };
  } finally {
    await client.end();
  }
}
