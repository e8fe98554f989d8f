import { userInputError } from './api-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/** The Relay paging arguments of a connection field. */
export type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };

/** Checks the paging arguments: the page size, the direction and the position `decodeCursor` reads. */
export function parsePage<P>(
  { first, after, last, before }: PageArgs,
  decodeCursor: (cursor: string) => P | null,
): {
  size: number;
  cursor: P | null;
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
