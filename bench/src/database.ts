import net from 'node:net';
import path from 'node:path';
import { createDataSource } from '@order-desk/server/data-source';
import { startEmbeddedPostgres } from '@order-desk/server/embedded-postgres';
import pino from 'pino';

export type BenchDatabase = { url: string; stop: () => Promise<void> };

/** DATABASE_URL when given, else an embedded PostgreSQL of its own in DATA_DIR on a free port. */
export async function openBenchDatabase(databaseUrl: string | undefined, dataDir: string): Promise<BenchDatabase> {
  if (databaseUrl) return { url: databaseUrl, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'embedded'),
    port: await freePort(),
    logger: pino({ level: 'warn' }),
  });
  return embedded;
}

/** The real migrations, exactly as the server applies them. */
export async function migrate(url: string): Promise<string[]> {
  const db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await db.destroy();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
