import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys of partner applications, owned by a seller like every other row; the timeline names the
 * key that made a change.
 */
export class ApiKeys1764190000000 implements MigrationInterface {
  name = 'ApiKeys1764190000000';

  async up(q: QueryRunner): Promise<void> {
    // Lets a key reference the user who created it within the same seller.
    await q.query(`ALTER TABLE seller_users ADD CONSTRAINT seller_users_seller_id_id_key UNIQUE (seller_id, id)`);
    await q.query(`CREATE TABLE api_keys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
      scopes text[] NOT NULL CHECK (
        cardinality(scopes) > 0
        AND scopes <@ ARRAY['orders:read', 'orders:write', 'invoices:read', 'invoices:write', 'payments:write']
      ),
      token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
      prefix text NOT NULL,
      created_by_user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      UNIQUE (seller_id, id),
      FOREIGN KEY (seller_id, created_by_user_id) REFERENCES seller_users (seller_id, id)
    )`);
    await q.query(`CREATE INDEX api_keys_seller_idx ON api_keys (seller_id, created_at)`);
    await q.query(`ALTER TABLE order_events
      ADD COLUMN actor_api_key_id uuid,
      ADD CONSTRAINT order_events_actor_api_key_fk FOREIGN KEY (seller_id, actor_api_key_id) REFERENCES api_keys (seller_id, id),
      ADD CONSTRAINT order_events_api_key_named CHECK (actor_type <> 'API_KEY' OR actor_api_key_id IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_events DROP CONSTRAINT order_events_api_key_named,
      DROP CONSTRAINT order_events_actor_api_key_fk, DROP COLUMN actor_api_key_id`);
    await q.query(`DROP TABLE api_keys`);
    await q.query(`ALTER TABLE seller_users DROP CONSTRAINT seller_users_seller_id_id_key`);
  }
}
