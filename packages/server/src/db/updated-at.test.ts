import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import type { StripeGateway } from '../payments/stripe-gateway';
import { openTestStripe } from '../test/test-stripe';
import { seedDemoData } from './seed/demo-data';

let db: TestDatabase;
let stripe: StripeGateway;
beforeAll(async () => {
  db = await createTestDatabase();
  stripe = await openTestStripe(pino({ level: 'silent' }));
  await seedDemoData(db.dataSource, pino({ level: 'silent' }), { stripe: stripe.stripe });
});
afterAll(async () => {
  await stripe.stop();
  await db.drop();
});

/** A change to a row of each synced table that the seed fills, and which rows it may change. */
const CHANGES = {
  invoices: [`paid_at = paid_at + interval '1 second'`, 'paid_at IS NOT NULL'],
  shipments: [`service = coalesce(service, '') || '.'`, 'true'],
  customers: [`email = email || '.'`, 'true'],
};

describe('updated_at of the synced tables', () => {
  it('is set by the one trigger function on every synced table besides orders (orders_version)', async () => {
    const triggers: { table: string; function: string }[] = await db.dataSource.query(
      `SELECT c.relname AS table, p.proname AS function FROM pg_trigger t
         JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'touch_updated_at' ORDER BY c.relname`,
    );
    expect(triggers.map((t) => t.table)).toEqual(['credit_notes', 'customers', 'invoices', 'refunds', 'shipments']);
  });

  it.each(Object.entries(CHANGES))(
    "%s: set to the changing transaction's time, whatever the statement says",
    async (table, [change, changeable]) => {
      const runner = db.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        const [row] = await runner.query(`SELECT id, updated_at FROM ${table} WHERE ${changeable} ORDER BY id LIMIT 1`);
        const [{ now }] = await runner.query(`SELECT now()`);
        // Nothing changes: updated_at stays.
        await runner.query(`UPDATE ${table} SET updated_at = updated_at WHERE id = $1`, [row.id]);
        expect((await runner.query(`SELECT updated_at FROM ${table} WHERE id = $1`, [row.id]))[0].updated_at).toEqual(
          row.updated_at,
        );
        // A change sets it to now(), even when the statement sets another value by hand.
        await runner.query(`UPDATE ${table} SET ${change}, updated_at = '2001-01-01' WHERE id = $1`, [row.id]);
        expect((await runner.query(`SELECT updated_at FROM ${table} WHERE id = $1`, [row.id]))[0].updated_at).toEqual(
          now,
        );
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    },
  );
});
