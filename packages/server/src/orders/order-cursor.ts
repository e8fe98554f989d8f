import { decodeKeysetCursor, encodeKeysetCursor } from '../common/keyset-cursor';

/** Keyset position in the newest-first orders list: (placedAt, id). Opaque to clients. */
export type OrderCursor = { placedAt: Date; id: string };

export const encodeOrderCursor = ({ placedAt, id }: OrderCursor): string => encodeKeysetCursor({ at: placedAt, id });

/** The position a cursor names, or null when it is not one of ours. */
export function decodeOrderCursor(cursor: string): OrderCursor | null {
  const position = decodeKeysetCursor(cursor);
  return position ? { placedAt: position.at, id: position.id } : null;
}
