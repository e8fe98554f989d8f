import crypto from 'node:crypto';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import type { StripeGateway } from '../payments/stripe-gateway';
import { openTestStripe } from '../test/test-stripe';
import { seedDemoData } from './seed/demo-data';

let db: TestDatabase;
let ds: DataSource;
let stripe: StripeGateway;
beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.dataSource;
  stripe = await openTestStripe(pino({ level: 'silent' }));
  await seedDemoData(ds, pino({ level: 'silent' }), { stripe: stripe.stripe });
});
afterAll(async () => {
  await stripe.stop();
  await db.drop();
});

const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  ((await ds.query(sql, params)) as T[])[0]!;

describe('migrations', () => {
  it('build every table and column the entities describe, with the same types and nullability', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    // Constraints, defaults and indexes live in the migration SQL only; TypeORM would drop what its
    // entities do not declare. Anything else (a missing column, another type) is a real drift.
    const drift = pending.upQueries
      .map((q) => q.query)
      .filter((sql) => !/DROP CONSTRAINT|DROP DEFAULT|DROP INDEX/.test(sql));
    expect(drift).toEqual([]);
  });

  it('run down and up again cleanly', async () => {
    const scratch = await createTestDatabase();
    for (let i = 0; i < scratch.dataSource.migrations.length; i++) {
      await scratch.dataSource.undoLastMigration({ transaction: 'each' });
    }
    const [{ count }] = await scratch.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(count).toBe(0);
    await scratch.dataSource.runMigrations();
    await scratch.drop();
  });
});

describe('demo seed', () => {
  it('seeds once: a second run changes nothing', async () => {
    const before = await one<{ count: number }>(`SELECT count(*)::int AS count FROM orders`);
    expect(await seedDemoData(ds, pino({ level: 'silent' }), { stripe: stripe.stripe })).toBe(false);
    expect(await one(`SELECT count(*)::int AS count FROM orders`)).toEqual(before);
  });

  it('covers every state, both payment methods, strangers and splits for Demo Brand', async () => {
    const rows: {
      status: string;
      payment_status: string;
      payment_method: string;
      stranger: boolean;
      split: boolean;
    }[] = await ds.query(
      `SELECT o.status, o.payment_status, o.payment_method, o.customer_id IS NULL AS stranger, o.parent_order_id IS NOT NULL AS split
         FROM orders o JOIN sellers s ON s.id = o.seller_id WHERE s.name = 'Demo Brand'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(190);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED']));
    expect(new Set(rows.map((r) => r.payment_status))).toEqual(new Set(['UNPAID', 'PAID', 'FAILED']));
    expect(new Set(rows.map((r) => r.payment_method))).toEqual(new Set(['CARD', 'TERMS']));
    expect(rows.some((r) => r.stranger && r.status === 'PENDING')).toBe(true);
    expect(rows.every((r) => !r.stranger || r.status === 'PENDING')).toBe(true);
    expect(rows.some((r) => r.split)).toBe(true);
    // Invoice numbers are gapless from 1 per seller, and the counter points past the last one.
    const gaps = await one<{ max: number; count: number; next: number }>(
      `SELECT max(i.number) AS max, count(*)::int AS count, c.next_value AS next
         FROM invoices i JOIN seller_counters c ON c.seller_id = i.seller_id AND c.kind = 'INVOICE_NUMBER'
         JOIN sellers s ON s.id = i.seller_id WHERE s.name = 'Demo Brand' GROUP BY c.next_value`,
    );
    expect(gaps.max).toBe(gaps.count);
    expect(gaps.next).toBe(gaps.count + 1);
  });

  it('keeps totals equal to the sum of lines plus shipping', async () => {
    const bad = await ds.query(
      `SELECT o.id FROM orders o LEFT JOIN order_items i ON i.order_id = o.id
        GROUP BY o.id HAVING o.subtotal_amount <> coalesce(sum(i.line_total_amount), 0) OR o.item_count <> count(i.id)`,
    );
    expect(bad).toEqual([]);
  });
});

describe('constraints make invalid rows impossible', () => {
  const sellerOf = (name: string) => one<{ id: string }>(`SELECT id FROM sellers WHERE name = $1`, [name]);
  const orderOf = (sellerId: string) =>
    one<{ id: string }>(`SELECT id FROM orders WHERE seller_id = $1 LIMIT 1`, [sellerId]);

  it.each([
    ['a total that is not subtotal plus shipping', `UPDATE orders SET total_amount = total_amount + 1 WHERE id = $1`],
    [
      'a negative shipping cost',
      `UPDATE orders SET shipping_amount = -1, total_amount = subtotal_amount - 1 WHERE id = $1`,
    ],
    ['an unknown status', `UPDATE orders SET status = 'SHIPPED' WHERE id = $1`],
    [
      'an accepted order without acceptance time',
      `UPDATE orders SET status = 'ACCEPTED', accepted_at = NULL WHERE id = $1`,
    ],
    ['a zero quantity', `UPDATE order_items SET quantity = 0, line_total_amount = 0 WHERE order_id = $1`],
    [
      'a line total that does not match',
      `UPDATE order_items SET line_total_amount = line_total_amount + 1 WHERE order_id = $1`,
    ],
    ['a currency that is not ISO 4217', `UPDATE orders SET currency = 'usd' WHERE id = $1`],
  ])('refuses %s', async (_what, sql) => {
    const { id } = await orderOf((await sellerOf('Demo Brand')).id);
    await expect(ds.query(sql, [id])).rejects.toThrow(/violates check constraint/);
  });

  it("refuses links into another seller's data", async () => {
    const demo = await sellerOf('Demo Brand');
    const other = await sellerOf('Other Brand');
    const theirOrder = await orderOf(other.id);
    const item = await one<{ id: string }>(`SELECT id FROM order_items WHERE seller_id = $1 LIMIT 1`, [demo.id]);
    await expect(
      ds.query(`UPDATE order_items SET order_id = $1 WHERE id = $2`, [theirOrder.id, item.id]),
    ).rejects.toThrow(/foreign key/);
    const ourOrder = await orderOf(demo.id);
    await expect(
      ds.query(`UPDATE orders SET parent_order_id = $1 WHERE id = $2`, [theirOrder.id, ourOrder.id]),
    ).rejects.toThrow(/foreign key/);
    const theirCustomer = await one<{ id: string }>(`SELECT id FROM customers WHERE seller_id = $1 LIMIT 1`, [
      other.id,
    ]);
    await expect(
      ds.query(`UPDATE orders SET customer_id = $1 WHERE id = $2`, [theirCustomer.id, ourOrder.id]),
    ).rejects.toThrow(/foreign key/);
  });

  it('refuses a second order with the same number for a seller, and a reused invoice number', async () => {
    const demo = await sellerOf('Demo Brand');
    const [a, b] = await ds.query(
      `SELECT id, number FROM orders WHERE seller_id = $1 AND parent_order_id IS NULL LIMIT 2`,
      [demo.id],
    );
    await expect(ds.query(`UPDATE orders SET number = $1 WHERE id = $2`, [a.number, b.id])).rejects.toThrow(
      /duplicate key/,
    );
    const [issued] = await ds.query(`SELECT number FROM invoices WHERE seller_id = $1 AND number IS NOT NULL LIMIT 1`, [
      demo.id,
    ]);
    const [uninvoiced] = await ds.query(
      `SELECT id FROM orders o WHERE seller_id = $1 AND status = 'ACCEPTED' AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id) LIMIT 1`,
      [demo.id],
    );
    await expect(
      ds.query(
        `INSERT INTO invoices (seller_id, order_id, number, status, payment_method, currency, subtotal_amount, shipping_amount, total_amount, snapshot, issued_at)
         VALUES ($1, $2, $3, 'ISSUED', 'CARD', 'USD', 0, 0, 0, '{}', now())`,
        [demo.id, uninvoiced.id, issued.number],
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  it('keeps an issued invoice as it was issued: no change to its content, no deletion', async () => {
    const [invoice] = await ds.query(`SELECT id FROM invoices WHERE status = 'ISSUED' LIMIT 1`);
    for (const sql of [
      `UPDATE invoices SET total_amount = total_amount + 1, subtotal_amount = subtotal_amount + 1 WHERE id = $1`,
      `UPDATE invoices SET snapshot = '{}' WHERE id = $1`,
      `UPDATE invoices SET number = number + 1000 WHERE id = $1`,
      `DELETE FROM invoices WHERE id = $1`,
    ]) {
      await expect(ds.query(sql, [invoice.id])).rejects.toThrow(/issued invoice .* cannot be/);
    }
    await ds.query(`UPDATE invoices SET payment_status = payment_status WHERE id = $1`, [invoice.id]);
  });

  it('stores session tokens only as 32-byte hashes', async () => {
    const user = await one<{ id: string }>(`SELECT id FROM seller_users LIMIT 1`);
    await expect(
      ds.query(
        `INSERT INTO sessions (token_hash, seller_user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
        [Buffer.from('plain-token'), user.id],
      ),
    ).rejects.toThrow(/check constraint/);
    await ds.query(
      `INSERT INTO sessions (token_hash, seller_user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
      [crypto.randomBytes(32), user.id],
    );
  });
});
