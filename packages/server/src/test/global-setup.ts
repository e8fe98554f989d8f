import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

/**
 * Gives the test run a PostgreSQL server: DATABASE_URL's server when set, otherwise a throwaway
 * embedded one. Each test file then creates its own database on it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-test-'));
  fs.chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when the tests run as root
  const port = 55000 + Math.floor(Math.random() * 5000);
  const embedded = await startEmbeddedPostgres({ dataDir, port, logger: pino({ level: 'warn' }), persistent: false });
  process.env.TEST_DATABASE_ADMIN_URL = embedded.url;
  (globalThis as { __embeddedPostgres?: { stop: () => Promise<void>; dataDir: string } }).__embeddedPostgres = {
    stop: embedded.stop,
    dataDir,
  };
}
