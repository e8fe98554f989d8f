import { OWED_STATUSES, PAID_STATUSES } from '../billing/payment-status';
import { sqlList } from '../common/sql';
import type { OrderFacts } from './order-state-machine';
import type { OrderStatus } from './order-status';

type Queryable = { query: (sql: string, parameters?: unknown[]) => Promise<unknown> };

type FactsRow = {
  order_id: string;
  number: number;
  status: OrderStatus;
  total_amount: string;
  has_shipment: boolean;
  issued_invoices: number;
  has_open_invoice: boolean;
  has_paid_invoice: boolean;
  payment_in_progress: boolean;
  net_billed: string;
};

/**
 * The facts the state machine's guards read, for many orders in one statement: used under the order's
 * lock inside a change (exact), and by the loaders to list the actions the dashboard shows.
 */
export async function loadOrderFacts(db: Queryable, orderIds: readonly string[]): Promise<Map<string, OrderFacts>> {
  const found = (await db.query(
    `SELECT o.id AS order_id, o.number, o.status, o.total_amount,
            EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id) AS has_shipment,
            (SELECT count(*)::int FROM invoices i WHERE i.order_id = o.id AND i.status = 'ISSUED') AS issued_invoices,
            EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id AND i.status = 'ISSUED'
                     AND i.payment_status IN ${sqlList(OWED_STATUSES)})
              AS has_open_invoice,
            EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id AND i.status = 'ISSUED'
                     AND i.payment_status IN ${sqlList(PAID_STATUSES)})
              AS has_paid_invoice,
            EXISTS (SELECT 1 FROM payments p JOIN invoices i ON i.id = p.invoice_id
                     WHERE i.order_id = o.id AND p.status = 'PROCESSING') AS payment_in_progress,
            coalesce((SELECT sum(total_amount) FROM invoices i WHERE i.order_id = o.id AND i.status = 'ISSUED'), 0)
              - coalesce((SELECT sum(total_amount) FROM credit_notes c WHERE c.order_id = o.id), 0) AS net_billed
       FROM orders o WHERE o.id = ANY($1::uuid[])`,
    [orderIds],
  )) as FactsRow[];
  return new Map(
    found.map((row) => [
      row.order_id,
      {
        number: row.number,
        status: row.status,
        hasShipment: row.has_shipment,
        issuedInvoices: row.issued_invoices,
        hasOpenInvoice: row.has_open_invoice,
        hasPaidInvoice: row.has_paid_invoice,
        paymentInProgress: row.payment_in_progress,
        amountToInvoice: Number(row.total_amount) - Number(row.net_billed),
      },
    ]),
  );
}
