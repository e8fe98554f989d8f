// The state table the dashboard endpoints share with the server registers type-graphql enums: they need it.
import 'reflect-metadata';
import crypto from 'node:crypto';
import http from 'node:http';
import { endOfBusinessDaysAfter } from '@order-desk/server/business-days';
import { Pool, type PoolClient } from 'pg';
import { WebSocketServer, type WebSocket } from 'ws';
import { orderPage, ordersPage } from './baseline-dashboard';

/**
 * The baseline: the physical limit of the same work on this machine. A bare Node `http` handler over
 * `pg` with hand-written SQL doing what each scenario asks of our API (same authentication lookup,
 * same transactions, row locks and rows written, same fields answered), and a bare `ws` server
 * pushing payment changes. No framework, no ORM, no GraphQL. Run as its own process by the bench.
 */
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'order-desk-bench-baseline',
});
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? '';

type Viewer = { sellerId: string; apiKeyId: string; name: string };
class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly status = 409,
  ) {
    super(code);
  }
}

async function viewerOf(authorization: string | undefined): Promise<Viewer> {
  const secret = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
  const hash = crypto.createHash('sha256').update(secret).digest();
  const { rows } = await pool.query<{ id: string; seller_id: string; name: string }>(
    `SELECT id, seller_id, name FROM api_keys WHERE token_hash = $1 AND revoked_at IS NULL`,
    [hash],
  );
  if (!rows[0]) throw new Refusal('UNAUTHENTICATED', 401);
  return { sellerId: rows[0].seller_id, apiKeyId: rows[0].id, name: rows[0].name };
}

const money = (amount: string | number, currency: string) => ({ amount: Number(amount), currency });
const ORDER_SUMMARY = `id, number, buyer_name, status, payment_status, placed_at, item_count, total_amount, currency`;
type OrderRow = {
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
const orderSummary = (o: OrderRow) => ({
  id: o.id,
  number: o.number,
  buyerName: o.buyer_name,
  status: o.status,
  paymentStatus: o.payment_status,
  placedAt: o.placed_at.toISOString(),
  itemCount: o.item_count,
  total: money(o.total_amount, o.currency),
});
const cursorOf = (o: { placed_at: Date; id: string }) =>
  Buffer.from(JSON.stringify([o.placed_at.toISOString(), o.id])).toString('base64url');

async function listOrders(viewer: Viewer, url: URL) {
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

async function orderDetails(viewer: Viewer, id: string) {
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

async function inTransaction<T>(work: (tx: PoolClient) => Promise<T>): Promise<T> {
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

async function lockOrder(tx: PoolClient, viewer: Viewer, orderId: string, allowed: string[]) {
  const { rows } = await tx.query(`SELECT * FROM orders WHERE id = $1 AND seller_id = $2 FOR UPDATE`, [
    orderId,
    viewer.sellerId,
  ]);
  const order = rows[0];
  if (!order) throw new Refusal('ORDER_NOT_FOUND');
  if (!allowed.includes(order.status)) throw new Refusal('ACTION_NOT_ALLOWED');
  return order as OrderRow & { buyer_id: string; customer_id: string | null; seller_id: string };
}

/** The timeline entry and the lookup of webhook endpoints that every recorded event does. */
async function recordEvent(
  tx: PoolClient,
  viewer: Viewer | null,
  sellerId: string,
  orderId: string,
  type: string,
  summary: string,
  data: unknown,
  webhookType: string,
) {
  await tx.query(
    `INSERT INTO order_events (seller_id, order_id, type, summary, data, actor_type, actor_api_key_id, actor_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      sellerId,
      orderId,
      type,
      summary,
      data,
      viewer ? 'API_KEY' : 'SYSTEM',
      viewer?.apiKeyId ?? null,
      viewer?.name ?? 'System',
    ],
  );
  await tx.query(`SELECT id FROM webhook_endpoints WHERE seller_id = $1 AND enabled AND $2 = ANY(events)`, [
    sellerId,
    webhookType,
  ]);
}

async function recalculate(tx: PoolClient, orderId: string) {
  await tx.query(
    `UPDATE orders o SET subtotal_amount = t.subtotal, total_amount = t.subtotal + o.shipping_amount, item_count = t.lines,
            version = o.version + 1, updated_at = now()
       FROM (SELECT coalesce(sum(line_total_amount), 0) AS subtotal, count(*) AS lines FROM order_items WHERE order_id = $1) t
      WHERE o.id = $1`,
    [orderId],
  );
}

const changedOrder = async (viewer: Viewer, id: string) => {
  const { rows } = await pool.query(
    `SELECT ${ORDER_SUMMARY}, version, subtotal_amount FROM orders WHERE id = $1 AND seller_id = $2`,
    [id, viewer.sellerId],
  );
  const o = rows[0];
  return { ...orderSummary(o), version: o.version, subtotal: money(o.subtotal_amount, o.currency) };
};

async function updateQuantity(viewer: Viewer, input: { orderItemId: string; quantity: number }) {
  const orderId = await inTransaction(async (tx) => {
    const located = await tx.query(`SELECT order_id FROM order_items WHERE id = $1 AND seller_id = $2`, [
      input.orderItemId,
      viewer.sellerId,
    ]);
    if (!located.rows[0]) throw new Refusal('ITEM_NOT_FOUND');
    const order = await lockOrder(tx, viewer, located.rows[0].order_id, ['PENDING']);
    const { rows } = await tx.query(`SELECT quantity, sku FROM order_items WHERE id = $1`, [input.orderItemId]);
    const item = rows[0];
    if (item.quantity === input.quantity) return order.id;
    await tx.query(
      `UPDATE order_items SET quantity = $2::int, line_total_amount = unit_price_amount * $2::int WHERE id = $1`,
      [input.orderItemId, input.quantity],
    );
    await recalculate(tx, order.id);
    await recordEvent(
      tx,
      viewer,
      viewer.sellerId,
      order.id,
      'ITEM_QUANTITY_UPDATED',
      `Quantity of ${item.sku} changed from ${item.quantity} to ${input.quantity}`,
      { itemId: input.orderItemId, sku: item.sku, before: item.quantity, after: input.quantity },
      'order.updated',
    );
    return order.id;
  });
  const [order, item] = await Promise.all([
    changedOrder(viewer, orderId),
    pool.query(`SELECT id, quantity, line_total_amount, currency FROM order_items WHERE id = $1`, [input.orderItemId]),
  ]);
  const i = item.rows[0];
  return {
    updateOrderItemQuantity: {
      order,
      orderItem: { id: i.id, quantity: i.quantity, lineTotal: money(i.line_total_amount, i.currency) },
      userErrors: [],
    },
  };
}

async function takeNumber(tx: PoolClient, sellerId: string, kind: string): Promise<number> {
  const { rows } = await tx.query(
    `UPDATE seller_counters SET next_value = next_value + 1 WHERE seller_id = $1 AND kind = $2 RETURNING next_value - 1 AS n`,
    [sellerId, kind],
  );
  return rows[0].n;
}

async function split(viewer: Viewer, input: { orderId: string; itemIds: string[] }) {
  const ids = await inTransaction(async (tx) => {
    const order = await lockOrder(tx, viewer, input.orderId, ['PENDING', 'ACCEPTED']);
    const items = await tx.query(`SELECT id, sku FROM order_items WHERE order_id = $1 ORDER BY position`, [order.id]);
    const moved = items.rows.filter((i) => input.itemIds.includes(i.id));
    if (moved.length === 0 || moved.length === items.rows.length) throw new Refusal('INVALID_SPLIT');
    const number = await takeNumber(tx, viewer.sellerId, 'ORDER_NUMBER');
    const created = await tx.query(
      `INSERT INTO orders (seller_id, number, buyer_id, buyer_name, customer_id, parent_order_id, status, accepted_at,
         payment_method, payment_status, currency, subtotal_amount, shipping_amount, total_amount, item_count,
         shipping_name, shipping_company, shipping_line1, shipping_line2, shipping_city, shipping_region,
         shipping_postal_code, shipping_country, shipping_phone,
         billing_name, billing_company, billing_line1, billing_line2, billing_city, billing_region,
         billing_postal_code, billing_country, billing_phone, buyer_note, placed_at, accept_by, ship_by, deadline_at)
       SELECT seller_id, $2, buyer_id, buyer_name, customer_id, id, status, accepted_at, payment_method, 'UNPAID',
         currency, 0, 0, 0, 0,
         shipping_name, shipping_company, shipping_line1, shipping_line2, shipping_city, shipping_region,
         shipping_postal_code, shipping_country, shipping_phone,
         billing_name, billing_company, billing_line1, billing_line2, billing_city, billing_region,
         billing_postal_code, billing_country, billing_phone, buyer_note, placed_at, accept_by, ship_by, deadline_at
         FROM orders WHERE id = $1
       RETURNING id`,
      [order.id, number],
    );
    const newId: string = created.rows[0].id;
    await tx.query(
      `UPDATE order_items i SET order_id = $1, position = m.position
         FROM (SELECT id, row_number() OVER (ORDER BY position) - 1 AS position FROM order_items WHERE id = ANY($2)) m
        WHERE i.id = m.id`,
      [newId, moved.map((i) => i.id)],
    );
    await tx.query(
      `UPDATE orders o SET subtotal_amount = t.subtotal, total_amount = t.subtotal, item_count = t.lines
         FROM (SELECT coalesce(sum(line_total_amount), 0) AS subtotal, count(*) AS lines FROM order_items WHERE order_id = $1) t
        WHERE o.id = $1`,
      [newId],
    );
    await recalculate(tx, order.id);
    const skus = moved.map((i) => i.sku);
    const count = `${moved.length} item${moved.length === 1 ? '' : 's'}`;
    await recordEvent(
      tx,
      viewer,
      viewer.sellerId,
      order.id,
      'ORDER_SPLIT',
      `Split ${count} into order #${number}`,
      { newOrderId: newId, newOrderNumber: number, items: skus },
      'order.updated',
    );
    await recordEvent(
      tx,
      viewer,
      viewer.sellerId,
      newId,
      'ORDER_SPLIT_FROM',
      `Split from order #${order.number} with ${count}`,
      { parentOrderId: order.id, parentOrderNumber: order.number, items: skus },
      'order.created',
    );
    return { orderId: order.id, newId };
  });
  const [order, newOrder] = await Promise.all([changedOrder(viewer, ids.orderId), changedOrder(viewer, ids.newId)]);
  return { splitOrder: { order, newOrder, userErrors: [] } };
}

async function accept(viewer: Viewer, input: { orderId: string }) {
  const result = await inTransaction(async (tx) => {
    const order = await lockOrder(tx, viewer, input.orderId, ['PENDING']);
    const customers = await tx.query(
      order.customer_id
        ? `SELECT id, name FROM customers WHERE id = $1`
        : `SELECT id, name FROM customers WHERE seller_id = $2 AND buyer_id = $3`,
      order.customer_id ? [order.customer_id] : [null, order.seller_id, order.buyer_id],
    );
    const customer = customers.rows[0];
    if (!customer) throw new Refusal('CUSTOMER_REQUIRED');
    const items = await tx.query(`SELECT variant_id, quantity FROM order_items WHERE order_id = $1`, [order.id]);
    const byVariant = new Map<string, number>();
    for (const i of items.rows)
      if (i.variant_id) byVariant.set(i.variant_id, (byVariant.get(i.variant_id) ?? 0) - i.quantity);
    await tx.query(
      `UPDATE product_variants v SET stock_on_hand = greatest(v.stock_on_hand + m.quantity, 0)
         FROM unnest($2::uuid[], $3::int[]) AS m(id, quantity)
        WHERE v.id = m.id AND v.seller_id = $1`,
      [viewer.sellerId, [...byVariant.keys()], [...byVariant.values()]],
    );
    const seller = await tx.query(`SELECT ship_within_business_days, time_zone FROM sellers WHERE id = $1`, [
      viewer.sellerId,
    ]);
    const shipBy = endOfBusinessDaysAfter(
      new Date(),
      seller.rows[0].ship_within_business_days,
      seller.rows[0].time_zone,
    );
    await tx.query(
      `UPDATE orders SET status = 'ACCEPTED', accepted_at = now(), customer_id = $2, ship_by = $3, deadline_at = $3,
         version = version + 1, updated_at = now()
        WHERE id = $1`,
      [order.id, customer.id, shipBy],
    );
    await recordEvent(
      tx,
      viewer,
      viewer.sellerId,
      order.id,
      'ORDER_ACCEPTED',
      'Order accepted',
      null,
      'order.accepted',
    );
    return { orderId: order.id, customer };
  });
  return {
    acceptOrder: {
      order: await changedOrder(viewer, result.orderId),
      customer: { id: result.customer.id, name: result.customer.name },
      userErrors: [],
    },
  };
}

async function confirmInvoice(viewer: Viewer, input: { invoiceId: string }) {
  const ids = await inTransaction(async (tx) => {
    const located = await tx.query(`SELECT order_id FROM invoices WHERE id = $1 AND seller_id = $2`, [
      input.invoiceId,
      viewer.sellerId,
    ]);
    if (!located.rows[0]) throw new Refusal('INVOICE_NOT_FOUND');
    const order = await lockOrder(tx, viewer, located.rows[0].order_id, ['ACCEPTED']);
    const invoice = (await tx.query(`SELECT * FROM invoices WHERE id = $1 FOR UPDATE`, [input.invoiceId])).rows[0];
    if (invoice.status !== 'DRAFT') throw new Refusal('ACTION_NOT_ALLOWED');
    const shipped = await tx.query(`SELECT 1 FROM shipments WHERE order_id = $1`, [order.id]);
    if (!shipped.rows[0]) throw new Refusal('SHIPMENT_REQUIRED');
    const number = await takeNumber(tx, viewer.sellerId, 'INVOICE_NUMBER');
    // The document the invoice freezes: seller, buyer, addresses and lines as they are now.
    const [seller, lines, terms] = await Promise.all([
      tx.query(`SELECT name, email, address_line1, address_city, address_country FROM sellers WHERE id = $1`, [
        viewer.sellerId,
      ]),
      tx.query(
        `SELECT sku, product_name, variant_name, quantity, unit_price_amount, line_total_amount FROM order_items
                 WHERE order_id = $1 ORDER BY position`,
        [order.id],
      ),
      tx.query(`SELECT payment_terms_days FROM customers WHERE id = $1`, [order.customer_id]),
    ]);
    const days: number = terms.rows[0]?.payment_terms_days ?? 30;
    const document = {
      number: `${invoice.number_prefix}${number}`,
      seller: seller.rows[0],
      order: { number: order.number, buyerName: order.buyer_name },
      lines: lines.rows,
      total: order.total_amount,
    };
    await tx.query(
      `UPDATE invoices i SET number = $2, status = 'ISSUED', issued_at = now(), payment_status = 'UNPAID',
              payment_method = o.payment_method, currency = o.currency, subtotal_amount = o.subtotal_amount,
              shipping_amount = o.shipping_amount, total_amount = o.total_amount,
              due_on = current_date + $3::int, snapshot = $4, updated_at = now()
         FROM orders o WHERE o.id = i.order_id AND i.id = $1`,
      [invoice.id, number, days, JSON.stringify(document)],
    );
    await tx.query(`UPDATE orders SET payment_status = 'UNPAID', updated_at = now() WHERE id = $1`, [order.id]);
    await recordEvent(
      tx,
      viewer,
      viewer.sellerId,
      order.id,
      'INVOICE_ISSUED',
      `Invoice ${document.number} issued`,
      { invoiceId: invoice.id, number: document.number },
      'invoice.issued',
    );
    return { invoiceId: invoice.id, orderId: order.id };
  });
  const { rows } = await pool.query(
    `SELECT id, number, status, payment_status, total_amount, currency FROM invoices WHERE id = $1`,
    [ids.invoiceId],
  );
  const i = rows[0];
  return {
    confirmInvoice: {
      invoice: {
        id: i.id,
        number: i.number,
        status: i.status,
        paymentStatus: i.payment_status,
        total: money(i.total_amount, i.currency),
      },
      order: await changedOrder(viewer, ids.orderId),
      userErrors: [],
    },
  };
}

// Payment-status fan-out: sockets per seller, fed straight from the webhook handler after commit.
const subscribers = new Map<string, Set<WebSocket>>();

function verifyStripeSignature(body: string, header: string | undefined): boolean {
  const parts = new Map((header ?? '').split(',').map((p) => p.split('=') as [string, string]));
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (!t || !v1) return false;
  const expected = crypto.createHmac('sha256', webhookSecret).update(`${t}.${body}`).digest('hex');
  return v1.length === expected.length && crypto.timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
}

async function stripeWebhook(body: string): Promise<void> {
  const event = JSON.parse(body) as { id: string; type: string; data: { object: { id: string } } };
  const change = await inTransaction(async (tx) => {
    const fresh = await tx.query(
      `INSERT INTO stripe_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [event.id, event.type],
    );
    if (!fresh.rows[0] || event.type !== 'payment_intent.succeeded') return null;
    const located = await tx.query(
      `SELECT p.id, i.order_id FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.stripe_payment_intent_id = $1`,
      [event.data.object.id],
    );
    if (!located.rows[0]) return null;
    await tx.query(`SELECT id FROM orders WHERE id = $1 FOR UPDATE`, [located.rows[0].order_id]);
    const attempt = (
      await tx.query(
        `SELECT p.id, p.invoice_id, p.seller_id, p.status, i.order_id FROM payments p JOIN invoices i ON i.id = p.invoice_id
          WHERE p.id = $1 FOR UPDATE OF p`,
        [located.rows[0].id],
      )
    ).rows[0];
    if (attempt.status !== 'PROCESSING') return null;
    await tx.query(`UPDATE payments SET status = 'PAID', updated_at = now() WHERE id = $1`, [attempt.id]);
    await tx.query(`UPDATE invoices SET payment_status = 'PAID', paid_at = now(), updated_at = now() WHERE id = $1`, [
      attempt.invoice_id,
    ]);
    await tx.query(`UPDATE orders SET payment_status = 'PAID', updated_at = now() WHERE id = $1`, [attempt.order_id]);
    await recordEvent(
      tx,
      null,
      attempt.seller_id,
      attempt.order_id,
      'PAYMENT_PAID',
      'Card payment succeeded',
      { paymentId: attempt.id },
      'invoice.paid',
    );
    return { sellerId: attempt.seller_id as string, invoiceId: attempt.invoice_id as string };
  });
  if (!change) return;
  const { rows } = await pool.query(
    `SELECT id, number, status, payment_status, paid_at, total_amount, currency FROM invoices WHERE id = $1`,
    [change.invoiceId],
  );
  const i = rows[0];
  const message = JSON.stringify({
    type: 'next',
    payload: {
      data: {
        invoicePaymentStatusChanged: {
          id: i.id,
          number: i.number,
          status: i.status,
          paymentStatus: i.payment_status,
          paidAt: i.paid_at?.toISOString() ?? null,
          total: money(i.total_amount, i.currency),
        },
      },
    },
  });
  for (const socket of subscribers.get(change.sellerId) ?? []) socket.send(message);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = http.createServer((req, res) => {
  const reply = (status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  };
  void (async () => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return reply(200, { ok: true });
    const body = req.method === 'POST' ? await readBody(req) : '';
    if (url.pathname === '/webhooks/stripe') {
      if (!verifyStripeSignature(body, req.headers['stripe-signature'] as string | undefined)) {
        return reply(400, { error: 'Invalid signature.' });
      }
      await stripeWebhook(body);
      return reply(200, { received: true });
    }
    const viewer = await viewerOf(req.headers.authorization);
    const input = body ? JSON.parse(body) : {};
    const route = `${req.method} ${url.pathname.replace(/\/[0-9a-f-]{36}$/, '/:id')}`;
    switch (route) {
      case 'GET /orders':
        return reply(200, { data: await listOrders(viewer, url) });
      case 'GET /orders/:id':
        return reply(200, { data: await orderDetails(viewer, url.pathname.slice(-36)) });
      case 'GET /dashboard/orders':
        return reply(200, { data: await ordersPage(pool, viewer, url) });
      case 'GET /dashboard/orders/:id':
        return reply(200, { data: await orderPage(pool, viewer, url.pathname.slice(-36)) });
      case 'POST /order-items/quantity':
        return reply(200, { data: await updateQuantity(viewer, input) });
      case 'POST /orders/split':
        return reply(200, { data: await split(viewer, input) });
      case 'POST /orders/accept':
        return reply(200, { data: await accept(viewer, input) });
      case 'POST /invoices/confirm':
        return reply(200, { data: await confirmInvoice(viewer, input) });
      default:
        return reply(404, { error: 'Not found' });
    }
  })().catch((error: unknown) => {
    if (error instanceof Refusal) return reply(error.status, { error: error.code });
    console.error(error);
    reply(500, { error: 'Internal error' });
  });
});

const wss = new WebSocketServer({ server, path: '/ws' });
wss.on('connection', (socket) => {
  socket.once('message', (data) => {
    const { authorization } = JSON.parse(String(data)) as { authorization?: string };
    viewerOf(authorization)
      .then((viewer) => {
        const set = subscribers.get(viewer.sellerId) ?? new Set<WebSocket>();
        subscribers.set(viewer.sellerId, set.add(socket));
        socket.on('close', () => set.delete(socket));
        socket.send(JSON.stringify({ type: 'connection_ack' }));
      })
      .catch(() => socket.close(4401, 'Unauthorized'));
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`baseline listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  wss.close();
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
