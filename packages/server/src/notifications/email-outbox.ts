import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { inTransaction, QUEUES, withRequestId } from '../jobs/job-queue';
import type { EmailKind } from './email-kind';

/** What the email is about: an order (to its buyer), or a webhook endpoint (to the seller's owners). */
export type EmailRequest = {
  sellerId: string;
  orderId: string | null;
  webhookEndpointId?: string;
  kind: EmailKind;
  dedupeKey: string;
};

/** Records an email to send and its delivery job, both in the caller's transaction. */
export class EmailOutbox {
  constructor(private readonly boss: PgBoss) {}

  async enqueue(tx: EntityManager, request: EmailRequest): Promise<{ id: string }> {
    const inserted = await rows<{ id: string }>(
      tx,
      `INSERT INTO outbound_emails (seller_id, order_id, webhook_endpoint_id, kind, dedupe_key) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [request.sellerId, request.orderId, request.webhookEndpointId ?? null, request.kind, request.dedupeKey],
    );
    const [row] = inserted;
    if (!row) {
      const [existing] = await rows<{ id: string }>(tx, `SELECT id FROM outbound_emails WHERE dedupe_key = $1`, [
        request.dedupeKey,
      ]);
      return existing!;
    }
    // The job id is the email id: enqueueing the same email twice cannot make two jobs.
    await this.boss.send(QUEUES.EMAIL, withRequestId({ emailId: row.id }), { id: row.id, db: inTransaction(tx) });
    return row;
  }
}
