import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createDataSource } from '../db/data-source';
import { migrateDown, migrateUp, migrationStatus } from '../db/migrate';

const USAGE = `Changes the database schema, under a PostgreSQL advisory lock that API instances starting with
MIGRATE_ON_START=true take as well (a second migrator waits, then finds nothing to do).

  pnpm --filter @order-desk/server migrate up       apply every pending migration
  pnpm --filter @order-desk/server migrate down     revert the newest applied migration (one step)
  pnpm --filter @order-desk/server migrate status   list migrations, applied or pending

Uses DATABASE_URL, or the embedded PostgreSQL of a running \`pnpm start\` when it is unset.`;

async function main(): Promise<number> {
  const command = process.argv[2];
  if (command !== 'up' && command !== 'down' && command !== 'status') {
    console.log(USAGE);
    return command === undefined || command === '--help' ? 0 : 64;
  }
  const config = loadConfig();
  const url = config.databaseUrl ?? `postgres://postgres:postgres@localhost:${config.embeddedPostgresPort}/order_desk`;
  // Two connections: one holds the lock while the other migrates.
  const db = createDataSource({ url, poolSize: 2, preparedStatements: config.databasePreparedStatements });
  await db.initialize();
  const onWait = () => console.log('Another process is migrating: waiting for it to finish…');
  try {
    if (command === 'up') {
      const applied = await migrateUp(db, onWait);
      console.log(
        applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Nothing to apply.',
      );
    } else if (command === 'down') {
      const reverted = await migrateDown(db, onWait);
      console.log(reverted ? `Reverted ${reverted}.` : 'No migration is applied: nothing to revert.');
    } else {
      for (const { name, applied } of await migrationStatus(db)) console.log(`${applied ? '[x]' : '[ ]'} ${name}`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
