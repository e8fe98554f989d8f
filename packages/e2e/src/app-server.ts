import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startNodeProcess } from '@order-desk/testing';

const SERVER_ENTRY = path.resolve(__dirname, '../../server/dist/main.js');
const WEB_INDEX = path.resolve(__dirname, '../../web/dist/index.html');
const PLAYGROUND_INDEX = path.resolve(__dirname, '../../playground/dist/index.html');

export type AppServer = {
  url: string;
  /** The server's embedded PostgreSQL, for the server's CLIs (e.g. place-order, replace-card). */
  databaseUrl: string;
  /** The server's built-in Stripe stand-in. */
  stripeApiUrl: string;
  stop: () => Promise<void>;
};

/**
 * The built app exactly as README command 1 runs it: the compiled server on embedded PostgreSQL
 * (fresh data directory, demo data seeded) serving the built dashboard and playground.
 */
export async function startAppServer(): Promise<AppServer> {
  for (const file of [SERVER_ENTRY, WEB_INDEX, PLAYGROUND_INDEX]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const postgresPort = await freePort();
  const stripePort = await freePort();
  // Without DATABASE_URL the server starts its own embedded PostgreSQL, as on a fresh machine.
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const url = `http://127.0.0.1:${port}`;
  const server = await startNodeProcess({
    entry: SERVER_ENTRY,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      STRIPE_STAND_IN_PORT: String(stripePort),
      MAIL_CATCHER_PORT: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    ready: { url: `${url}/healthz` },
  });
  return {
    url,
    databaseUrl: `postgres://postgres:postgres@localhost:${postgresPort}/order_desk`,
    stripeApiUrl: `http://127.0.0.1:${stripePort}`,
    // A graceful shutdown (SIGTERM) must finish promptly and cleanly, embedded PostgreSQL included.
    stop: async () => {
      const outcome = await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (outcome !== 0)
        throw new Error(`server did not shut down cleanly (${outcome}):\n${server.output().slice(-2000)}`);
    },
  };
}
