import type { SelectQueryBuilder } from 'typeorm';
import { isId } from '../common/ids';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/keyset-cursor';
import { OrderSort } from './order-sort';
import type { Order } from './order.entity';

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

/** Soonest running deadline first, orders without one last: (deadline_at ASC NULLS LAST, id ASC). */
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
  startAfter: (query, { at, id }, backward) => {
    const params = { cursorAt: at, cursorId: id };
    if (at === null) {
      query.andWhere(
        backward ? '(o.deadline_at IS NOT NULL OR o.id < :cursorId)' : '(o.deadline_at IS NULL AND o.id > :cursorId)',
        params,
      );
    } else {
      query.andWhere(
        backward
          ? '(o.deadline_at, o.id) < (:cursorAt, :cursorId)'
          : '((o.deadline_at, o.id) > (:cursorAt, :cursorId) OR o.deadline_at IS NULL)',
        params,
      );
    }
  },
  orderBy: (query, backward) => {
    query
      .orderBy('o.deadline_at', backward ? 'DESC' : 'ASC', backward ? 'NULLS FIRST' : 'NULLS LAST')
      .addOrderBy('o.id', backward ? 'DESC' : 'ASC');
  },
};

export const ORDER_KEYSETS: Readonly<Record<OrderSort, OrderKeyset>> = {
  [OrderSort.NEWEST]: newest,
  [OrderSort.DEADLINE]: deadline,
};
