import { money, ORDER_SUMMARY, orderSummary, pool, type OrderRow, type Viewer } from './baseline-db';

/** The baseline of the partner examples' reads: the orders list (a page, a search) and an order's details. */
const cursorOf = (o: { placed_at: Date; id: string }) =>
  Buffer.from(JSON.stringify([o.placed_at.toISOString(), o.id])).toString('base64url');

export async function listOrders(viewer: Viewer, url: URL) {
  const first = Number(url.searchParams.get('first') ?? 25);
  const params: unknown[] = [viewer.sellerId];
  const where = ['seller_id = $1'];
  const status = url.searchParams.get('status');
  if (status) where.push(`status = $${params.push(status)}`);
  const search = url.searchParams.get('search');
  if (search) where.push(`buyer_name ILIKE $${params.push(`%${search.replace(/[\\%_]/g, '\\$&')}%`)}`);
  const after = url.searchParams.get('after');
  if (after) {
    const [at, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string];
    where.push(`(placed_at, id) < ($${params.push(at)}, $${params.push(id)})`);
  }
  const { rows } = await pool.query<OrderRow>(
    `SELECT ${ORDER_SUMMARY} FROM orders WHERE ${where.join(' AND ')}
      ORDER BY placed_at DESC, id DESC LIMIT ${first + 1}`,
    params,
  );
  const nodes = rows.slice(0, first);
  return {
    orders: {
      edges: nodes.map((o) => ({ cursor: cursorOf(o), node: orderSummary(o) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? cursorOf(nodes.at(-1)!) : null },
    },
  };
}

export async function orderDetails(viewer: Viewer, id: string) {
  const { rows } = await pool.query(
    `SELECT ${ORDER_SUMMARY}, version, subtotal_amount, shipping_amount, shipping_name, shipping_line1, shipping_city,
            shipping_postal_code, shipping_country
       FROM orders WHERE id = $1 AND seller_id = $2`,
    [id, viewer.sellerId],
  );
  const o = rows[0];
  if (!o) return { order: null };
  const [items, events] = await Promise.all([
    pool.query(
      `SELECT i.id, i.sku, i.product_name, i.quantity, i.unit_price_amount, i.line_total_amount, i.currency, v.stock_on_hand
         FROM order_items i LEFT JOIN product_variants v ON v.id = i.variant_id AND v.seller_id = i.seller_id
        WHERE i.order_id = $1 AND i.seller_id = $2 ORDER BY i.position`,
      [id, viewer.sellerId],
    ),
    pool.query(
      `SELECT type, summary, created_at, actor_type, actor_name FROM order_events
        WHERE order_id = $1 AND seller_id = $2 ORDER BY seq`,
      [id, viewer.sellerId],
    ),
  ]);
  return {
    order: {
      ...orderSummary(o),
      version: o.version,
      subtotal: money(o.subtotal_amount, o.currency),
      shipping: money(o.shipping_amount, o.currency),
      shippingAddress: {
        name: o.shipping_name,
        line1: o.shipping_line1,
        city: o.shipping_city,
        postalCode: o.shipping_postal_code,
        country: o.shipping_country,
      },
      items: items.rows.map((i) => ({
        id: i.id,
        sku: i.sku,
        productName: i.product_name,
        quantity: i.quantity,
        unitPrice: money(i.unit_price_amount, i.currency),
        lineTotal: money(i.line_total_amount, i.currency),
        stockOnHand: i.stock_on_hand,
      })),
      events: events.rows.map((e) => ({
        type: e.type,
        summary: e.summary,
        createdAt: e.created_at.toISOString(),
        actor: { type: e.actor_type, name: e.actor_name },
      })),
    },
  };
}
