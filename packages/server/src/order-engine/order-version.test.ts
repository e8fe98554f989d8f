import pino from 'pino';
import { seedDemoData } from '../db/seed/demo-data';
import type { StripeGateway } from '../payments/stripe-gateway';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { openTestStripe } from '../test/test-stripe';
import { OrderEventType } from './order-event-type';

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

type Versioned = { id: string; version: number; updated_at: Date };
const versionOf = async (id: string): Promise<Versioned> =>
  ((await db.dataSource.query(`SELECT id, version, updated_at FROM orders WHERE id = $1`, [id])) as Versioned[])[0]!;

describe('the order version', () => {
  it('is one new version per transaction that changes the order, whoever writes the row', async () => {
    const [order] = (await db.dataSource.query(
      `SELECT id, version, updated_at FROM orders WHERE status = 'PENDING' ORDER BY id LIMIT 1`,
    )) as Versioned[];
    await db.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE orders SET buyer_note = 'first' WHERE id = $1`, [order!.id]);
      await tx.query(`UPDATE orders SET buyer_note = 'second' WHERE id = $1`, [order!.id]);
      await tx.query(`UPDATE orders SET shipping_amount = shipping_amount WHERE id = $1`, [order!.id]);
    });
    const afterOne = await versionOf(order!.id);
    expect(afterOne.version).toBe(order!.version + 1);
    expect(afterOne.updated_at.getTime()).toBeGreaterThan(order!.updated_at.getTime());

    await db.dataSource.query(`UPDATE orders SET buyer_note = 'third' WHERE id = $1`, [order!.id]);
    expect((await versionOf(order!.id)).version).toBe(order!.version + 2);
  });

  it('ignores a version a statement tries to set itself', async () => {
    const [order] = (await db.dataSource.query(
      `SELECT id, version, updated_at FROM orders ORDER BY id DESC LIMIT 1`,
    )) as Versioned[];
    await db.dataSource.query(`UPDATE orders SET version = 1 WHERE id = $1`, [order!.id]);
    expect((await versionOf(order!.id)).version).toBe(order!.version + 1);
  });
});

describe('timeline types', () => {
  it('are a closed list in the database, the same as OrderEventType', async () => {
    const [constraint] = (await db.dataSource.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'order_events_type_known'`,
    )) as { definition: string }[];
    const definition = constraint?.definition ?? '';
    const allowed = [...definition.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]);
    expect(allowed.sort()).toEqual(Object.values(OrderEventType).sort());
  });
});
