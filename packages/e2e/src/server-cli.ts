import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AppServer } from './app-server';

const run = promisify(execFile);
const CLI_DIR = path.resolve(__dirname, '../../server/dist/cli');

/**
 * Runs one of the server's CLIs (`place-order`, `replace-card`) against the e2e server's embedded
 * PostgreSQL and Stripe stand-in, as support would against a running `pnpm start`. Returns stdout;
 * a non-zero exit fails with its output.
 */
export async function serverCli(server: AppServer, name: 'place-order' | 'replace-card', args: string[]) {
  // Never a real Stripe account or another database: only the e2e server's own.
  const {
    DATABASE_URL: _database,
    STRIPE_SECRET_KEY: _key,
    STRIPE_WEBHOOK_SECRET: _webhook,
    STRIPE_API_URL: _api,
    ...inherited
  } = process.env;
  try {
    const { stdout } = await run(process.execPath, [path.join(CLI_DIR, `${name}.js`), ...args], {
      env: { ...inherited, DATABASE_URL: server.databaseUrl, STRIPE_API_URL: server.stripeApiUrl, LOG_LEVEL: 'warn' },
      timeout: 60_000,
    });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${name} ${args.join(' ')} failed: ${failed.stderr || failed.stdout || failed.message}`, {
      cause: error,
    });
  }
}
