import { MigrationExecutor, type DataSource } from 'typeorm';

/**
 * One lock for everything that changes the schema, so API instances starting together and a
 * `migrate` command never run migrations side by side: the second waits, then finds nothing to do.
 * A session-level advisory lock, held on a connection of its own, is released even if the process dies.
 */
const MIGRATION_LOCK = `hashtext('order-desk:migrations')`;

export type MigrationState = { name: string; applied: boolean };

/** Called once when another process holds the lock and this one starts waiting for it. */
export type OnWait = () => void;

async function withMigrationLock<T>(dataSource: DataSource, onWait: OnWait, work: () => Promise<T>): Promise<T> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    const [{ locked }] = await lock.query(`SELECT pg_try_advisory_lock(${MIGRATION_LOCK}) AS locked`);
    if (!locked) {
      onWait();
      await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    }
    try {
      return await work();
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    await lock.release();
  }
}

/** Applies every pending migration (each in its own transaction); returns their names, oldest first. */
export async function migrateUp(dataSource: DataSource, onWait: OnWait = () => undefined): Promise<string[]> {
  return withMigrationLock(dataSource, onWait, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}

/** Reverts the newest applied migration with its `down`; returns its name, or null when none is applied. */
export async function migrateDown(dataSource: DataSource, onWait: OnWait = () => undefined): Promise<string | null> {
  return withMigrationLock(dataSource, onWait, async () => {
    const executed = await new MigrationExecutor(dataSource).getExecutedMigrations();
    if (executed.length === 0) return null;
    const newest = executed.reduce((a, b) => (b.timestamp > a.timestamp ? b : a));
    await dataSource.undoLastMigration({ transaction: 'each' });
    return newest.name;
  });
}

/** Every migration the code knows, oldest first, and whether the database has it. */
export async function migrationStatus(dataSource: DataSource): Promise<MigrationState[]> {
  const executor = new MigrationExecutor(dataSource);
  const applied = new Set((await executor.getExecutedMigrations()).map((migration) => migration.name));
  return dataSource.migrations.map((migration) => ({
    name: migration.name ?? migration.constructor.name,
    applied: applied.has(migration.name ?? migration.constructor.name),
  }));
}

export class PendingMigrationsError extends Error {}

/**
 * For processes that do not migrate (MIGRATE_ON_START=false, the worker): refuses to run code newer
 * than the schema, naming what to apply.
 */
export async function requireCurrentSchema(dataSource: DataSource): Promise<void> {
  const pending = (await migrationStatus(dataSource)).filter((migration) => !migration.applied);
  if (pending.length === 0) return;
  throw new PendingMigrationsError(
    `The database is missing ${pending.length} migration(s): ${pending.map((m) => m.name).join(', ')}. ` +
      'Run `node dist/cli/migrate.js up` (compose: the migrate service), or set MIGRATE_ON_START=true.',
  );
}
