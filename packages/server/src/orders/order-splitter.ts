import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { SellerCounterKind } from '../sellers/seller-counter.entity';
import { takeNextNumber } from '../sellers/seller-counters';
import { runningDeadlineSql } from '../order-engine/order-deadline-dates';
import { updateOrderReturning } from '../order-engine/order-lock';
import type { Order, OrderProperties } from '../order-engine/order.entity';
import type { SplitMove } from './split-plan';

/**
 * Creates the order that split items move to: the next order number, the same buyer, customer,
 * addresses, payment method, placement time and status (a split of an accepted order is accepted,
 * not yet invoiced), linked to its parent, with the parent's deadlines (running from the same
 * placement and acceptance; it has no shipment yet). A line moving in part stays with what is left,
 * and a new line with the moved units goes. Answers the new order's id, seller and number, and the
 * new order with what `answer` selects of it; the caller recomputes the parent's totals.
 */
export async function splitItemsIntoNewOrder(
  tx: EntityManager,
  parent: Order,
  moves: SplitMove[],
  answer: OrderProperties = null,
): Promise<Pick<Order, 'id' | 'sellerId' | 'number'> & { order: Order }> {
  const parts = moves.filter((move) => !move.whole);
  const peeled = parts.length === 0 ? [] : await peelOff(tx, parts);
  const number = await takeNextNumber(tx, parent.sellerId, SellerCounterKind.ORDER_NUMBER);
  const [created] = await rows<{ id: string }>(
    tx,
    `INSERT INTO orders (
       seller_id, number, buyer_id, buyer_name, customer_id, parent_order_id, status, accepted_at, payment_method, payment_status,
       currency, subtotal_amount, shipping_amount, total_amount, item_count,
       shipping_name, shipping_company, shipping_line1, shipping_line2, shipping_city, shipping_region,
       shipping_postal_code, shipping_country, shipping_phone,
       billing_name, billing_company, billing_line1, billing_line2, billing_city, billing_region,
       billing_postal_code, billing_country, billing_phone,
       buyer_note, placed_at, accept_by, ship_by, deadline_at)
     SELECT seller_id, $2, buyer_id, buyer_name, customer_id, id, status, accepted_at, payment_method, 'UNPAID',
       currency, 0, 0, 0, 0,
       shipping_name, shipping_company, shipping_line1, shipping_line2, shipping_city, shipping_region,
       shipping_postal_code, shipping_country, shipping_phone,
       billing_name, billing_company, billing_line1, billing_line2, billing_city, billing_region,
       billing_postal_code, billing_country, billing_phone,
       buyer_note, placed_at, accept_by, ship_by, ${runningDeadlineSql('p', { hasShipment: 'false' })}
       FROM orders p WHERE p.id = $1
     RETURNING id`,
    [parent.id, number],
  );
  // Moved lines keep their relative order, numbered from 0 on the new order, whose totals are theirs.
  // The items come as an array joined with unnest, not `= ANY($2)`, so that the statement is prepared
  // (db/prepared-statements.ts): they are found by their key, which a generic plan probes as well, and
  // planning its RETURNING (the answer's columns, the related facts when selected) on every split took
  // PostgreSQL more than running it.
  const order = await updateOrderReturning(
    tx,
    `WITH moved AS (
       UPDATE order_items i SET order_id = $1, position = m.position
         FROM (SELECT id, row_number() OVER (ORDER BY position) - 1 AS position FROM order_items
                WHERE id IN (SELECT unnest($2::uuid[]))) m
        WHERE i.id = m.id
       RETURNING i.line_total_amount)
     UPDATE orders o SET subtotal_amount = t.subtotal, total_amount = t.subtotal, item_count = t.lines
       FROM (SELECT coalesce(sum(line_total_amount), 0) AS subtotal, count(*) AS lines FROM moved) t
      WHERE o.id = $1`,
    [created!.id, [...moves.filter((move) => move.whole).map((move) => move.id), ...peeled]],
    answer,
  );
  return { id: created!.id, sellerId: parent.sellerId, number, order };
}

/**
 * Takes the moving units off each partly moving line (its total follows its quantity) into a new line
 * beside it with the same snapshot of name and price; answers the new lines' IDs.
 */
async function peelOff(tx: EntityManager, parts: SplitMove[]): Promise<string[]> {
  const created = await rows<{ id: string }>(
    tx,
    `WITH kept AS (
       UPDATE order_items i SET quantity = i.quantity - m.moved, line_total_amount = i.unit_price_amount * (i.quantity - m.moved)
         FROM unnest($1::uuid[], $2::int[]) AS m(id, moved)
        WHERE i.id = m.id
       RETURNING i.seller_id, i.order_id, i.variant_id, i.sku, i.product_name, i.variant_name, i.unit_price_amount,
                 i.currency, i.position, m.moved)
     INSERT INTO order_items (seller_id, order_id, variant_id, sku, product_name, variant_name, unit_price_amount,
                              currency, quantity, line_total_amount, position)
     SELECT seller_id, order_id, variant_id, sku, product_name, variant_name, unit_price_amount,
            currency, moved, unit_price_amount * moved, position
       FROM kept
     RETURNING id`,
    [parts.map((part) => part.id), parts.map((part) => part.quantity)],
  );
  return created.map((row) => row.id);
}
