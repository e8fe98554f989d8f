import type { DataSource } from 'typeorm';
import { Invoice } from '../invoices/invoice.entity';
import { Order } from '../order-engine/order.entity';
import type { Today } from './today.types';
import { overdueInvoiceSql } from '../invoices/invoice-overdue';

/** Which orders wait for which action: a condition on orders `o` (shipments `sh` left-joined). */
const ORDER_LISTS = {
  pending: { where: `o.status = 'PENDING'`, orderBy: { 'o.deadline_at': 'ASC', 'o.id': 'ASC' } },
  unshipped: { where: `o.status = 'ACCEPTED' AND sh.id IS NULL`, orderBy: { 'o.deadline_at': 'ASC', 'o.id': 'ASC' } },
  uninvoiced: {
    where: `o.status <> 'CANCELLED' AND sh.id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM invoices i WHERE i.order_id = o.id AND i.seller_id = o.seller_id AND i.status = 'ISSUED')`,
    orderBy: { 'sh.created_at': 'ASC', 'o.id': 'ASC' },
  },
} satisfies Record<string, { where: string; orderBy: Record<string, 'ASC' | 'DESC'> }>;

/** Which invoices need attention: a condition on issued invoices `i`. */
const INVOICE_LISTS = {
  failed: {
    where: `i.payment_method = 'CARD' AND i.payment_status = 'FAILED'`,
    orderBy: { 'i.issued_at': 'DESC', 'i.id': 'DESC' },
  },
  overdue: {
    where: overdueInvoiceSql('i'),
    orderBy: { 'i.due_on': 'ASC', 'i.id': 'ASC' },
  },
} satisfies Record<string, { where: string; orderBy: Record<string, 'ASC' | 'DESC'> }>;

type Counts = {
  pending: number;
  pending_late: number;
  unshipped: number;
  unshipped_late: number;
  uninvoiced: number;
  failed: number;
  overdue: number;
};

/**
 * The Today page: every count in two statements (one over orders, one over invoices), and each short
 * list in one more when asked for; the orders' relations then load through the request's loaders.
 */
export class TodayService {
  constructor(private readonly db: DataSource) {}

  async forSeller(sellerId: string, now: Date = new Date()): Promise<Today> {
    const [orderCounts] = await this.db.query<Record<string, string>[]>(
      `SELECT count(*) FILTER (WHERE ${ORDER_LISTS.pending.where}) AS pending,
              count(*) FILTER (WHERE ${ORDER_LISTS.pending.where} AND o.deadline_at < $2) AS pending_late,
              count(*) FILTER (WHERE ${ORDER_LISTS.unshipped.where}) AS unshipped,
              count(*) FILTER (WHERE ${ORDER_LISTS.unshipped.where} AND o.deadline_at < $2) AS unshipped_late,
              count(*) FILTER (WHERE ${ORDER_LISTS.uninvoiced.where}) AS uninvoiced
         FROM orders o LEFT JOIN shipments sh ON sh.order_id = o.id AND sh.seller_id = o.seller_id
        WHERE o.seller_id = $1 AND o.status IN ('PENDING', 'ACCEPTED')`,
      [sellerId, now],
    );
    const [invoiceCounts] = await this.db.query<Record<string, string>[]>(
      `SELECT count(*) FILTER (WHERE ${INVOICE_LISTS.failed.where}) AS failed,
              count(*) FILTER (WHERE ${INVOICE_LISTS.overdue.where}) AS overdue
         FROM invoices i WHERE i.seller_id = $1 AND i.status = 'ISSUED'`,
      [sellerId],
    );
    const counts = Object.fromEntries(
      Object.entries({ ...orderCounts, ...invoiceCounts }).map(([key, value]) => [key, Number(value)]),
    ) as Counts;
    const orders = (list: keyof typeof ORDER_LISTS) => (first: number) => this.orders(sellerId, list, first);
    const invoices = (list: keyof typeof INVOICE_LISTS) => (first: number) => this.invoices(sellerId, list, first);
    return {
      pendingOrders: { count: counts.pending, lateCount: counts.pending_late, list: orders('pending') },
      unshippedOrders: { count: counts.unshipped, lateCount: counts.unshipped_late, list: orders('unshipped') },
      // Invoicing has no deadline: nothing here is late.
      uninvoicedOrders: { count: counts.uninvoiced, lateCount: 0, list: orders('uninvoiced') },
      failedPayments: { count: counts.failed, list: invoices('failed') },
      overdueInvoices: { count: counts.overdue, list: invoices('overdue') },
    };
  }

  private async orders(sellerId: string, list: keyof typeof ORDER_LISTS, first: number): Promise<Order[]> {
    if (first === 0) return [];
    const { where, orderBy } = ORDER_LISTS[list];
    return this.db
      .getRepository(Order)
      .createQueryBuilder('o')
      .leftJoin('shipments', 'sh', 'sh.order_id = o.id AND sh.seller_id = o.seller_id')
      .where('o.seller_id = :sellerId', { sellerId })
      .andWhere(where)
      .orderBy(orderBy)
      .limit(first)
      .getMany();
  }

  private async invoices(sellerId: string, list: keyof typeof INVOICE_LISTS, first: number): Promise<Invoice[]> {
    if (first === 0) return [];
    const { where, orderBy } = INVOICE_LISTS[list];
    return this.db
      .getRepository(Invoice)
      .createQueryBuilder('i')
      .where('i.seller_id = :sellerId', { sellerId })
      .andWhere(`i.status = 'ISSUED'`)
      .andWhere(where)
      .orderBy(orderBy)
      .limit(first)
      .getMany();
  }
}
