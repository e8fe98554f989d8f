import type { EntityManager } from 'typeorm';

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
  // Lock the variants in one order (by id) so two acceptances sharing products cannot deadlock.
  await tx.query(`SELECT 1 FROM product_variants WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
    [...byVariant.keys()],
  ]);
  await tx.query(
    `UPDATE product_variants v SET stock_on_hand = greatest(v.stock_on_hand + m.quantity, 0)
       FROM unnest($2::uuid[], $3::int[]) AS m(id, quantity)
      WHERE v.id = m.id AND v.seller_id = $1`,
    [sellerId, [...byVariant.keys()], [...byVariant.values()]],
  );
}
