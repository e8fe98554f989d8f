import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startNodeProcess } from '@order-desk/testing';
import { Client } from 'pg';

const SERVER_ENTRY = path.resolve(__dirname, '../../../../packages/server/dist/main.js');

export type OrderDeskServer = { url: string; stop: () => Promise<void> };

/**
 * The built Order Desk server as its own process, with demo data, its Stripe stand-in and its mail
 * catcher: on a new database of DATABASE_URL's PostgreSQL when that is set (CI), else on its embedded
 * PostgreSQL in a fresh data directory (a fresh clone's `pnpm test`).
 */
export async function startOrderDesk(): Promise<OrderDeskServer> {
  if (!fs.existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`pnpm build\` first`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-partner-sync-'));
  fs.chmodSync(dataDir, 0o755); // embedded PostgreSQL runs as its own user when the tests run as root
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : null;
  const port = await freePort();
  // Only the test server's own services: never a real Stripe account, mail server or Redis.
  const {
    DATABASE_URL: _database,
    STRIPE_SECRET_KEY: _stripeKey,
    STRIPE_WEBHOOK_SECRET: _stripeWebhook,
    STRIPE_API_URL: _stripeApi,
    SMTP_URL: _smtp,
    REDIS_URL: _redis,
    ...inherited
  } = process.env;
  const url = `http://127.0.0.1:${port}`;
  const server = await startNodeProcess({
    entry: SERVER_ENTRY,
    env: {
      ...inherited,
      ...(database ? { DATABASE_URL: database.url } : { EMBEDDED_POSTGRES_PORT: String(await freePort()) }),
      SEED_DEMO_DATA: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STRIPE_STAND_IN_PORT: String(await freePort()),
      MAIL_CATCHER_PORT: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    ready: { url: `${url}/healthz` },
    timeoutMs: 120_000,
  });
  return {
    url,
    stop: async () => {
      const outcome = await server.stop();
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (outcome !== 0)
        throw new Error(`the server did not stop cleanly (${outcome}):\n${server.output().slice(-2000)}`);
    },
  };
}

/** A new, empty database on that PostgreSQL server (the server migrates and seeds it). */
async function createDatabase(adminUrl: string) {
  const name = `order_desk_partner_sync_${crypto.randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
