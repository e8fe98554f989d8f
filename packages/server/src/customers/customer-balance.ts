import type { DataSource } from 'typeorm';
import { OWED_STATUSES } from '../billing/payment-status';
import { keyIn, leanQuery } from '../common/lean-rows';
import { money, type Money } from '../common/money';
import { sqlList } from '../common/sql';

/**
 * What each customer owes the seller: the totals of the issued invoices still owed (OWED_STATUSES)
 * of the orders accepted for it, in the seller's currency (orders are priced in it); zero when none.
 * One statement for all the customers asked for, scoped to the seller (another's: an Error, for DataLoader).
 */
export async function openBalances(
  db: DataSource,
  sellerId: string,
  customerIds: readonly string[],
): Promise<(Money | Error)[]> {
  const { condition, parameter } = keyIn('c.id', customerIds);
  const rows = await leanQuery<{ id: string; currency: string; amount: string }>(
    db,
    `SELECT c.id, s.currency,
            coalesce((SELECT sum(i.total_amount) FROM orders o
                        JOIN invoices i ON i.order_id = o.id AND i.seller_id = o.seller_id
                       WHERE o.customer_id = c.id AND o.seller_id = c.seller_id AND i.currency = s.currency
                         AND i.status = 'ISSUED' AND i.payment_status IN ${sqlList(OWED_STATUSES)}), 0)::text AS amount
       FROM customers c JOIN sellers s ON s.id = c.seller_id
      WHERE ${condition} AND c.seller_id = $2`,
    [parameter, sellerId],
  );
  const balances = new Map(rows.map((row) => [row.id, money(Number(row.amount), row.currency)]));
  return customerIds.map((id) => balances.get(id) ?? new Error(`customer ${id} not found`));
}
