import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { createDataSource } from './data-source';
import { StatementNames } from './prepared-statements';

describe('StatementNames', () => {
  it('names a text on its second use, the same name after, and nothing past the bound', () => {
    const names = new StatementNames(2);
    expect(names.nameOf('SELECT $1::int')).toBeUndefined();
    const name = names.nameOf('SELECT $1::int');
    expect(name).toMatch(/^od_[\w-]{24}$/);
    expect(names.nameOf('SELECT $1::int')).toBe(name);
    names.nameOf('SELECT $1::text');
    expect(names.nameOf('SELECT $1::text')).toBeDefined();
    names.nameOf('SELECT $1::date');
    expect(names.nameOf('SELECT $1::date')).toBeUndefined();
  });

  it('never names a statement that matches a list parameter (its plan depends on the list and the seller)', () => {
    const names = new StatementNames();
    const text = 'SELECT id FROM order_items WHERE order_id = ANY($1::uuid[]) AND seller_id = $2';
    for (let use = 0; use < 3; use++) expect(names.nameOf(text)).toBeUndefined();
  });

  it('names a text alike in every process (its hash)', () => {
    const [a, b] = [new StatementNames(), new StatementNames()];
    a.nameOf('SELECT $1::int');
    b.nameOf('SELECT $1::int');
    expect(a.nameOf('SELECT $1::int')).toBe(b.nameOf('SELECT $1::int'));
  });
});

describe('prepared statements on the data source', () => {
  let database: TestDatabase;
  const opened: DataSource[] = [];
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.destroy()));
    await database.drop();
  });

  /** A one-connection data source, so every statement and the check run on the same session. */
  async function open(preparedStatements: boolean): Promise<DataSource> {
    const db = createDataSource({ url: database.url, poolSize: 1, preparedStatements });
    await db.initialize();
    opened.push(db);
    return db;
  }

  const preparedOn = async (db: DataSource) =>
    ((await db.query(`SELECT statement FROM pg_prepared_statements`)) as { statement: string }[]).map(
      (row) => row.statement,
    );

  it('prepares a repeated parameterised statement once per connection and answers as before', async () => {
    const db = await open(true);
    const text = `SELECT $1::int + 1 AS next`;
    for (const value of [1, 2, 3]) expect(await db.query(text, [value])).toEqual([{ next: value + 1 }]);
    expect(await preparedOn(db)).toEqual([text]);
  });

  it('keeps a statement whose first prepared execution failed usable', async () => {
    const db = await open(true);
    const text = `SELECT $1::uuid AS id`;
    await db.query(text, ['7f3e0c5a-1d2b-4c3d-8e9f-0a1b2c3d4e5f']);
    // The second use prepares it: the statement parses, then these parameters fail.
    await expect(db.query(text, ['not a uuid'])).rejects.toThrow(/invalid input syntax for type uuid/);
    expect(await db.query(text, ['00000000-0000-0000-0000-000000000001'])).toEqual([
      { id: '00000000-0000-0000-0000-000000000001' },
    ]);
  });

  it('prepares nothing when turned off (DATABASE_PREPARED_STATEMENTS=false)', async () => {
    const db = await open(false);
    for (const value of [1, 2, 3]) await db.query(`SELECT $1::int AS value`, [value]);
    expect(await preparedOn(db)).toEqual([]);
  });
});
