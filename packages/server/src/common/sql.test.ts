import { QueryFailedError } from 'typeorm';
import { startTestApp, type TestApp } from '../test/test-app';
import { rows } from './sql';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ config: { runWorker: false } });
});
afterAll(() => app.close());

describe('rows(): a statement on the transaction’s own connection', () => {
  it('answers SELECT and UPDATE … RETURNING alike, seeing the transaction’s own uncommitted change', async () => {
    const db = app.db.dataSource;
    const [seller] = (await db.query(`SELECT id, name FROM sellers ORDER BY name LIMIT 1`)) as {
      id: string;
      name: string;
    }[];
    const seenInside = await db.transaction(async (tx) => {
      const updated = await rows<{ name: string }>(
        tx,
        `UPDATE sellers SET name = name || ' (renamed)' WHERE id = $1 RETURNING name`,
        [seller!.id],
      );
      const [inside] = await rows<{ name: string }>(tx, `SELECT name FROM sellers WHERE id = $1`, [seller!.id]);
      const [outside] = (await db.query(`SELECT name FROM sellers WHERE id = $1`, [seller!.id])) as { name: string }[];
      await rows(tx, `UPDATE sellers SET name = $2 WHERE id = $1`, [seller!.id, seller!.name]);
      return { updated, inside: inside!.name, outside: outside!.name };
    });
    expect(seenInside).toEqual({
      updated: [{ name: `${seller!.name} (renamed)` }],
      inside: `${seller!.name} (renamed)`,
      outside: seller!.name,
    });
  });

  it("fails with TypeORM's QueryFailedError carrying PostgreSQL's code, and the transaction rolls back whole", async () => {
    const db = app.db.dataSource;
    const [seller] = (await db.query(`SELECT id, name FROM sellers ORDER BY name LIMIT 1`)) as {
      id: string;
      name: string;
    }[];
    const failure = await db
      .transaction(async (tx) => {
        await rows(tx, `UPDATE sellers SET name = 'half-applied' WHERE id = $1`, [seller!.id]);
        await rows(tx, `SELECT $1::uuid`, ['not-a-uuid']);
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
    const [after] = (await db.query(`SELECT name FROM sellers WHERE id = $1`, [seller!.id])) as { name: string }[];
    expect(after!.name).toBe(seller!.name);
  });

  it('refuses to run outside a transaction', async () => {
    await expect(rows(app.db.dataSource.manager, `SELECT 1`)).rejects.toThrow('rows() runs inside a transaction');
  });
});
