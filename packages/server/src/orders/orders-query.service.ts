import type { DataSource } from 'typeorm';
import type { Page } from '../common/connection';
import { isId } from '../common/ids';
import { readPage, searchPattern, SqlConditions, type PageArgs } from '../common/keyset-page';
import { leanQuery, LeanEntity } from '../common/lean-rows';
import { deadlineBoundaries } from '../sellers/business-days';
import { DEADLINE_SORT_KEY, ORDER_KEYSETS } from './order-cursor';
import type { OrderStatusCounts } from './order-connection';
import { deadlineRange } from '../order-engine/order-deadline-status';
import type { OrderFilter } from './order-filter.input';
import { OrderSort } from './order-sort';
import { OrderStatus } from '../order-engine/order-status';
import { Order, type OrderProperties } from '../order-engine/order.entity';
import { overdueInvoiceSql } from '../invoices/invoice-overdue';
import { sellerTodaySql } from '../sellers/seller-today';

/**
 * Reads of a seller's orders: the keyset-paginated list and the counts behind the status tabs, in
 * hand-written SQL reading only the columns the answer needs (LeanEntity builds the orders).
 */
export class OrdersQueryService {
  private readonly orders: LeanEntity<Order>;

  constructor(private readonly db: DataSource) {
    this.orders = LeanEntity.of(db, Order);
  }

  async findById(sellerId: string, id: string, properties: OrderProperties = null): Promise<Order | null> {
    if (!isId(id)) return null;
    const plan = this.orders.planFor('o', properties);
    const [row] = await leanQuery<Record<string, unknown>>(
      this.db,
      `SELECT ${plan.select} FROM orders o WHERE o.id = $1 AND o.seller_id = $2`,
      [id, sellerId],
    );
    return row ? this.orders.hydrate(row, plan) : null;
  }

  async list(
    sellerId: string,
    filter: OrderFilter | null | undefined,
    page: PageArgs,
    sort: OrderSort = OrderSort.NEWEST,
    properties: OrderProperties = null,
  ): Promise<Page<Order>> {
    const keyset = ORDER_KEYSETS[sort];
    const plan = this.orders.planFor('o', properties && new Set([...properties, ...keyset.reads]));
    return readPage(this.db, {
      select: plan.select,
      from: 'orders o',
      filter: await this.filtered(sellerId, filter),
      keyset,
      page,
      build: (row) => this.orders.hydrate(row, plan),
    });
  }

  /** The filtered list in `sort` order, unpaged (orders `o`, no select list): what the CSV export streams. */
  async sorted(
    sellerId: string,
    filter: OrderFilter | null | undefined,
    sort: OrderSort,
  ): Promise<{ fromWhereOrder: string; parameters: unknown[] }> {
    const statement = await this.filtered(sellerId, filter);
    const keyset = ORDER_KEYSETS[sort];
    if (keyset.visible) statement.conditions.push(keyset.visible);
    return {
      fromWhereOrder: `FROM orders o WHERE ${statement.where} ORDER BY ${keyset.orderBy(false)}`,
      parameters: statement.parameters,
    };
  }

  /** Counts per status for the tabs; the filter's own status is ignored so every tab shows its count. */
  async statusCounts(sellerId: string, filter: OrderFilter | null | undefined): Promise<OrderStatusCounts> {
    const statement = await this.filtered(sellerId, { ...filter, status: null });
    const rows = await leanQuery<{ status: OrderStatus; count: number }>(
      this.db,
      `SELECT o.status, count(*)::int AS count FROM orders o WHERE ${statement.where} GROUP BY o.status`,
      statement.parameters,
    );
    const counts = new Map(rows.map((r) => [r.status, r.count]));
    const byStatus = Object.values(OrderStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
    return { all: byStatus.reduce((sum, s) => sum + s.count, 0), byStatus };
  }

  private async filtered(sellerId: string, filter: OrderFilter | null | undefined): Promise<SqlConditions> {
    const q = new SqlConditions();
    const { conditions: and, param } = q;
    const seller = param(sellerId);
    and.push(`o.seller_id = ${seller}`);
    if (!filter) return q;
    if (filter.status) and.push(`o.status = ${param(filter.status)}`);
    if (filter.paymentStatus) and.push(`o.payment_status = ${param(filter.paymentStatus)}`);
    if (filter.buyerId) {
      // An ID that cannot exist matches nothing, exactly like an unknown one.
      and.push(isId(filter.buyerId) ? `o.buyer_id = ${param(filter.buyerId)}` : 'false');
    }
    if (filter.customerId) and.push(isId(filter.customerId) ? `o.customer_id = ${param(filter.customerId)}` : 'false');
    if (filter.placedFrom) and.push(`o.placed_at >= ${param(filter.placedFrom)}`);
    if (filter.placedTo) and.push(`o.placed_at < ${param(filter.placedTo)}`);
    if (filter.updatedSince) and.push(`o.updated_at >= ${param(filter.updatedSince)}`);
    if (filter.overdue != null) {
      and.push(
        `${filter.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id AND i.seller_id = o.seller_id
           AND ${overdueInvoiceSql('i', sellerTodaySql(seller))})`,
      );
    }
    const pattern = searchPattern(filter.search, ['filter', 'search']);
    if (pattern) {
      const number = /^#?(\d{1,9})$/.exec(filter.search?.trim() ?? '')?.[1];
      const name = param(pattern);
      and.push(
        number ? `(o.number = ${param(Number(number))} OR o.buyer_name ILIKE ${name})` : `o.buyer_name ILIKE ${name}`,
      );
    }
    if (filter.deadlineStatus) {
      // Deadline statuses are counted in the seller's time zone, as of now.
      const [seller] = await leanQuery<{ time_zone: string }>(this.db, `SELECT time_zone FROM sellers WHERE id = $1`, [
        sellerId,
      ]);
      if (!seller) throw new Error(`seller ${sellerId} not found`);
      const { from, before } = deadlineRange(filter.deadlineStatus, deadlineBoundaries(new Date(), seller.time_zone));
      // On the sort key, so the range is one of its index; infinity (no deadline) is never in it.
      if (from) and.push(`${DEADLINE_SORT_KEY} >= ${param(from)}`);
      and.push(`${DEADLINE_SORT_KEY} < coalesce(${param(before)}::timestamptz, 'infinity')`);
    }
    return q;
  }
}
