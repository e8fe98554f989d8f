import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables partners sync besides orders (orders have their own trigger: orders_version). */
const TOUCHED = ['invoices', 'credit_notes', 'refunds', 'shipments', 'customers'];

/**
 * updatedAt for incremental sync, set in one place per table: orders keep their version trigger
 * (1764220000000, which also records the transaction in version_xact); the other synced tables get
 * a trigger that sets updated_at when a row changes, whoever writes it (TypeORM or raw SQL).
 * Customers and credit notes had no updated_at: a customer starts at its creation, a credit note at
 * its issue (it is immutable, so its updatedAt stays its issue time).
 *
 * Indexes: the orders sync pages by (version_xact, id) per seller (see orders/order-sync.ts), and
 * `updatedSince` is a range on (seller_id, updated_at) on each synced table.
 */
export class SyncUpdatedAt1764320000000 implements MigrationInterface {
  name = 'SyncUpdatedAt1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customers ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE customers SET updated_at = created_at`);
    await q.query(`ALTER TABLE credit_notes ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE credit_notes SET updated_at = issued_at`);
    await q.query(`CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- now(), like orders: the change's transaction time, whichever statement of it made the change.
        IF NEW IS DISTINCT FROM OLD THEN
          NEW.updated_at := now();
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of TOUCHED) {
      await q.query(
        `CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION touch_updated_at()`,
      );
      await q.query(`CREATE INDEX ${table}_updated_idx ON ${table} (seller_id, updated_at, id)`);
    }
    await q.query(`CREATE INDEX orders_updated_idx ON orders (seller_id, updated_at, id)`);
    await q.query(`CREATE INDEX orders_sync_idx ON orders (seller_id, version_xact, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orders_sync_idx`);
    await q.query(`DROP INDEX orders_updated_idx`);
    for (const table of TOUCHED) {
      await q.query(`DROP INDEX ${table}_updated_idx`);
      await q.query(`DROP TRIGGER ${table}_updated_at ON ${table}`);
    }
    await q.query(`DROP FUNCTION touch_updated_at()`);
    await q.query(`ALTER TABLE credit_notes DROP COLUMN updated_at`);
    await q.query(`ALTER TABLE customers DROP COLUMN updated_at`);
  }
}
