import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks a partner can trust: a rotated secret keeps signing until its overlap ends, replays are
 * deliveries of their own (the same event again, so one event can now have several deliveries per
 * endpoint), endpoints failing for days are disabled with a reason, and their owners get an email.
 */
export class WebhookStandard1764330000000 implements MigrationInterface {
  name = 'WebhookStandard1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_endpoints
      ADD COLUMN previous_secret text,
      ADD COLUMN previous_secret_expires_at timestamptz,
      ADD COLUMN failing_since timestamptz,
      ADD COLUMN disabled_reason text,
      ADD COLUMN disabled_at timestamptz,
      ADD CONSTRAINT webhook_endpoints_previous_secret_check
        CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL)),
      ADD CONSTRAINT webhook_endpoints_disabled_check CHECK (disabled_at IS NULL OR NOT enabled)`);
    // Test events are kept out of replays; the pings sent so far were the only ones.
    await q.query(`ALTER TABLE webhook_deliveries ADD COLUMN test boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE webhook_deliveries SET test = true WHERE event_type = 'ping'`);
    await q.query(`ALTER TABLE webhook_deliveries ADD COLUMN replay_of uuid,
      ADD CONSTRAINT webhook_deliveries_replay_of_fkey FOREIGN KEY (seller_id, replay_of)
        REFERENCES webhook_deliveries (seller_id, id) ON DELETE CASCADE`);
    // The original delivery stays one per endpoint and event; replays are more of the same event.
    await q.query(`ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_endpoint_id_event_id_key`);
    await q.query(`CREATE UNIQUE INDEX webhook_deliveries_endpoint_event_key ON webhook_deliveries (endpoint_id, event_id)
      WHERE replay_of IS NULL`);
    await q.query(`CREATE INDEX webhook_deliveries_replay_of_idx ON webhook_deliveries (replay_of)`);
    await q.query(`CREATE INDEX webhook_endpoints_failing_idx ON webhook_endpoints (failing_since) WHERE enabled`);
    await q.query(`ALTER TABLE outbound_emails ADD COLUMN webhook_endpoint_id uuid,
      ADD CONSTRAINT outbound_emails_webhook_endpoint_fkey FOREIGN KEY (seller_id, webhook_endpoint_id)
        REFERENCES webhook_endpoints (seller_id, id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE outbound_emails DROP CONSTRAINT outbound_emails_kind_check`);
    await q.query(`ALTER TABLE outbound_emails ADD CONSTRAINT outbound_emails_kind_check
      CHECK (kind IN ('ORDER_REJECTED', 'ORDER_CANCELLED', 'WEBHOOK_ENDPOINT_DISABLED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM outbound_emails WHERE kind = 'WEBHOOK_ENDPOINT_DISABLED'`);
    await q.query(`ALTER TABLE outbound_emails DROP CONSTRAINT outbound_emails_kind_check`);
    await q.query(`ALTER TABLE outbound_emails ADD CONSTRAINT outbound_emails_kind_check
      CHECK (kind IN ('ORDER_REJECTED', 'ORDER_CANCELLED'))`);
    await q.query(`ALTER TABLE outbound_emails DROP COLUMN webhook_endpoint_id`);
    await q.query(`DELETE FROM webhook_deliveries WHERE replay_of IS NOT NULL`);
    await q.query(`DROP INDEX webhook_deliveries_endpoint_event_key`);
    await q.query(`ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_endpoint_id_event_id_key
      UNIQUE (endpoint_id, event_id)`);
    await q.query(`ALTER TABLE webhook_deliveries DROP COLUMN replay_of, DROP COLUMN test`);
    await q.query(`ALTER TABLE webhook_endpoints DROP COLUMN previous_secret, DROP COLUMN previous_secret_expires_at,
      DROP COLUMN failing_since, DROP COLUMN disabled_reason, DROP COLUMN disabled_at`);
  }
}
