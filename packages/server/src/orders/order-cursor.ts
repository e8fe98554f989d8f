import type { SelectQueryBuilder } from 'typeorm';
import { isId } from '../common/ids';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/keyset-cursor';
import { OrderSort } from './order-sort';
import type { Order } from '../order-engine/order.entity';

/** A keyset position in the orders list: the sort key (null: no deadline) and the id. Opaque to clients. */
export type OrderCursor = { at: Date | null; id: string };

/** How one sort of the orders list orders its rows and pages through them. */
export type OrderKeyset = {
  encode(order: Order): string;
  /** The position a cursor names, or null when it is not a cursor of this sort. */
  decode(cursor: string): OrderCursor | null;
  /** Keeps the rows after the position (before it, going backward). */
  startAfter(query: SelectQueryBuilder<Order>, position: OrderCursor, backward: boolean): void;
  orderBy(query: SelectQueryBuilder<Order>, backward: boolean): void;
};

const newest: OrderKeyset = {
  encode: ({ placedAt, id }) => encodeKeysetCursor({ at: placedAt, id }),
  decode: (cursor) => decodeKeysetCursor(cursor),
  startAfter: (query, { at, id }, backward) =>
    query.andWhere(`(o.placed_at, o.id) ${backward ? '>' : '<'} (:cursorAt, :cursorId)`, {
      cursorAt: at,
      cursorId: id,
    }),
  orderBy: (query, backward) => {
    const direction = backward ? 'ASC' : 'DESC';
    query.orderBy('o.placed_at', direction).addOrderBy('o.id', direction);
  },
};

// Deadline cursors carry a tag, so a newest-first cursor is never mistaken for one (and back).
const DEADLINE_TAG = 'deadline';

/**
 * The DEADLINE sort key: the running deadline, orders without one last (at infinity). Indexed as is
 * (orders_deadline_idx on seller_id, this, id), so pages and deadline filters are index ranges.
 */
export const DEADLINE_SORT_KEY = `coalesce(o.deadline_at, 'infinity'::timestamptz)`;

/** Soonest running deadline first, orders without one last: (DEADLINE_SORT_KEY, id) ascending. */
const deadline: OrderKeyset = {
  encode: ({ deadlineAt, id }) =>
    Buffer.from(JSON.stringify([DEADLINE_TAG, deadlineAt?.toISOString() ?? null, id])).toString('base64url'),
  decode: (cursor) => {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== DEADLINE_TAG) return null;
      const [, at, id] = parsed as unknown[];
      if ((at !== null && typeof at !== 'string') || typeof id !== 'string' || !isId(id)) return null;
      const date = at === null ? null : new Date(at);
      return date && Number.isNaN(date.getTime()) ? null : { at: date, id };
    } catch {
      return null;
    }
  },
  startAfter: (query, { at, id }, backward) =>
    query.andWhere(
      `(${DEADLINE_SORT_KEY}, o.id) ${backward ? '<' : '>'} (coalesce(:cursorAt::timestamptz, 'infinity'), :cursorId)`,
      { cursorAt: at, cursorId: id },
    ),
  orderBy: (query, backward) => {
    const direction = backward ? 'DESC' : 'ASC';
    query.orderBy(DEADLINE_SORT_KEY, direction).addOrderBy('o.id', direction);
  },
};

export const ORDER_KEYSETS: Readonly<Record<OrderSort, OrderKeyset>> = {
  [OrderSort.NEWEST]: newest,
  [OrderSort.DEADLINE]: deadline,
};
