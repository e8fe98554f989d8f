import { isId } from '../common/ids';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/keyset-cursor';
import { OrderSort } from './order-sort';
import type { Order } from '../order-engine/order.entity';

/** A keyset position in the orders list: the sort key (null: no deadline) and the id. Opaque to clients. */
export type OrderCursor = { at: Date | null; id: string };

/** Adds a parameter to a statement being built and answers its placeholder ($n). */
export type Param = (value: unknown) => string;

/** How one sort of the orders list (orders `o`) orders its rows and pages through them, in SQL. */
export type OrderKeyset = {
  /** The properties `encode` reads. */
  reads: readonly (keyof Order & string)[];
  encode(order: Pick<Order, 'id' | 'placedAt' | 'deadlineAt'>): string;
  /** The position a cursor names, or null when it is not a cursor of this sort. */
  decode(cursor: string): OrderCursor | null;
  /** The condition keeping the rows after the position (before it, going backward). */
  startAfter(position: OrderCursor, backward: boolean, param: Param): string;
  /** The ORDER BY list. */
  orderBy(backward: boolean): string;
};

const newest: OrderKeyset = {
  reads: ['id', 'placedAt'],
  encode: ({ placedAt, id }) => encodeKeysetCursor({ at: placedAt, id }),
  decode: (cursor) => decodeKeysetCursor(cursor),
  startAfter: ({ at, id }, backward, param) =>
    `(o.placed_at, o.id) ${backward ? '>' : '<'} (${param(at)}, ${param(id)})`,
  orderBy: (backward) => {
    const direction = backward ? 'ASC' : 'DESC';
    return `o.placed_at ${direction}, o.id ${direction}`;
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
  reads: ['id', 'deadlineAt'],
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
  startAfter: ({ at, id }, backward, param) =>
    `(${DEADLINE_SORT_KEY}, o.id) ${backward ? '<' : '>'} (coalesce(${param(at)}::timestamptz, 'infinity'), ${param(id)})`,
  orderBy: (backward) => {
    const direction = backward ? 'DESC' : 'ASC';
    return `${DEADLINE_SORT_KEY} ${direction}, o.id ${direction}`;
  },
};

export const ORDER_KEYSETS: Readonly<Record<OrderSort, OrderKeyset>> = {
  [OrderSort.NEWEST]: newest,
  [OrderSort.DEADLINE]: deadline,
};
