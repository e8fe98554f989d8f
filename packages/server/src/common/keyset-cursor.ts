import { isId } from './ids';
import { isoInstant } from './iso-instant';

/** A keyset position in a newest-first list: (timestamp, id). Opaque to clients. */
export type KeysetCursor = { at: Date; id: string };

export function encodeKeysetCursor({ at, id }: KeysetCursor): string {
  return Buffer.from(JSON.stringify([isoInstant(at), id])).toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeKeysetCursor(cursor: string): KeysetCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [at, id] = parsed as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || !isId(id)) return null;
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? null : { at: date, id };
  } catch {
    return null;
  }
}

/**
 * A cursor of a list that tags its cursors, `[tag, ...values]`: a cursor of another list or sort is
 * never mistaken for one of this one.
 */
export const encodeTaggedCursor = (tag: string, ...values: unknown[]): string =>
  Buffer.from(JSON.stringify([tag, ...values])).toString('base64url');

/** The values of a tagged cursor, or null when it is not a cursor of this tag with `length` values. */
export function decodeTaggedCursor(cursor: string, tag: string, length: number): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) && parsed.length === length + 1 && parsed[0] === tag ? parsed.slice(1) : null;
  } catch {
    return null;
  }
}
