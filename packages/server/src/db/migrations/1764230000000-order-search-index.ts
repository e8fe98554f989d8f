import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The buyer-name search of one seller's orders from one index: trigrams of the buyer name under the
 * seller (btree_gin lets a GIN index lead with the uuid), so a search reads only that seller's
 * matches, common or rare names alike. It replaces the marketplace-wide trigram index, which every
 * search used with all sellers' matches (searches are always of one seller).
 */
export class OrderSearchIndex1764230000000 implements MigrationInterface {
  name = 'OrderSearchIndex1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await q.query(
      `CREATE INDEX orders_seller_buyer_name_trgm ON orders USING gin (seller_id, buyer_name gin_trgm_ops)`,
    );
    await q.query(`DROP INDEX orders_buyer_name_trgm`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX orders_buyer_name_trgm ON orders USING gin (buyer_name gin_trgm_ops)`);
    await q.query(`DROP INDEX orders_seller_buyer_name_trgm`);
    await q.query(`DROP EXTENSION IF EXISTS btree_gin`);
  }
}
