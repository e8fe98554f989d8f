import { OWED_STATUSES, PAID_STATUSES } from '../billing/payment-status';
import type { EntityManager } from 'typeorm';
import { rows, sqlList } from '../common/sql';
import type { OrderFacts } from './order-state-machine';

/** What the order's state table reads besides the order row: its shipment, invoices and payments. */
export type OrderRelatedFacts = Omit<OrderFacts, 'number' | 'status'>;

/**
 * The related facts of the order row `o`, as one SQL json value. Read in the same statement as the
 * row (Order.relatedFacts), the actions offered always agree with the status and payment status
 * beside them in an answer.
 */
export const orderFactsSql = (o: string): string => `json_build_object(
    'hasShipment', EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = ${o}.id),
    'issuedInvoices', (SELECT count(*)::int FROM invoices i WHERE i.order_id = ${o}.id AND i.status = 'ISSUED'),
    'hasOpenInvoice', EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = ${o}.id AND i.status = 'ISSUED'
                               AND i.payment_status IN ${sqlList(OWED_STATUSES)}),
    'hasPaidInvoice', EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = ${o}.id AND i.status = 'ISSUED'
                               AND i.payment_status IN ${sqlList(PAID_STATUSES)}),
    'paymentInProgress', EXISTS (SELECT 1 FROM payments p JOIN invoices i ON i.id = p.invoice_id
                                  WHERE i.order_id = ${o}.id AND p.status = 'PROCESSING'),
    'amountToInvoice', ${o}.total_amount
      - coalesce((SELECT sum(total_amount) FROM invoices i WHERE i.order_id = ${o}.id AND i.status = 'ISSUED'), 0)
      + coalesce((SELECT sum(total_amount) FROM credit_notes c WHERE c.order_id = ${o}.id), 0))`;

/** The state table's facts of an order read with its related facts. */
export const factsOf = (
  order: Pick<OrderFacts, 'number' | 'status'> & { relatedFacts: OrderRelatedFacts },
): OrderFacts => ({
  number: order.number,
  status: order.status,
  ...order.relatedFacts,
});

const ORDER_FACTS = `SELECT o.number, o.status, ${orderFactsSql('o')} AS "relatedFacts" FROM orders o WHERE o.id = $1`;

/**
 * The facts of one order, read on their own: under the order's lock, after it is taken (a locking
 * read's subqueries would see the database as it was before the read waited for the lock).
 */
export async function loadOrderFacts(tx: EntityManager, orderId: string): Promise<OrderFacts> {
  const [row] = await rows<Pick<OrderFacts, 'number' | 'status'> & { relatedFacts: OrderRelatedFacts }>(
    tx,
    ORDER_FACTS,
    [orderId],
  );
  if (!row) throw new Error(`order ${orderId} does not exist`);
  return factsOf(row);
}
