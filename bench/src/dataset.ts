import { Client } from 'pg';
import { migrate } from './database';
import { layoutOf, type Loaders } from './dataset-layout';
import { writeMarketplace } from './dataset-marketplace';
import { writeOrders } from './dataset-orders';
import { seededRandom } from './ids';
import type { BenchSize } from './options';

export { apiKeySecret, READ_SELLER, sellerIdOf, WRITE_SELLERS } from './dataset-layout';

/** Bump when the generated data changes shape: a dataset of another version is rebuilt. */
const GENERATOR_VERSION = 4;

export type DatasetInfo = {
  size: BenchSize['name'];
  sellers: number;
  orders: number;
  items: number;
  generatedInSeconds: number | null;
  reused: boolean;
};

/**
 * Makes sure the database holds this size's dataset: reuses it when the fingerprint matches (and
 * `--fresh` is not given), else wipes the bench database, runs the real migrations and loads it.
 */
export async function ensureDataset(url: string, size: BenchSize, fresh: boolean): Promise<DatasetInfo> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await fingerprint(client);
    if (
      !fresh &&
      existing &&
      existing.size === size.name &&
      existing.version === GENERATOR_VERSION &&
      existing.orders === size.orders
    ) {
      await migrate(url); // a newer checkout may bring new migrations (indexes)
      await client.query('ANALYZE');
      return { ...existing, generatedInSeconds: null, reused: true };
    }
    if (!existing) {
      const [{ tables }] = (
        await client.query<{ tables: number }>(
          `SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`,
        )
      ).rows as [{ tables: number }];
      if (tables > 0) {
        throw new Error(
          'This database holds tables but no bench dataset: refusing to wipe it. Point DATABASE_URL at an empty database.',
        );
      }
    }
    const started = Date.now();
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
    await migrate(url);
    const counts = await generate(url, size);
    const generatedInSeconds = Math.round((Date.now() - started) / 1000);
    await client.query(`CREATE TABLE bench_dataset (size text NOT NULL, version int NOT NULL, sellers int NOT NULL,
      orders int NOT NULL, items int NOT NULL, generated_in_seconds int NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
    await client.query(`INSERT INTO bench_dataset VALUES ($1, $2, $3, $4, $5, $6)`, [
      size.name,
      GENERATOR_VERSION,
      size.sellers,
      counts.orders,
      counts.items,
      generatedInSeconds,
    ]);
    return {
      size: size.name,
      sellers: size.sellers,
      orders: counts.orders,
      items: counts.items,
      generatedInSeconds,
      reused: false,
    };
  } finally {
    await client.end();
  }
}

async function fingerprint(
  client: Client,
): Promise<(Omit<DatasetInfo, 'generatedInSeconds' | 'reused'> & { version: number }) | null> {
  const table = await client.query(`SELECT to_regclass('public.bench_dataset') AS t`);
  if (!table.rows[0]?.t) return null;
  const rows = await client.query(`SELECT size, version, sellers, orders, items FROM bench_dataset`);
  const row = rows.rows[0] as
    { size: BenchSize['name']; version: number; sellers: number; orders: number; items: number } | undefined;
  return row ?? null;
}

/** Loads every table with COPY, several tables at once on their own connections, secondary indexes built after. */
async function generate(url: string, size: BenchSize): Promise<{ orders: number; items: number }> {
  const random = seededRandom(20261126);
  const connect = async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    // Generated rows reference each other consistently; skipping the per-row FK triggers makes COPY fast.
    await c.query(`SET session_replication_role = replica`);
    return c;
  };
  const admin = await connect();
  const droppedIndexes = await dropSecondaryIndexes(admin, [
    'orders',
    'order_items',
    'order_events',
    'invoices',
    'payments',
    'shipments',
    'customers',
  ]);
  const layout = layoutOf(size);
  const clients = (await Promise.all(Array.from({ length: 6 }, connect))) as Loaders;
  await writeMarketplace(layout, clients);
  const counts = await writeOrders(layout, clients, random);
  await Promise.all(clients.map((c) => c.end()));

  await admin.query(`SET maintenance_work_mem = '256MB'`);
  for (const definition of droppedIndexes) await admin.query(definition);
  await admin.query('VACUUM ANALYZE');
  await admin.end();
  return counts;
}

/** Drops the indexes no constraint needs (COPY into an indexed table is slow); returns their definitions. */
async function dropSecondaryIndexes(client: Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.definition);
}
