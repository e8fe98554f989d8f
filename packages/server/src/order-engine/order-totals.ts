import type { EntityManager } from 'typeorm';
import { updateOrderReturning } from './order-lock';
import type { Order, OrderProperties } from './order.entity';

/**
 * Recomputes line count, subtotal and total of an order from its items, in the caller's transaction:
 * the one place order money is derived. (The database counts the new version, see order.entity.ts.)
 * Answers the order as it leaves it, with the `answer`'s properties.
 */
export function recalculateOrder(tx: EntityManager, orderId: string, answer: OrderProperties = null): Promise<Order> {
  return updateOrderReturning(
    tx,
    `UPDATE orders o
        SET subtotal_amount = t.subtotal,
            total_amount = t.subtotal + o.shipping_amount,
            item_count = t.lines
       FROM (SELECT coalesce(sum(line_total_amount), 0) AS subtotal, count(*) AS lines
               FROM order_items WHERE order_id = $1) t
      WHERE o.id = $1`,
    [orderId],
    answer,
  );
}
