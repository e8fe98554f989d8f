import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';

/**
 * Moves stock on hand by per-variant quantities, `moves` an SQL relation of (id, quantity) over
 * parameters $2…: the variants are locked in one order (by id, a materialized locking read the UPDATE
 * joins), so two acceptances sharing products cannot deadlock, and updated, in one statement.
 */
const moveStockSql = (moves: string) => `WITH moves AS (${moves}),
    locked AS MATERIALIZED (
      SELECT v.id FROM product_variants v WHERE v.id IN (SELECT id FROM moves) AND v.seller_id = $1
       ORDER BY v.id FOR UPDATE)
  UPDATE product_variants v SET stock_on_hand = greatest(v.stock_on_hand + m.quantity, 0)
    FROM moves m, locked l
   WHERE v.id = m.id AND l.id = v.id`;

/**
 * Moves stock on hand by per-variant quantities (negative: taken for an accepted order; positive: put
 * back). Accepting an order commits its goods, so what is on hand is what is still free to sell. Stock
 * never goes below zero: an oversold variant stays at zero rather than refusing the order.
 */
export async function moveStock(
  tx: EntityManager,
  sellerId: string,
  moves: { variantId: string | null; quantity: number }[],
): Promise<void> {
  const byVariant = new Map<string, number>();
  for (const move of moves) {
    if (move.variantId && move.quantity !== 0)
      byVariant.set(move.variantId, (byVariant.get(move.variantId) ?? 0) + move.quantity);
  }
  if (byVariant.size === 0) return;
  await rows(tx, moveStockSql(`SELECT * FROM unnest($2::uuid[], $3::int[]) AS m(id, quantity)`), [
    sellerId,
    [...byVariant.keys()],
    [...byVariant.values()],
  ]);
}

const TAKE_STOCK_OF_ORDER = moveStockSql(`SELECT variant_id AS id, -sum(quantity)::int AS quantity FROM order_items
                                           WHERE order_id = $2 AND variant_id IS NOT NULL GROUP BY variant_id`);

/** Takes the goods of an order's lines from stock (moveStock, with the lines read in the same statement). */
export async function takeStockOfOrder(tx: EntityManager, sellerId: string, orderId: string): Promise<void> {
  await rows(tx, TAKE_STOCK_OF_ORDER, [sellerId, orderId]);
}
