import { isId } from '../common/ids';

/** Keyset position in the newest-first orders list: (placedAt, id). Opaque to clients. */
export type OrderCursor = { placedAt: Date; id: string };

export function encodeOrderCursor({ placedAt, id }: OrderCursor): string {
  return Buffer.from(JSON.stringify([placedAt.toISOString(), id])).toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeOrderCursor(cursor: string): OrderCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [placedAt, id] = parsed as unknown[];
    if (typeof placedAt !== 'string' || typeof id !== 'string' || !isId(id)) return null;
    const date = new Date(placedAt);
    return Number.isNaN(date.getTime()) ? null : { placedAt: date, id };
  } catch {
    return null;
  }
}
