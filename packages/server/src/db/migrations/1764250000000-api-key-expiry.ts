import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys may expire: past `expires_at` a key authenticates nothing, like a revoked one. */
export class ApiKeyExpiry1764250000000 implements MigrationInterface {
  name = 'ApiKeyExpiry1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys ADD COLUMN expires_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys DROP COLUMN expires_at`);
  }
}
