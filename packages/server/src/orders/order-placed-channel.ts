import { Client } from 'pg';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { isId } from '../common/ids';
import type { OrderPlaced } from '../order-engine/order-change-events';

/** The PostgreSQL channel new orders are announced on. */
const CHANNEL = 'order_placed';
const RECONNECT_MS = 1_000;

/**
 * Announces a new order from inside the intake transaction: PostgreSQL delivers the notification on
 * commit (never on rollback) to every listening API process, whichever process placed the order
 * (an API instance, the place-order CLI).
 */
export async function announceOrderPlaced(tx: EntityManager, placed: OrderPlaced): Promise<void> {
  await tx.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(placed)]);
}

function parse(payload: string | undefined): OrderPlaced | null {
  try {
    const value: unknown = JSON.parse(payload ?? '');
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
export async function listenForPlacedOrders(
  databaseUrl: string,
  deliver: (placed: OrderPlaced) => void,
  logger: Logger,
): Promise<{ close: () => Promise<void> }> {
  let client: Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const reconnectLater = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error: unknown) => {
        logger.warn({ err: error }, 'order_placed listener: reconnect failed');
        reconnectLater();
      });
    }, RECONNECT_MS);
  };

  async function connect(): Promise<void> {
    const connection = new Client({ connectionString: databaseUrl, application_name: 'order-desk-listener' });
    connection.on('notification', (message) => {
      const placed = message.channel === CHANNEL ? parse(message.payload) : null;
      if (placed) deliver(placed);
    });
    connection.on('error', (error) => {
      logger.warn({ err: error }, 'order_placed listener: connection lost');
      connection.end().catch(() => undefined);
      if (client === connection) client = null;
      reconnectLater();
    });
    await connection.connect();
    await connection.query(`LISTEN ${CHANNEL}`);
    client = connection;
  }

  await connect();
  return {
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end();
    },
  };
}
