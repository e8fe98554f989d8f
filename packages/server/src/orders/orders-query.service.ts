import { escapeLike } from '../common/sql';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/connection';
import { isId } from '../common/ids';
import { userInputError } from '../common/api-errors';
import { deadlineBoundaries } from '../sellers/business-days';
import { Seller } from '../sellers/seller.entity';
import { DEADLINE_SORT_KEY, ORDER_KEYSETS, type OrderCursor } from './order-cursor';
import type { OrderConnection, OrderStatusCounts } from './order-connection';
import { deadlineRange } from '../order-engine/order-deadline-status';
import type { OrderFilter } from './order-filter.input';
import { OrderSort } from './order-sort';
import { OrderStatus } from '../order-engine/order-status';
import { Order } from '../order-engine/order.entity';
import { overdueInvoiceSql } from '../invoices/invoice-overdue';
import { sellerTodaySql } from '../sellers/seller-today';

export type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };

/** Reads of a seller's orders: the keyset-paginated list and the counts behind the status tabs. */
export class OrdersQueryService {
  constructor(private readonly db: DataSource) {}

  async findById(sellerId: string, id: string): Promise<Order | null> {
    if (!isId(id)) return null;
    return this.db.getRepository(Order).findOne({ where: { id, sellerId } });
  }

  async list(
    sellerId: string,
    filter: OrderFilter | null | undefined,
    page: PageArgs,
    sort: OrderSort = OrderSort.NEWEST,
  ): Promise<OrderConnection> {
    const keyset = ORDER_KEYSETS[sort];
    const { size, cursor, backward } = parsePage(page, keyset.decode);
    const query = await this.filtered(sellerId, filter);
    const countQuery = query.clone();
    if (cursor) keyset.startAfter(query, cursor, backward);
    keyset.orderBy(query, backward);
    const rows = await query.limit(size + 1).getMany();
    const hasMore = rows.length > size;
    const nodes = rows.slice(0, size);
    if (backward) nodes.reverse();
    const edges = nodes.map((node) => ({ node, cursor: keyset.encode(node) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: backward ? cursor !== null : hasMore,
        hasPreviousPage: backward ? hasMore : cursor !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countTotal: () => countQuery.getCount(),
    };
  }

  /** The filtered list in `sort` order, unpaged: what the CSV export streams. */
  async sorted(
    sellerId: string,
    filter: OrderFilter | null | undefined,
    sort: OrderSort,
  ): Promise<SelectQueryBuilder<Order>> {
    const query = await this.filtered(sellerId, filter);
    ORDER_KEYSETS[sort].orderBy(query, false);
    return query;
  }

  /** Counts per status for the tabs; the filter's own status is ignored so every tab shows its count. */
  async statusCounts(sellerId: string, filter: OrderFilter | null | undefined): Promise<OrderStatusCounts> {
    const rows: { status: OrderStatus; count: string }[] = await (
      await this.filtered(sellerId, { ...filter, status: null })
    )
      .select('o.status', 'status')
      .addSelect('count(*)', 'count')
      .groupBy('o.status')
      .getRawMany();
    const counts = new Map(rows.map((r) => [r.status, Number(r.count)]));
    const byStatus = Object.values(OrderStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
    return { all: byStatus.reduce((sum, s) => sum + s.count, 0), byStatus };
  }

  private async filtered(sellerId: string, filter: OrderFilter | null | undefined): Promise<SelectQueryBuilder<Order>> {
    const q = this.db.getRepository(Order).createQueryBuilder('o').where('o.seller_id = :sellerId', { sellerId });
    if (!filter) return q;
    if (filter.status) q.andWhere('o.status = :status', { status: filter.status });
    if (filter.paymentStatus) q.andWhere('o.payment_status = :paymentStatus', { paymentStatus: filter.paymentStatus });
    if (filter.buyerId) {
      // An ID that cannot exist matches nothing, exactly like an unknown one.
      if (!isId(filter.buyerId)) q.andWhere('false');
      else q.andWhere('o.buyer_id = :buyerId', { buyerId: filter.buyerId });
    }
    if (filter.placedFrom) q.andWhere('o.placed_at >= :placedFrom', { placedFrom: filter.placedFrom });
    if (filter.placedTo) q.andWhere('o.placed_at < :placedTo', { placedTo: filter.placedTo });
    if (filter.overdue != null) {
      q.andWhere(
        `${filter.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id AND i.seller_id = o.seller_id
           AND ${overdueInvoiceSql('i', sellerTodaySql(':sellerId'))})`,
      );
    }
    const search = filter.search?.trim();
    if (search) {
      if (search.length > 100)
        throw userInputError('Search text is too long (100 characters at most).', ['filter', 'search']);
      const number = /^#?(\d{1,9})$/.exec(search)?.[1];
      const name = `%${escapeLike(search)}%`;
      if (number) q.andWhere('(o.number = :number OR o.buyer_name ILIKE :name)', { number: Number(number), name });
      else q.andWhere('o.buyer_name ILIKE :name', { name });
    }
    if (filter.deadlineStatus) {
      // Deadline statuses are counted in the seller's time zone, as of now.
      const { timeZone } = await this.db.getRepository(Seller).findOneByOrFail({ id: sellerId });
      const { from, before } = deadlineRange(filter.deadlineStatus, deadlineBoundaries(new Date(), timeZone));
      // On the sort key, so the range is one of its index; infinity (no deadline) is never in it.
      if (from) q.andWhere(`${DEADLINE_SORT_KEY} >= :deadlineFrom`, { deadlineFrom: from });
      q.andWhere(`${DEADLINE_SORT_KEY} < coalesce(:deadlineBefore::timestamptz, 'infinity')`, {
        deadlineBefore: before,
      });
    }
    return q;
  }
}

function parsePage(
  { first, after, last, before }: PageArgs,
  decodeCursor: (cursor: string) => OrderCursor | null,
): {
  size: number;
  cursor: OrderCursor | null;
  backward: boolean;
} {
  if (first != null && last != null) throw userInputError('Pass either first or last, not both.', ['first']);
  if (after != null && before != null) throw userInputError('Pass either after or before, not both.', ['after']);
  const backward = last != null || before != null;
  const size = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw userInputError(`Page size must be between 1 and ${MAX_PAGE_SIZE}.`, [backward ? 'last' : 'first']);
  }
  const raw = backward ? before : after;
  if (raw == null) return { size, cursor: null, backward };
  const cursor = decodeCursor(raw);
  if (!cursor)
    throw userInputError('This cursor is not valid; start from the first page.', [backward ? 'before' : 'after']);
  return { size, cursor, backward };
}
