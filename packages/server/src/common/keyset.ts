import { isId } from './ids';
import { decodeTaggedCursor, encodeTaggedCursor } from './keyset-cursor';

/** Adds a parameter to a statement being built and answers its placeholder ($n). */
export type Param = (value: unknown) => string;

/**
 * How one sort of a list orders its rows and pages through them, in SQL: keyset pagination, so a
 * page starts strictly after the last row seen and rows written meanwhile never shift it.
 */
export type Keyset<Row, Position = unknown> = {
  /** The properties of a row `encode` reads (so a lean read selects them). */
  reads: readonly string[];
  encode(row: Row): string;
  /** The position a cursor names, or null when it is not a cursor of this sort. */
  decode(cursor: string): Position | null;
  /** The condition keeping the rows after the position (before it, going backward). */
  startAfter(position: Position, backward: boolean, param: Param): string;
  /** The ORDER BY list. */
  orderBy(backward: boolean): string;
  /** The condition on the rows this sort may answer at all, when it holds some back. */
  visible?: string;
};

/** What a key column holds: how its cursor value is checked and cast back in SQL. */
const KINDS = {
  instant: {
    cast: 'timestamptz',
    valid: (v: unknown) => typeof v === 'string' && !Number.isNaN(new Date(v).getTime()),
  },
  date: { cast: 'date', valid: (v: unknown) => typeof v === 'string' && /^(\d{4}-\d{2}-\d{2}|infinity)$/.test(v) },
  text: { cast: 'text', valid: (v: unknown) => typeof v === 'string' && v.length <= 1000 },
  id: { cast: 'uuid', valid: (v: unknown) => typeof v === 'string' && isId(v) },
} as const;

/** One column of a keyset: its SQL, the row property it comes from and that property's value in a cursor. */
export type KeyColumn<Row> = {
  sql: string;
  kind: keyof typeof KINDS;
  read: string;
  value: (row: Row) => string;
};

/**
 * A keyset over columns all sorted one way, the last one unique among the rows listed (an id): its
 * cursors are tagged `tag` and hold each column's value; a page starts after a row comparison, which
 * an index on the same columns answers as a range.
 */
export function columnKeyset<Row>(
  tag: string,
  direction: 'ASC' | 'DESC',
  columns: KeyColumn<Row>[],
): Keyset<Row, string[]> {
  const list = columns.map((column) => column.sql).join(', ');
  return {
    reads: columns.map((column) => column.read),
    encode: (row) => encodeTaggedCursor(tag, ...columns.map((column) => column.value(row))),
    decode: (cursor) => {
      const values = decodeTaggedCursor(cursor, tag, columns.length);
      return values && columns.every((column, i) => KINDS[column.kind].valid(values[i])) ? (values as string[]) : null;
    },
    startAfter: (position, backward, param) => {
      const ascending = (direction === 'ASC') !== backward;
      const values = position.map((value, i) => `${param(value)}::${KINDS[columns[i]!.kind].cast}`);
      // The first column's bound alone is implied, but an index on it can start there when the
      // columns come from two tables (a row comparison across tables is no index condition).
      const bound = `${columns[0]!.sql} ${ascending ? '>=' : '<='} ${values[0]!}`;
      return `(${bound} AND (${list}) ${ascending ? '>' : '<'} (${values.join(', ')}))`;
    },
    orderBy: (backward) => {
      const order = backward ? (direction === 'ASC' ? 'DESC' : 'ASC') : direction;
      return columns.map((column) => `${column.sql} ${order}`).join(', ');
    },
  };
}
