import { endOfBusinessDaysAfter } from '@order-desk/server/business-days';
import { OrderAction } from '@order-desk/server/order-rules';
import type { PoolClient } from 'pg';
import {
  assertAllowed,
  inTransaction,
  money,
  ORDER_SUMMARY,
  orderSummary,
  Refusal,
  type OrderRow,
  type Viewer,
} from './baseline-db';

/**
 * The baseline's order changes: by hand, the statements ours sends, one for one (the row lock, then the
 * facts and the state table's guard, the change, RETURNING the answer, one INSERT for the timeline
 * that also reads the webhook endpoints, the running deadline in the UPDATE that changes the status).
 */
const CHANGED = `${ORDER_SUMMARY}, version, subtotal_amount`;
/** The answer's columns of the orders row `o`, for RETURNING. */
export const CHANGED_RETURNING = CHANGED.split(', ')
  .map((column) => `o.${column}`)
  .join(', ');
export type ChangedRow = OrderRow & { version: number; subtotal_amount: string };
export const changed = (o: ChangedRow) => ({
  ...orderSummary(o),
  version: o.version,
  subtotal: money(o.subtotal_amount, o.currency),
});

/** The running deadline (ours: runningDeadlineSql), with the new status where the row has the old one. */
const deadlineSql = (
  status = 'o.status',
  shipBy = 'o.ship_by',
  hasShipment = 'EXISTS (SELECT 1 FROM shipments sh WHERE sh.order_id = o.id)',
) =>
  `CASE WHEN ${status} = 'PENDING' THEN o.accept_by WHEN ${status} = 'ACCEPTED' AND NOT ${hasShipment} THEN ${shipBy} END`;

type LockedOrder = OrderRow & { buyer_id: string; customer_id: string | null; seller_id: string };

/** Locks the order row (its facts are read after the lock, as ours). */
export async function lockOrderRow(tx: PoolClient, where: string, params: unknown[]): Promise<LockedOrder | null> {
  const { rows } = await tx.query<LockedOrder>(`SELECT * FROM orders o WHERE ${where} FOR UPDATE`, params);
  return rows[0] ?? null;
}

async function lockOrder(tx: PoolClient, where: string, params: unknown[], action: OrderAction) {
  const order = await lockOrderRow(tx, where, params);
  if (order) await assertAllowed(tx, order.id, action);
  return order;
}

type Entry = { orderId: string; type: string; summary: string; data: unknown };
/** Who made a change: the API key, or the system (a Stripe event). */
export type Actor = { sellerId: string; apiKeyId: string | null; name: string };

/** The timeline entries of one change in one INSERT, with the seller's endpoints for their webhooks. */
export async function recordEvents(tx: PoolClient, actor: Actor, entries: Entry[], webhooks: string[]) {
  await tx.query(
    `WITH recorded AS (
       INSERT INTO order_events (seller_id, order_id, type, summary, data, actor_type, actor_api_key_id, actor_name)
       SELECT $1, e.order_id, e.type, e.summary, e.data, CASE WHEN $2::uuid IS NULL THEN 'SYSTEM' ELSE 'API_KEY' END, $2, $3
         FROM ROWS FROM (jsonb_to_recordset($4::jsonb) AS (order_id uuid, type text, summary text, data jsonb))
              WITH ORDINALITY AS e(order_id, type, summary, data, n)
        ORDER BY e.n
       RETURNING id, seq, created_at)
     SELECT r.id, r.created_at,
            (SELECT coalesce(json_agg(json_build_object('id', w.id, 'events', w.events)), '[]')
               FROM webhook_endpoints w WHERE w.seller_id = $1 AND w.enabled AND w.events && $5::text[]) AS endpoints
       FROM recorded r ORDER BY r.seq`,
    [
      actor.sellerId,
      actor.apiKeyId,
      actor.name,
      JSON.stringify(entries.map((e) => ({ order_id: e.orderId, type: e.type, summary: e.summary, data: e.data }))),
      webhooks,
    ],
  );
}

const RECALCULATE = `UPDATE orders o SET subtotal_amount = t.subtotal, total_amount = t.subtotal + o.shipping_amount, item_count = t.lines
   FROM (SELECT coalesce(sum(line_total_amount), 0) AS subtotal, count(*) AS lines FROM order_items WHERE order_id = $1) t
  WHERE o.id = $1 RETURNING ${CHANGED_RETURNING}`;

export async function updateQuantity(viewer: Viewer, input: { orderItemId: string; quantity: number }) {
  return inTransaction(async (tx) => {
    const order = await lockOrder(
      tx,
      `o.id = (SELECT r.order_id FROM order_items r WHERE r.id = $1 AND r.seller_id = $2) AND o.seller_id = $2`,
      [input.orderItemId, viewer.sellerId],
      OrderAction.UPDATE_QUANTITY,
    );
    if (!order) throw new Refusal('ITEM_NOT_FOUND');
    const { rows } = await tx.query(
      `UPDATE order_items i SET quantity = $3::int, line_total_amount = i.unit_price_amount * $3::int
         FROM order_items was WHERE was.id = i.id AND i.id = $1 AND i.order_id = $2
       RETURNING was.quantity AS before, i.id, i.sku, i.quantity, i.line_total_amount, i.currency`,
      [input.orderItemId, order.id, input.quantity],
    );
    const item = rows[0];
    if (!item) throw new Refusal('ITEM_NOT_FOUND');
    const orderItem = { id: item.id, quantity: item.quantity, lineTotal: money(item.line_total_amount, item.currency) };
    if (item.before === input.quantity) {
      const same = await tx.query<ChangedRow>(`SELECT ${CHANGED} FROM orders WHERE id = $1`, [order.id]);
      return { updateOrderItemQuantity: { order: changed(same.rows[0]!), orderItem, userErrors: [] } };
    }
    const updated = (await tx.query<ChangedRow>(RECALCULATE, [order.id])).rows[0]!;
    await recordEvents(
      tx,
      viewer,
      [
        {
          orderId: order.id,
          type: 'ITEM_QUANTITY_UPDATED',
          summary: `Quantity of ${item.sku} changed from ${item.before} to ${input.quantity}`,
          data: { itemId: item.id, sku: item.sku, before: item.before, after: input.quantity },
        },
      ],
      ['order.edited'],
    );
    return { updateOrderItemQuantity: { order: changed(updated), orderItem, userErrors: [] } };
  });
}

export async function split(viewer: Viewer, input: { orderId: string; itemIds: string[] }) {
  return inTransaction(async (tx) => {
    const order = await lockOrder(
      tx,
      `o.id = $1 AND o.seller_id = $2`,
      [input.orderId, viewer.sellerId],
      OrderAction.SPLIT,
    );
    if (!order) throw new Refusal('ORDER_NOT_FOUND');
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
         billing_postal_code, billing_country, billing_phone, buyer_note, placed_at, accept_by, ship_by,
         ${deadlineSql('o.status', 'o.ship_by', 'false')}
         FROM orders o WHERE o.id = $1
       RETURNING id`,
      [order.id, number],
    );
    const newId: string = created.rows[0].id;
    const newOrder = await tx.query<ChangedRow>(
      `WITH moved AS (
         UPDATE order_items i SET order_id = $1, position = m.position
           FROM (SELECT id, row_number() OVER (ORDER BY position) - 1 AS position FROM order_items WHERE id = ANY($2)) m
          WHERE i.id = m.id
         RETURNING i.line_total_amount)
       UPDATE orders o SET subtotal_amount = t.subtotal, total_amount = t.subtotal, item_count = t.lines
         FROM (SELECT coalesce(sum(line_total_amount), 0) AS subtotal, count(*) AS lines FROM moved) t
        WHERE o.id = $1 RETURNING ${CHANGED_RETURNING}`,
      [newId, moved.map((i) => i.id)],
    );
    const parent = (await tx.query<ChangedRow>(RECALCULATE, [order.id])).rows[0]!;
    const skus = moved.map((i) => i.sku);
    const count = `${moved.length} item${moved.length === 1 ? '' : 's'}`;
    await recordEvents(
      tx,
      viewer,
      [
        {
          orderId: order.id,
          type: 'ORDER_SPLIT',
          summary: `Split ${count} into order #${number}`,
          data: { newOrderId: newId, newOrderNumber: number, items: skus },
        },
        {
          orderId: newId,
          type: 'ORDER_SPLIT_FROM',
          summary: `Split from order #${order.number} with ${count}`,
          data: { parentOrderId: order.id, parentOrderNumber: order.number, items: skus },
        },
      ],
      ['order.split'],
    );
    return { splitOrder: { order: changed(parent), newOrder: changed(newOrder.rows[0]!), userErrors: [] } };
  });
}

export async function accept(viewer: Viewer, input: { orderId: string }) {
  return inTransaction(async (tx) => {
    const order = await lockOrder(
      tx,
      `o.id = $1 AND o.seller_id = $2`,
      [input.orderId, viewer.sellerId],
      OrderAction.ACCEPT,
    );
    if (!order) throw new Refusal('ORDER_NOT_FOUND');
    const customers = await tx.query(
      order.customer_id
        ? `SELECT id, name FROM customers WHERE id = $1`
        : `SELECT id, name FROM customers WHERE seller_id = $2 AND buyer_id = $3`,
      order.customer_id ? [order.customer_id] : [null, order.seller_id, order.buyer_id],
    );
    const customer = customers.rows[0];
    if (!customer) throw new Refusal('CUSTOMER_REQUIRED');
    // The variants locked in id order, then moved, from the order's lines: one statement, as ours.
    await tx.query(
      `WITH moves AS (SELECT variant_id AS id, -sum(quantity)::int AS quantity FROM order_items
                       WHERE order_id = $2 AND variant_id IS NOT NULL GROUP BY variant_id),
         locked AS MATERIALIZED (
           SELECT v.id FROM product_variants v WHERE v.id IN (SELECT id FROM moves) AND v.seller_id = $1
            ORDER BY v.id FOR UPDATE)
       UPDATE product_variants v SET stock_on_hand = greatest(v.stock_on_hand + m.quantity, 0)
         FROM moves m, locked l WHERE v.id = m.id AND l.id = v.id`,
      [viewer.sellerId, order.id],
    );
    const seller = await tx.query(
      `SELECT accept_within_business_days, ship_within_business_days, time_zone FROM sellers WHERE id = $1`,
      [viewer.sellerId],
    );
    const acceptedAt = new Date();
    const shipBy = endOfBusinessDaysAfter(
      acceptedAt,
      seller.rows[0].ship_within_business_days,
      seller.rows[0].time_zone,
    );
    const accepted = await tx.query<ChangedRow>(
      `UPDATE orders o SET status = 'ACCEPTED', accepted_at = $3, customer_id = $2, ship_by = $4,
              deadline_at = ${deadlineSql(`'ACCEPTED'`, '$4')}
        WHERE o.id = $1 RETURNING ${CHANGED_RETURNING}`,
      [order.id, customer.id, acceptedAt, shipBy],
    );
    await recordEvents(
      tx,
      viewer,
      [{ orderId: order.id, type: 'ORDER_ACCEPTED', summary: 'Order accepted', data: null }],
      ['order.accepted'],
    );
    return {
      acceptOrder: {
        order: changed(accepted.rows[0]!),
        customer: { id: customer.id, name: customer.name },
        userErrors: [],
      },
    };
  });
}

export async function takeNumber(tx: PoolClient, sellerId: string, kind: string): Promise<number> {
  const { rows } = await tx.query(
    `UPDATE seller_counters SET next_value = next_value + 1 WHERE seller_id = $1 AND kind = $2 RETURNING next_value - 1 AS n`,
    [sellerId, kind],
  );
  return rows[0].n;
}
