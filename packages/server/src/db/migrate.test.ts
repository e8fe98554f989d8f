import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { eventually } from '@order-desk/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { migrateDown, migrateUp, migrationStatus, PendingMigrationsError, requireCurrentSchema } from './migrate';
import { migrations } from './migrations';

const run = promisify(execFile);
const MIGRATE_CLI = path.resolve(__dirname, '../../dist/cli/migrate.js');

/** Everything a migration can create in the public schema, as comparable text (TypeORM's own table left out). */
async function schemaOf(db: DataSource): Promise<Record<string, string[]>> {
  const list = async (sql: string) => ((await db.query(sql)) as { item: string }[]).map((row) => row.item);
  return {
    columns: await list(`SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
        || ' ' || coalesce(column_default, '') AS item
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`),
    constraints: await list(`SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS item
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'migrations' ORDER BY 1`),
    indexes: await list(`SELECT indexdef AS item FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`),
    triggers: await list(`SELECT pg_get_triggerdef(oid) AS item FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`),
    functions: await list(`SELECT pg_get_functiondef(oid) AS item FROM pg_proc
      WHERE pronamespace = 'public'::regnamespace ORDER BY 1`),
    types: await list(`SELECT typname AS item FROM pg_type
      WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'c') AND typrelid = 0 ORDER BY 1`),
    sequences: await list(`SELECT sequence_name AS item FROM information_schema.sequences
      WHERE sequence_schema = 'public' AND sequence_name <> 'migrations_id_seq' ORDER BY 1`),
    extensions: await list(`SELECT extname AS item FROM pg_extension ORDER BY 1`),
  };
}

/** A data source over the same database that knows only the first `count` migrations. */
const knowingFirst = (db: DataSource, count: number) =>
  new DataSource({ ...db.options, migrations: migrations.slice(0, count), logging: false, logger: undefined });

describe('migrations', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterEach(async () => {
    await database.drop();
  });

  it('round-trips every migration: each down restores the schema before its up, and up again rebuilds it', async () => {
    const db = database.dataSource;
    const before: Record<string, string[]>[] = [await schemaOf(db)];
    for (let count = 1; count <= migrations.length; count++) {
      const partial = knowingFirst(db, count);
      await partial.initialize();
      expect(await migrateUp(partial)).toHaveLength(1);
      await partial.destroy();
      before.push(await schemaOf(db));
    }
    const full = before[migrations.length];

    for (let count = migrations.length; count > 0; count--) {
      const reverted = await migrateDown(db);
      expect(reverted).toBe(new migrations[count - 1]!().name);
      expect(await schemaOf(db)).toEqual(before[count - 1]);
    }
    expect(await migrateDown(db)).toBeNull();

    expect(await migrateUp(db)).toHaveLength(migrations.length);
    expect(await schemaOf(db)).toEqual(full);
    expect((await migrationStatus(db)).every((migration) => migration.applied)).toBe(true);
  });

  it('lets two `migrate up` processes run at once: one applies, the other waits and finds nothing to do', async () => {
    // The test holds the lock first, so both processes are certainly waiting side by side.
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtext('order-desk:migrations'))`);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: database.url };
    const runs = [
      run(process.execPath, [MIGRATE_CLI, 'up'], { env }),
      run(process.execPath, [MIGRATE_CLI, 'up'], { env }),
    ];
    await eventually(async () => {
      const [{ waiting }] = (
        await holder.query(
          `SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_database d ON d.oid = l.database
            WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`,
        )
      ).rows;
      expect(waiting).toBe(2);
    }, 30_000);
    await holder.query(`SELECT pg_advisory_unlock(hashtext('order-desk:migrations'))`);
    await holder.end();

    const outputs = (await Promise.all(runs)).map((result) => result.stdout);
    for (const output of outputs) expect(output).toMatch(/^Another process is migrating: waiting/);
    expect(outputs.filter((output) => output.includes(`Applied ${migrations.length} migration(s)`))).toHaveLength(1);
    expect(outputs.filter((output) => output.includes('Nothing to apply.'))).toHaveLength(1);
    expect((await migrationStatus(database.dataSource)).filter((migration) => !migration.applied)).toEqual([]);
  });

  it('refuses to start on a schema behind the code, naming the missing migrations', async () => {
    const partial = knowingFirst(database.dataSource, migrations.length - 1);
    await partial.initialize();
    await migrateUp(partial);
    await partial.destroy();
    const missing = new migrations[migrations.length - 1]!().name;
    await expect(requireCurrentSchema(database.dataSource)).rejects.toThrow(PendingMigrationsError);
    await expect(requireCurrentSchema(database.dataSource)).rejects.toThrow(
      new RegExp(`1 migration\\(s\\): ${missing}`),
    );
    const { stdout } = await run(process.execPath, [MIGRATE_CLI, 'status'], {
      env: { PATH: process.env.PATH, DATABASE_URL: database.url },
    });
    expect(stdout).toContain(`[ ] ${missing}`);
    await migrateUp(database.dataSource);
    await expect(requireCurrentSchema(database.dataSource)).resolves.toBeUndefined();
  });
});
