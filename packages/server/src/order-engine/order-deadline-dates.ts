import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { endOfBusinessDaysAfter } from '../sellers/business-days';
import type { Seller } from '../sellers/seller.entity';

type Windows = Pick<Seller, 'acceptWithinBusinessDays' | 'shipWithinBusinessDays' | 'timeZone'>;

/** The seller's deadline windows and time zone, as set now. */
export async function deadlineWindowsOf(tx: EntityManager, sellerId: string): Promise<Windows> {
  const [windows] = await rows<Windows>(
    tx,
    `SELECT accept_within_business_days AS "acceptWithinBusinessDays",
            ship_within_business_days AS "shipWithinBusinessDays", time_zone AS "timeZone"
       FROM sellers WHERE id = $1`,
    [sellerId],
  );
  if (!windows) throw new Error(`seller ${sellerId} does not exist`);
  return windows;
}

/** Accept by: the seller's accept window (as set at placement) counted from the placement day. */
export const acceptByFor = (seller: Windows, placedAt: Date): Date =>
  endOfBusinessDaysAfter(placedAt, seller.acceptWithinBusinessDays, seller.timeZone);

/** Ship by: the seller's ship window (as set at acceptance) counted from the acceptance day. */
export const shipByFor = (seller: Windows, acceptedAt: Date): Date =>
  endOfBusinessDaysAfter(acceptedAt, seller.shipWithinBusinessDays, seller.timeZone);

/** What the running deadline depends on, as SQL expressions (by default the columns of the row). */
export type DeadlineInputs = { status?: string; acceptBy?: string; shipBy?: string; hasShipment?: string };

/**
 * The order's running deadline (`deadline_at`, which the list sorts and filters on) as SQL over the
 * orders row `o`: accept-by while pending, ship-by while accepted with no shipment saved, else none.
 * The one rule: a change of status or shipment sets `deadline_at` to it in the UPDATE that makes the
 * change, passing the new values where the row still has the old ones (an UPDATE's SET sees the row
 * as it was).
 */
export const runningDeadlineSql = (o: string, inputs: DeadlineInputs = {}): string => {
  const {
    status = `${o}.status`,
    acceptBy = `${o}.accept_by`,
    shipBy = `${o}.ship_by`,
    hasShipment = `EXISTS (SELECT 1 FROM shipments sh WHERE sh.order_id = ${o}.id)`,
  } = inputs;
  return `CASE WHEN ${status} = 'PENDING' THEN ${acceptBy}
    WHEN ${status} = 'ACCEPTED' AND NOT ${hasShipment} THEN ${shipBy} END`;
};

/** Sets the running deadline of orders from their rows as they are (for changes that write it apart). */
export async function refreshRunningDeadline(tx: EntityManager, orderIds: string[]): Promise<void> {
  await tx.query(`UPDATE orders o SET deadline_at = ${runningDeadlineSql('o')} WHERE o.id = ANY($1)`, [orderIds]);
}
