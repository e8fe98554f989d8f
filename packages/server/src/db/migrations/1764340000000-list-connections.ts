import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indexes behind the invoices, buyers and catalogue variants connections: each sort is an index
 * range under the seller, so a page reads its rows in order and stops. Invoice creation times are
 * kept to the millisecond, like orders' placed_at: a cursor carries the time as JavaScript reads it,
 * and a finer time in the row would fall between two cursors.
 */
export class ListConnections1764340000000 implements MigrationInterface {
  name = 'ListConnections1764340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invoices ALTER COLUMN created_at TYPE timestamptz(3)`);
    await q.query(`CREATE INDEX invoices_list_idx ON invoices (seller_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX invoices_due_idx ON invoices (seller_id, (coalesce(due_on, 'infinity'::date)), id)`);
    await q.query(`CREATE INDEX invoices_issued_idx ON invoices (seller_id, issued_at) WHERE issued_at IS NOT NULL`);
    await q.query(`CREATE INDEX buyers_name_idx ON buyers (company_name, id)`);
    await q.query(`CREATE INDEX buyers_name_trgm ON buyers USING gin (company_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX products_name_idx ON products (seller_id, name, id)`);
    await q.query(`CREATE INDEX product_variants_product_idx ON product_variants (seller_id, product_id, sku, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX product_variants_product_idx`);
    await q.query(`DROP INDEX products_name_idx`);
    await q.query(`DROP INDEX buyers_name_trgm`);
    await q.query(`DROP INDEX buyers_name_idx`);
    await q.query(`DROP INDEX invoices_issued_idx`);
    await q.query(`DROP INDEX invoices_due_idx`);
    await q.query(`DROP INDEX invoices_list_idx`);
    await q.query(`ALTER TABLE invoices ALTER COLUMN created_at TYPE timestamptz`);
  }
}
