import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { createLoaders } from './loaders';

describe('loaders and prepared statements', () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection, so the loaders' statements and the check run on the same session.
    db = createDataSource({ url: database.url, poolSize: 1 });
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const prepared = async () =>
    ((await db.query(`SELECT statement FROM pg_prepared_statements`)) as { statement: string }[]).map((row) =>
      row.statement.replace(/\s+/g, ' '),
    );
  const loaders = () => createLoaders(db, randomUUID(), { cache: false });

  it("reads one order's lines with a prepared statement, and a page of orders' with a list planned per execution", async () => {
    const [one, other] = [randomUUID(), randomUUID()];
    for (let use = 0; use < 2; use++) expect(await loaders().itemsByOrderId().load(one)).toEqual([]);
    expect(await prepared()).toEqual([expect.stringMatching(/FROM order_items t .*WHERE t\.order_id = \$1::uuid AND/)]);

    for (let use = 0; use < 2; use++) {
      const items = loaders().itemsByOrderId();
      expect(await Promise.all([items.load(one), items.load(other)])).toEqual([[], []]);
    }
    expect(await prepared()).toHaveLength(1);
  });
});
