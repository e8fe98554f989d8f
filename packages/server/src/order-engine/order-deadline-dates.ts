import type { EntityManager } from 'typeorm';
import { endOfBusinessDaysAfter } from '../sellers/business-days';
import type { Seller } from '../sellers/seller.entity';

type Windows = Pick<Seller, 'acceptWithinBusinessDays' | 'shipWithinBusinessDays' | 'timeZone'>;

/** Accept by: the seller's accept window (as set at placement) counted from the placement day. */
export const acceptByFor = (seller: Windows, placedAt: Date): Date =>
  endOfBusinessDaysAfter(placedAt, seller.acceptWithinBusinessDays, seller.timeZone);

/** Ship by: the seller's ship window (as set at acceptance) counted from the acceptance day. */
export const shipByFor = (seller: Windows, acceptedAt: Date): Date =>
  endOfBusinessDaysAfter(acceptedAt, seller.shipWithinBusinessDays, seller.timeZone);

/**
 * Keeps the order's running deadline (`deadline_at`, which the list sorts and filters on) in step
 * with its state: accept-by while pending, ship-by while accepted with no shipment saved, else none.
 * Every change of status or shipment calls it in its own transaction.
 */
export async function refreshRunningDeadline(tx: EntityManager, orderIds: string[]): Promise<void> {
  await tx.query(
    `UPDATE orders o SET deadline_at = CASE
       WHEN o.status = 'PENDING' THEN o.accept_by
       WHEN o.status = 'ACCEPTED' AND NOT EXISTS (SELECT 1 FROM shipments sh WHERE sh.order_id = o.id) THEN o.ship_by
     END
     WHERE o.id = ANY($1)`,
    [orderIds],
  );
}
