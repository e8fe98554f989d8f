import type { MigrationInterface, QueryRunner } from 'typeorm';

const currency = `currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$')`;

/**
 * After acceptance: edits and cancellations of accepted orders, voided invoices, supplementary
 * invoices for what an edit adds, credit notes for what it takes away, and refunds (card refunds
 * through Stripe, attempt by attempt; terms refunds recorded as owed back to the buyer).
 */
export class OrderAdjustments1764180000000 implements MigrationInterface {
  name = 'OrderAdjustments1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders
      ADD COLUMN cancellation_reason text
        CHECK (cancellation_reason IN ('BUYER_REQUEST', 'OUT_OF_STOCK', 'CANNOT_SHIP', 'PAYMENT_ISSUE', 'OTHER')),
      ADD COLUMN cancellation_message text,
      ADD COLUMN restocked boolean NOT NULL DEFAULT false,
      ADD CONSTRAINT orders_cancellation_recorded CHECK (status <> 'CANCELLED' OR cancellation_reason IS NOT NULL)`);

    // An order may now carry several issued invoices (the first, then one per edit that adds to a paid
    // order); still at most one draft at a time.
    await q.query(`DROP INDEX invoices_one_current_per_order`);
    await q.query(`CREATE UNIQUE INDEX invoices_one_draft_per_order ON invoices (order_id) WHERE status = 'DRAFT'`);
    await q.query(`CREATE INDEX invoices_order_idx ON invoices (order_id, created_at)`);
    await q.query(`ALTER TABLE invoices ADD COLUMN void_reason text,
      ADD CONSTRAINT invoices_void_reason CHECK ((status = 'VOID') = (void_reason IS NOT NULL))`);

    await q.query(`CREATE TABLE credit_notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      order_id uuid NOT NULL,
      invoice_id uuid NOT NULL,
      number integer NOT NULL CHECK (number >= 1),
      number_prefix text NOT NULL DEFAULT '',
      reason text NOT NULL CHECK (length(trim(reason)) > 0),
      ${currency},
      subtotal_amount bigint NOT NULL CHECK (subtotal_amount >= 0),
      shipping_amount bigint NOT NULL CHECK (shipping_amount >= 0),
      total_amount bigint NOT NULL CHECK (total_amount > 0),
      snapshot jsonb NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id),
      UNIQUE (seller_id, number),
      CHECK (total_amount = subtotal_amount + shipping_amount),
      FOREIGN KEY (seller_id, order_id) REFERENCES orders (seller_id, id),
      FOREIGN KEY (seller_id, invoice_id) REFERENCES invoices (seller_id, id)
    )`);
    await q.query(`CREATE INDEX credit_notes_order_idx ON credit_notes (order_id, number)`);
    await q.query(`CREATE FUNCTION credit_notes_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'credit note % cannot be changed or deleted', OLD.id USING ERRCODE = 'check_violation';
      END $$`);
    await q.query(`CREATE TRIGGER credit_notes_are_immutable BEFORE UPDATE OR DELETE ON credit_notes
      FOR EACH ROW EXECUTE FUNCTION credit_notes_are_immutable()`);

    await q.query(`ALTER TABLE payments ADD CONSTRAINT payments_seller_id_unique UNIQUE (seller_id, id)`);
    // One refund per paid payment a credit note is paid back from.
    await q.query(`CREATE TABLE refunds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      order_id uuid NOT NULL,
      credit_note_id uuid NOT NULL,
      payment_id uuid NOT NULL,
      method text NOT NULL CHECK (method IN ('CARD', 'TERMS')),
      status text NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'OWED')),
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      ${currency},
      terms_method text CHECK (terms_method IN ('CHECK', 'ACH', 'WIRE', 'OTHER')),
      reference text CHECK (length(reference) <= 200),
      refunded_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id),
      CHECK (method = 'TERMS' OR status <> 'OWED'),
      CHECK (method = 'CARD' OR status IN ('OWED', 'SUCCEEDED')),
      CHECK (method = 'CARD' OR status <> 'SUCCEEDED' OR (terms_method IS NOT NULL AND refunded_on IS NOT NULL)),
      FOREIGN KEY (seller_id, order_id) REFERENCES orders (seller_id, id),
      FOREIGN KEY (seller_id, credit_note_id) REFERENCES credit_notes (seller_id, id),
      FOREIGN KEY (seller_id, payment_id) REFERENCES payments (seller_id, id)
    )`);
    await q.query(`CREATE INDEX refunds_order_idx ON refunds (order_id, created_at)`);
    await q.query(`CREATE INDEX refunds_payment_idx ON refunds (payment_id)`);

    // Every call to Stripe for a card refund: a retry is a new attempt, and none refunds twice.
    await q.query(`CREATE TABLE refund_attempts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      refund_id uuid NOT NULL,
      attempt integer NOT NULL CHECK (attempt >= 1),
      status text NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
      idempotency_key text NOT NULL UNIQUE,
      stripe_refund_id text UNIQUE,
      failure_message text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (refund_id, attempt),
      FOREIGN KEY (seller_id, refund_id) REFERENCES refunds (seller_id, id)
    )`);
    await q.query(`CREATE INDEX refund_attempts_pending_idx ON refund_attempts (updated_at) WHERE status = 'PENDING'`);
    await q.query(
      `CREATE UNIQUE INDEX refund_attempts_one_pending ON refund_attempts (refund_id) WHERE status = 'PENDING'`,
    );

    await q.query(`ALTER TABLE outbound_emails DROP CONSTRAINT outbound_emails_kind_check`);
    await q.query(`ALTER TABLE outbound_emails ADD CONSTRAINT outbound_emails_kind_check
      CHECK (kind IN ('ORDER_REJECTED', 'ORDER_CANCELLED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM outbound_emails WHERE kind = 'ORDER_CANCELLED'`);
    await q.query(`ALTER TABLE outbound_emails DROP CONSTRAINT outbound_emails_kind_check`);
    await q.query(
      `ALTER TABLE outbound_emails ADD CONSTRAINT outbound_emails_kind_check CHECK (kind IN ('ORDER_REJECTED'))`,
    );
    await q.query(`DROP TABLE refund_attempts`);
    await q.query(`DROP TABLE refunds`);
    await q.query(`ALTER TABLE payments DROP CONSTRAINT payments_seller_id_unique`);
    await q.query(`DROP TABLE credit_notes`);
    await q.query(`DROP FUNCTION credit_notes_are_immutable()`);
    await q.query(`ALTER TABLE invoices DROP CONSTRAINT invoices_void_reason, DROP COLUMN void_reason`);
    await q.query(`DROP INDEX invoices_order_idx`);
    await q.query(`DROP INDEX invoices_one_draft_per_order`);
    await q.query(`CREATE UNIQUE INDEX invoices_one_current_per_order ON invoices (order_id) WHERE status <> 'VOID'`);
    await q.query(`ALTER TABLE orders DROP CONSTRAINT orders_cancellation_recorded, DROP COLUMN restocked,
      DROP COLUMN cancellation_message, DROP COLUMN cancellation_reason`);
  }
}
