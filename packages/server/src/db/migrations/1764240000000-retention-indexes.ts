import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily retention job (jobs/retention.ts) deletes old webhook attempts and sent emails in small
 * batches; these indexes let each batch find its rows without scanning the table.
 */
export class RetentionIndexes1764240000000 implements MigrationInterface {
  name = 'RetentionIndexes1764240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX webhook_delivery_attempts_attempted_idx ON webhook_delivery_attempts (attempted_at)`);
    await q.query(`CREATE INDEX outbound_emails_sent_idx ON outbound_emails (sent_at) WHERE status = 'SENT'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbound_emails_sent_idx`);
    await q.query(`DROP INDEX webhook_delivery_attempts_attempted_idx`);
  }
}
