import { OWED_STATUSES } from '../billing/payment-status';
import { sqlList } from '../common/sql';
import { sellerTodaySql } from '../sellers/seller-today';

/**
 * Overdue, the one definition: an issued invoice still owed (OWED_STATUSES) whose due
 * date is before the seller's today. Card invoices have no due date, so only terms invoices are ever
 * overdue. Invoice.overdue, the orders list's filter and Today all use this SQL; `invoice` is the
 * invoices table's alias, `sellerToday` an SQL date (default: the invoice's seller's today).
 */
export const overdueInvoiceSql = (invoice: string, sellerToday = sellerTodaySql(`${invoice}.seller_id`)): string =>
  `(${invoice}.status = 'ISSUED' AND ${invoice}.payment_status IN ${sqlList(OWED_STATUSES)}
    AND ${invoice}.due_on < ${sellerToday})`;
