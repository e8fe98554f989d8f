import type { DataSource } from 'typeorm';
import { userInputError } from './api-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from './connection';
import type { Keyset } from './keyset';
import { leanQuery } from './lean-rows';
import { escapeLike } from './sql';

export type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };

/** A statement being built: its conditions, and its parameters. */
export class SqlConditions {
  readonly conditions: string[] = [];
  readonly parameters: unknown[] = [];
  param = (value: unknown): string => `$${this.parameters.push(value)}`;
  get where(): string {
    return this.conditions.join(' AND ');
  }
}

/** The page asked for: its size, where it starts and which way it goes; refuses bad arguments. */
export function parsePage<P>(
  { first, after, last, before }: PageArgs,
  decodeCursor: (cursor: string) => P | null,
): { size: number; cursor: P | null; backward: boolean } {
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

/** A search text as an ILIKE pattern matching it anywhere; null when blank; refused over 100 characters. */
export function searchPattern(search: string | null | undefined, field: string[]): string | null {
  const text = search?.trim();
  if (!text) return null;
  if (text.length > 100) throw userInputError('Search text is too long (100 characters at most).', field);
  return `%${escapeLike(text)}%`;
}

/** One page of a list: what it reads from which rows, which of them, in which order. */
export type PageQuery<T, P> = {
  /** The select list. */
  select: string;
  /** The tables, e.g. `invoices i`. */
  from: string;
  /** The list's conditions (its owner, its filter), with their parameters. */
  filter: SqlConditions;
  keyset: Keyset<NoInfer<T>, P>;
  page: PageArgs;
  build: (row: Record<string, unknown>) => T;
};

/**
 * One page in one statement (its size plus one row, to tell whether more follow), answered as a
 * connection; the total is counted by a second statement only when `countTotal` is called.
 */
export async function readPage<T, P>(
  db: DataSource,
  { select, from, filter, keyset, page, build }: PageQuery<T, P>,
): Promise<Page<T>> {
  const { size, cursor, backward } = parsePage(page, (raw) => keyset.decode(raw));
  if (keyset.visible) filter.conditions.push(keyset.visible);
  const count = { where: filter.where, parameters: [...filter.parameters] };
  if (cursor) filter.conditions.push(keyset.startAfter(cursor, backward, filter.param));
  const rows = await leanQuery<Record<string, unknown>>(
    db,
    `SELECT ${select} FROM ${from} WHERE ${filter.where} ORDER BY ${keyset.orderBy(backward)} LIMIT ${size + 1}`,
    filter.parameters,
  );
  const hasMore = rows.length > size;
  const nodes = rows.slice(0, size).map(build);
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
    countTotal: async () => {
      const [{ count: total }] = (await leanQuery<{ count: number }>(
        db,
        `SELECT count(*)::int AS count FROM ${from} WHERE ${count.where}`,
        count.parameters,
      )) as [{ count: number }];
      return total;
    },
  };
}
