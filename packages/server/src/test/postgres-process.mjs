// The server's embedded PostgreSQL as a process of its own, which a test can stop (SIGTERM: a fast
// shutdown that cuts every connection) and start again on the same data directory. Used by the
// server's readiness test and the reliability suite; it needs the built server (dist/).
import { createRequire } from 'node:module';

const server = createRequire(new URL('../../package.json', import.meta.url));
const { startEmbeddedPostgres } = server('./dist/db/embedded-postgres.js');
const pino = server('pino');

const database = await startEmbeddedPostgres({
  dataDir: process.env.POSTGRES_PROCESS_DIR,
  port: Number(process.env.POSTGRES_PROCESS_PORT),
  logger: pino({ level: 'warn' }),
});
// The server's starter leaves shutdown to its caller: stop PostgreSQL, then end.
process.on('SIGTERM', () => {
  database.stop().finally(() => process.exit(0));
});
console.log('postgres ready');
