import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key: a mutation's first answer per (seller, credential, key), replayed to a retry for
 * 24 hours. A row without a response is a claim: its request is still running (or crashed; a claim
 * older than its lease may be taken over).
 */
export class IdempotencyKeys1764300000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // credential is `user:<id>` or `api-key:<id>`: two keys of one seller never share a key space.
    // claim changes when a stale claim is taken over, so the crashed request cannot store over it.
    await q.query(`CREATE TABLE idempotency_keys (
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      credential text NOT NULL,
      key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
      request_hash text NOT NULL,
      claim uuid NOT NULL DEFAULT gen_random_uuid(),
      claimed_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      response_status int,
      response_type text,
      response_body text,
      PRIMARY KEY (seller_id, credential, key)
    )`);
    // The daily purge deletes by expiry.
    await q.query(`CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
