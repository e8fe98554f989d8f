import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seller deadlines: each seller's accept/ship windows (business days), time zone and locale; each
 * order's accept-by and ship-by, and its running deadline (indexed for the DEADLINE sort and the
 * deadline filters). Existing orders are backfilled with the default windows.
 */
export class SellerDeadlines1764210000000 implements MigrationInterface {
  name = 'SellerDeadlines1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sellers
      ADD COLUMN accept_within_business_days integer NOT NULL DEFAULT 2 CHECK (accept_within_business_days BETWEEN 1 AND 30),
      ADD COLUMN ship_within_business_days integer NOT NULL DEFAULT 5 CHECK (ship_within_business_days BETWEEN 1 AND 60),
      ADD COLUMN time_zone text NOT NULL DEFAULT 'America/New_York',
      ADD COLUMN locale text NOT NULL DEFAULT 'en-US'`);
    await q.query(`ALTER TABLE orders
      ADD COLUMN accept_by timestamptz(3),
      ADD COLUMN ship_by timestamptz(3),
      ADD COLUMN deadline_at timestamptz(3)`);

    // The backfill only: the application computes deadlines in business-days.ts. The end of the
    // Nth weekday after the local day of `start`, in time zone `tz`.
    await q.query(`CREATE FUNCTION pg_temp.business_days_end(start timestamptz, n integer, tz text) RETURNS timestamptz
      LANGUAGE sql IMMUTABLE AS $$
        SELECT ((d.day + 1)::timestamp AT TIME ZONE tz) - interval '1 millisecond'
          FROM (SELECT day::date AS day, row_number() OVER (ORDER BY day) AS nth
                  FROM generate_series((start AT TIME ZONE tz)::date + 1, (start AT TIME ZONE tz)::date + n * 2 + 7, interval '1 day') day
                 WHERE extract(isodow FROM day) < 6) d
         WHERE d.nth = n
      $$`);
    await q.query(`UPDATE orders o
       SET accept_by = pg_temp.business_days_end(o.placed_at, s.accept_within_business_days, s.time_zone),
           ship_by = CASE WHEN o.accepted_at IS NOT NULL
             THEN pg_temp.business_days_end(o.accepted_at, s.ship_within_business_days, s.time_zone) END
      FROM sellers s WHERE s.id = o.seller_id`);
    await q.query(`UPDATE orders o SET deadline_at = CASE
         WHEN o.status = 'PENDING' THEN o.accept_by
         WHEN o.status = 'ACCEPTED' AND NOT EXISTS (SELECT 1 FROM shipments sh WHERE sh.order_id = o.id) THEN o.ship_by
       END`);
    await q.query(`DROP FUNCTION pg_temp.business_days_end`);
    await q.query(`ALTER TABLE orders ALTER COLUMN accept_by SET NOT NULL`);
    // The DEADLINE sort key (order-cursor.ts): orders without a running deadline sort last.
    await q.query(
      `CREATE INDEX orders_deadline_idx ON orders (seller_id, (coalesce(deadline_at, 'infinity'::timestamptz)), id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orders_deadline_idx`);
    await q.query(`ALTER TABLE orders DROP COLUMN accept_by, DROP COLUMN ship_by, DROP COLUMN deadline_at`);
    await q.query(`ALTER TABLE sellers DROP COLUMN accept_within_business_days, DROP COLUMN ship_within_business_days,
      DROP COLUMN time_zone, DROP COLUMN locale`);
  }
}
