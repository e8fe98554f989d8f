import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments: Stripe events received (each applied once), how a terms payment was made, and an index
 * for the overdue invoices the lists highlight.
 */
export class Payments1764170000000 implements MigrationInterface {
  name = 'Payments1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE stripe_events (
      id text PRIMARY KEY,
      type text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`ALTER TABLE payments
      ADD COLUMN terms_method text CHECK (terms_method IN ('CHECK', 'ACH', 'WIRE', 'OTHER')),
      ADD CONSTRAINT payments_terms_recorded CHECK (method <> 'TERMS' OR (terms_method IS NOT NULL AND paid_on IS NOT NULL)),
      ADD CONSTRAINT payments_stripe_for_cards CHECK (method = 'CARD' OR stripe_payment_intent_id IS NULL)`);
    // Seeded terms payments predate terms_method: they were cheques.
    await q.query(`UPDATE payments SET terms_method = 'CHECK' WHERE method = 'TERMS' AND terms_method IS NULL`);
    await q.query(`CREATE INDEX payments_invoice_idx ON payments (invoice_id, attempt)`);
    await q.query(`CREATE INDEX payments_processing_idx ON payments (updated_at) WHERE status = 'PROCESSING'`);
    await q.query(
      `CREATE INDEX invoices_open_due_idx ON invoices (seller_id, due_on) WHERE status = 'ISSUED' AND payment_status <> 'PAID'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX invoices_open_due_idx`);
    await q.query(`DROP INDEX payments_processing_idx`);
    await q.query(`DROP INDEX payments_invoice_idx`);
    await q.query(`ALTER TABLE payments DROP CONSTRAINT payments_stripe_for_cards, DROP CONSTRAINT payments_terms_recorded,
      DROP COLUMN terms_method`);
    await q.query(`DROP TABLE stripe_events`);
  }
}
