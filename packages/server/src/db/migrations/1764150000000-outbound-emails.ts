import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The email outbox: a row per email to send, written in the transaction that causes it (a rejection),
 * delivered by the worker. `dedupe_key` makes "one email per rejection" a database fact.
 */
export class OutboundEmails1764150000000 implements MigrationInterface {
  name = 'OutboundEmails1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE outbound_emails (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      order_id uuid,
      kind text NOT NULL CHECK (kind IN ('ORDER_REJECTED')),
      dedupe_key text NOT NULL UNIQUE,
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      last_error text,
      to_address text,
      subject text,
      message_id text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
      FOREIGN KEY (seller_id, order_id) REFERENCES orders (seller_id, id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX outbound_emails_order_idx ON outbound_emails (order_id)`);
    await q.query(`CREATE INDEX outbound_emails_pending_idx ON outbound_emails (created_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbound_emails`);
  }
}
