import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound webhooks: the seller's endpoints, one delivery per (endpoint, event) written in the
 * transaction that records the event, and every attempt to deliver it (the delivery log).
 */
export class Webhooks1764200000000 implements MigrationInterface {
  name = 'Webhooks1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // The secret is kept as is: signing needs it in the clear (a hash would not do), and a key to
    // encrypt it would live in the same deployment as the database. It is never read back by the API.
    await q.query(`CREATE TABLE webhook_endpoints (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      url text NOT NULL CHECK (length(url) <= 2048),
      description text CHECK (length(description) <= 200),
      events text[] NOT NULL CHECK (cardinality(events) > 0),
      enabled boolean NOT NULL DEFAULT true,
      secret text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id)
    )`);
    await q.query(`CREATE INDEX webhook_endpoints_seller_idx ON webhook_endpoints (seller_id) WHERE enabled`);

    // body is the exact JSON sent (and signed): every retry and resend sends the same bytes.
    // job_id is the one job allowed to send it: a resend replaces it, so an older job still around
    // (or its dead letter) changes nothing.
    await q.query(`CREATE TABLE webhook_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      endpoint_id uuid NOT NULL,
      job_id uuid NOT NULL DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL,
      event_type text NOT NULL CHECK (event_type ~ '^[a-z_]+(\\.[a-z_]+)?$'),
      body text NOT NULL,
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      last_status_code integer,
      last_error text,
      last_attempt_at timestamptz,
      delivered_at timestamptz,
      -- Milliseconds, like the keyset cursors of the delivery log that compare with it.
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id),
      UNIQUE (endpoint_id, event_id),
      CHECK ((status = 'SUCCEEDED') = (delivered_at IS NOT NULL)),
      FOREIGN KEY (seller_id, endpoint_id) REFERENCES webhook_endpoints (seller_id, id) ON DELETE CASCADE
    )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC)`,
    );

    await q.query(`CREATE TABLE webhook_delivery_attempts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      delivery_id uuid NOT NULL,
      attempt integer NOT NULL CHECK (attempt > 0),
      status_code integer,
      duration_ms integer NOT NULL CHECK (duration_ms >= 0),
      error text,
      response_excerpt text,
      attempted_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (delivery_id, attempt),
      FOREIGN KEY (seller_id, delivery_id) REFERENCES webhook_deliveries (seller_id, id) ON DELETE CASCADE
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_delivery_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
