import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { webhookDeliveries } from '../common/metrics';
import { rows } from '../common/sql';
import { WebhookDeliveryStatus } from './webhook-delivery-status';
import type { DeliveryJob } from './webhook-outbox';
import type { SendOutcome, WebhookSender } from './webhook-sender';
import { SIGNATURE_HEADER, signWebhook, standardWebhookHeaders } from './webhook-signature';

type DeliveryToSend = {
  id: string;
  status: WebhookDeliveryStatus;
  event_id: string;
  event_type: string;
  body: string;
  url: string;
  /** The endpoint's secret, and the one it replaced while the rotation's overlap lasts. */
  secrets: string[];
  enabled: boolean;
};

export class WebhookDeliveryFailed extends Error {}

/**
 * The webhook-delivery job: one signed POST per try. Each try is logged and the delivery updated in
 * one transaction after the answer (no lock is held while the receiver thinks). A failed try throws,
 * so pg-boss retries it with backoff; the last allowed try marks the delivery FAILED. Delivery is at
 * least once: a crash after the receiver's 2xx and before our commit sends it again, with the same
 * event id, which receivers use to drop the duplicate.
 */
export class WebhookDeliveryJob {
  constructor(
    private readonly db: DataSource,
    private readonly sender: WebhookSender,
    private readonly logger: Logger,
  ) {}

  async deliver({ deliveryId, jobId }: DeliveryJob, isLastTry: boolean): Promise<void> {
    const [delivery] = await this.db.query<DeliveryToSend[]>(
      `SELECT d.id, d.status, d.event_id, d.event_type, d.body, e.url, e.enabled,
              array_remove(ARRAY[e.secret, CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret END],
                           NULL) AS secrets
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.seller_id = d.seller_id AND e.id = d.endpoint_id
        WHERE d.id = $1 AND d.job_id = $2`,
      [deliveryId, jobId],
    );
    if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING) return;
    if (!delivery.enabled) {
      await this.giveUp({ deliveryId, jobId }, 'The endpoint is disabled.');
      return;
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const outcome = await this.sender.post(delivery.url, delivery.body, {
      'Content-Type': 'application/json',
      'User-Agent': 'OrderDesk-Webhooks/1.0',
      'Order-Desk-Event-Id': delivery.event_id,
      'Order-Desk-Event-Type': delivery.event_type,
      'Order-Desk-Delivery-Id': delivery.id,
      [SIGNATURE_HEADER]: signWebhook(delivery.secrets, delivery.body, timestamp),
      ...standardWebhookHeaders(delivery.secrets, delivery.event_id, delivery.body, timestamp),
    });
    await this.record({ deliveryId, jobId }, outcome, isLastTry);
    webhookDeliveries.inc({ outcome: outcome.error ? (isLastTry ? 'failed' : 'retrying') : 'succeeded' });
    if (outcome.error) {
      this.logger.info(
        { deliveryId, statusCode: outcome.statusCode, err: outcome.error, isLastTry },
        'webhook try failed',
      );
      throw new WebhookDeliveryFailed(outcome.error);
    }
  }

  /**
   * Marks a delivery still pending under this job FAILED. The dead letter of a job out of retries
   * comes here too: after a normal last try it changes nothing, after a crash during the last try it
   * keeps the delivery from staying pending for ever.
   */
  async giveUp({ deliveryId, jobId }: DeliveryJob, reason: string | null = null): Promise<void> {
    await this.db.query(
      `UPDATE webhook_deliveries SET status = 'FAILED', last_error = coalesce($3, last_error, 'The last try did not finish.')
        WHERE id = $1 AND job_id = $2 AND status = 'PENDING'`,
      [deliveryId, jobId, reason],
    );
  }

  private async record({ deliveryId, jobId }: DeliveryJob, outcome: SendOutcome, isLastTry: boolean): Promise<void> {
    const status = outcome.error
      ? isLastTry
        ? WebhookDeliveryStatus.FAILED
        : WebhookDeliveryStatus.PENDING
      : WebhookDeliveryStatus.SUCCEEDED;
    await this.db.transaction(async (tx) => {
      const [updated] = await rows<{ seller_id: string; endpoint_id: string; attempts: number }>(
        tx,
        `UPDATE webhook_deliveries
            SET attempts = attempts + 1, status = $2, last_status_code = $3, last_error = $4, last_attempt_at = now(),
                delivered_at = CASE WHEN $2 = 'SUCCEEDED' THEN now() END
          WHERE id = $1 AND job_id = $5 AND status = 'PENDING'
          RETURNING seller_id, endpoint_id, attempts`,
        [deliveryId, status, outcome.statusCode, outcome.error, jobId],
      );
      if (!updated) return; // deleted with its endpoint, or resent, meanwhile
      // Since when every try has failed: the auto-disable sweep reads it, a success clears it. Written
      // only when it changes, so a busy endpoint's row is not rewritten on every try.
      await tx.query(
        outcome.error
          ? `UPDATE webhook_endpoints SET failing_since = now() WHERE id = $1 AND failing_since IS NULL`
          : `UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL`,
        [updated.endpoint_id],
      );
      await tx.query(
        `INSERT INTO webhook_delivery_attempts
           (seller_id, delivery_id, attempt, status_code, duration_ms, error, response_excerpt)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          updated.seller_id,
          deliveryId,
          updated.attempts,
          outcome.statusCode,
          outcome.durationMs,
          outcome.error,
          outcome.responseExcerpt,
        ],
      );
    });
  }
}
