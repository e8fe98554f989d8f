import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { listenOn } from '../common/pg-notifications';
import { isId } from '../common/ids';
import type { OrderPlaced } from '../order-engine/order-change-events';

/** The PostgreSQL channel new orders are announced on. */
const CHANNEL = 'order_placed';

/**
 * Announces a new order from inside the intake transaction: PostgreSQL delivers the notification on
 * commit (never on rollback) to every listening API process, whichever process placed the order
 * (an API instance, the place-order CLI).
 */
export async function announceOrderPlaced(tx: EntityManager, placed: OrderPlaced): Promise<void> {
  await tx.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(placed)]);
}

function parse(payload: string): OrderPlaced | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null) return null;
    const { sellerId, orderId } = value as Record<string, unknown>;
    return typeof sellerId === 'string' && typeof orderId === 'string' && isId(sellerId) && isId(orderId)
      ? { sellerId, orderId }
      : null;
  } catch {
    return null;
  }
}

/**
 * Listens for new orders on a connection of its own and hands each one to `deliver` (this process's
 * subscribers). A lost connection is reopened; orders placed while it was down are not announced
 * (the dashboard's lists still show them on their next refresh).
 */
export function listenForPlacedOrders(
  databaseUrl: string,
  deliver: (placed: OrderPlaced) => void,
  logger: Logger,
): Promise<{ close: () => Promise<void> }> {
  return listenOn(
    databaseUrl,
    CHANNEL,
    (payload) => {
      const placed = parse(payload);
      if (placed) deliver(placed);
    },
    logger,
  );
}
