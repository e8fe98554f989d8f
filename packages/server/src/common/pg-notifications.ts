import { Client } from 'pg';
import type { Logger } from 'pino';

const RECONNECT_MS = 1_000;

/**
 * Listens on a PostgreSQL channel on a connection of its own and hands each notification's payload
 * to `deliver`. A lost connection is reopened a second later; what was announced while it was down
 * is not delivered (each channel's users say what covers that).
 */
export async function listenOn(
  databaseUrl: string,
  channel: string,
  deliver: (payload: string) => void,
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
        logger.warn({ err: error }, `${channel} listener: reconnect failed`);
        reconnectLater();
      });
    }, RECONNECT_MS);
  };

  async function connect(): Promise<void> {
    const connection = new Client({ connectionString: databaseUrl, application_name: 'order-desk-listener' });
    connection.on('notification', (message) => {
      if (message.channel === channel) deliver(message.payload ?? '');
    });
    connection.on('error', (error) => {
      logger.warn({ err: error }, `${channel} listener: connection lost`);
      connection.end().catch(() => undefined);
      if (client === connection) client = null;
      reconnectLater();
    });
    await connection.connect();
    await connection.query(`LISTEN ${channel}`);
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
