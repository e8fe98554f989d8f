import { isId } from '../common/ids';
import { isoInstant } from '../common/iso-instant';
import {
  decodeKeysetCursor,
  decodeTaggedCursor,
  encodeKeysetCursor,
  encodeTaggedCursor,
} from '../common/keyset-cursor';
import type { Keyset } from '../common/keyset';
import { OrderSort } from './order-sort';
import type { Order } from '../order-engine/order.entity';

/** A keyset position in the orders list: the sort key (null: no deadline) and the id. Opaque to clients. */
export type OrderCursor = { at: Date | null; id: string };

/** How one sort of the orders list (orders `o`) orders its rows and pages through them, in SQL. */
export type OrderKeyset<P extends { id: string } = OrderCursor> = Keyset<
  Pick<Order, 'id' | 'placedAt' | 'deadlineAt' | 'versionXact'>,
  P
> & { reads: readonly (keyof Order & string)[] };

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
  encode: ({ deadlineAt, id }) => encodeTaggedCursor(DEADLINE_TAG, deadlineAt ? isoInstant(deadlineAt) : null, id),
  decode: (cursor) => {
    const values = decodeTaggedCursor(cursor, DEADLINE_TAG, 2);
    if (!values) return null;
    const [at, id] = values;
    if ((at !== null && typeof at !== 'string') || typeof id !== 'string' || !isId(id)) return null;
    const date = at === null ? null : new Date(at);
    return date && Number.isNaN(date.getTime()) ? null : { at: date, id };
  },
  startAfter: ({ at, id }, backward, param) =>
    `(${DEADLINE_SORT_KEY}, o.id) ${backward ? '<' : '>'} (coalesce(${param(at)}::timestamptz, 'infinity'), ${param(id)})`,
  orderBy: (backward) => {
    const direction = backward ? 'DESC' : 'ASC';
    return `${DEADLINE_SORT_KEY} ${direction}, o.id ${direction}`;
  },
};

const UPDATED_TAG = 'updated';

/**
 * The sync horizon: the oldest transaction still running when the statement's snapshot was taken.
 * Every transaction below it has ended, and every change yet to commit gets a transaction id at or
 * above it, so the versions below it are final and no later commit can land before them.
 */
export const SYNC_HORIZON = `pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

/**
 * UPDATED_AT: in the order the changes were made, by the transaction that made each order's current
 * version (version_xact, from the orders_version trigger), then id; only versions below the sync
 * horizon. Not by updated_at itself: that is the transaction's start (now()), and a transaction may
 * start, write later and commit later still, landing behind a position a partner already passed.
 * A transaction id is taken at the first write, and the horizon holds back every version that a
 * transaction still running could precede; so paging forward from a cursor misses no change and
 * answers each version once (an order comes back only with a new version).
 */
const updated: OrderKeyset<{ xact: string; id: string }> = {
  reads: ['id', 'versionXact'],
  encode: ({ versionXact, id }) => encodeTaggedCursor(UPDATED_TAG, versionXact, id),
  decode: (cursor) => {
    const values = decodeTaggedCursor(cursor, UPDATED_TAG, 2);
    if (!values) return null;
    const [xact, id] = values;
    return typeof xact === 'string' && /^\d{1,19}$/.test(xact) && typeof id === 'string' && isId(id)
      ? { xact, id }
      : null;
  },
  startAfter: ({ xact, id }, backward, param) =>
    `(o.version_xact, o.id) ${backward ? '<' : '>'} (${param(xact)}::bigint, ${param(id)})`,
  orderBy: (backward) => {
    const direction = backward ? 'DESC' : 'ASC';
    return `o.version_xact ${direction}, o.id ${direction}`;
  },
  visible: `o.version_xact < ${SYNC_HORIZON}`,
};

export const ORDER_KEYSETS: Readonly<Record<OrderSort, OrderKeyset<{ id: string }>>> = {
  [OrderSort.NEWEST]: newest,
  [OrderSort.DEADLINE]: deadline,
  [OrderSort.UPDATED_AT]: updated,
};
