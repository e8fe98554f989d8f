// The server's embedded PostgreSQL, as a process of its own that the suite can stop (SIGTERM: a fast
// shutdown that cuts every connection) and start again on the same data directory.
import { createRequire } from 'node:module';

const server = createRequire(new URL('../../server/package.json', import.meta.url));
const { startEmbeddedPostgres } = server('./dist/db/embedded-postgres.js');
const pino = server('pino');

const database = await startEmbeddedPostgres({
  dataDir: process.env.RELIABILITY_PG_DIR,
  port: Number(process.env.RELIABILITY_PG_PORT),
  logger: pino({ level: 'warn' }),
});
// The server's starter leaves shutdown to its caller: stop PostgreSQL, then end.
process.on('SIGTERM', () => {
  database.stop().finally(() => process.exit(0));
});
console.log('postgres ready');
