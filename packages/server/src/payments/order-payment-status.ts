import type { EntityManager } from 'typeorm';
import { rows, sqlList } from '../common/sql';
import { PAID_STATUSES, PaymentStatus } from '../billing/payment-status';

/** The most urgent wins: an invoice waiting on something shows before the paid ones. */
const OPEN_PRECEDENCE = [
  PaymentStatus.PROCESSING,
  PaymentStatus.REQUIRES_ACTION,
  PaymentStatus.FAILED,
  PaymentStatus.UNPAID,
] as const;

/**
 * Sets an order's payment status from all its invoices and refunds: an open invoice's status first;
 * else PAID, or REFUNDED once refunds gave back everything paid; VOID for a cancelled order whose
 * invoices were voided; UNPAID while nothing is (or no longer is) invoiced.
 */
export async function rollUpOrderPayment(tx: EntityManager, orderId: string): Promise<PaymentStatus> {
  const [facts] = await rows<{
    statuses: PaymentStatus[];
    has_void: boolean;
    cancelled: boolean;
    paid: string;
    refunded: string;
  }>(
    tx,
    `SELECT coalesce(array_agg(i.payment_status) FILTER (WHERE i.status = 'ISSUED'), '{}') AS statuses,
            bool_or(i.status = 'VOID') IS TRUE AS has_void,
            (SELECT status = 'CANCELLED' FROM orders WHERE id = $1) AS cancelled,
            (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p JOIN invoices pi ON pi.id = p.invoice_id
              WHERE pi.order_id = $1 AND p.status IN ${sqlList(PAID_STATUSES)}) AS paid,
            (SELECT coalesce(sum(r.amount_minor), 0) FROM refunds r WHERE r.order_id = $1 AND r.status = 'SUCCEEDED') AS refunded
       FROM invoices i WHERE i.order_id = $1`,
    [orderId],
  );
  const { statuses, has_void: hasVoid, cancelled } = facts!;
  const paid = Number(facts!.paid);
  const status =
    OPEN_PRECEDENCE.find((open) => statuses.includes(open)) ??
    (paid > 0
      ? Number(facts!.refunded) >= paid
        ? PaymentStatus.REFUNDED
        : PaymentStatus.PAID
      : cancelled && hasVoid
        ? PaymentStatus.VOID
        : PaymentStatus.UNPAID);
  await tx.query(
    `UPDATE orders SET payment_status = $2
      WHERE id = $1 AND payment_status IS DISTINCT FROM $2`,
    [orderId, status],
  );
  return status;
}
