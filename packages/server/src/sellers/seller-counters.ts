import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import type { SellerCounterKind } from './seller-counter.entity';

/**
 * Takes the next number of a seller's series. The UPDATE locks the counter row until the transaction
 * ends, so concurrent takers queue up, and a rollback gives the number back: unique and gapless.
 */
export async function takeNextNumber(tx: EntityManager, sellerId: string, kind: SellerCounterKind): Promise<number> {
  const [row] = await rows<{ value: number }>(
    tx,
    `UPDATE seller_counters SET next_value = next_value + 1
      WHERE seller_id = $1 AND kind = $2
      RETURNING next_value - 1 AS value`,
    [sellerId, kind],
  );
  if (!row) throw new Error(`seller ${sellerId} has no ${kind} counter`);
  return row.value;
}
