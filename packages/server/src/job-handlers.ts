import type PgBoss from 'pg-boss';
import type { EmailDelivery } from './notifications/email-delivery';
import { EmailKind } from './notifications/email-kind';
import type { EmailOutbox } from './notifications/email-outbox';
import type { CardPaymentService } from './payments/card-payment.service';
import type { RefundService } from './refunds/refund.service';
import type { IdempotencyKeys } from './server/idempotency-keys';
import type { WebhookAutoDisable } from './webhooks/webhook-auto-disable';
import type { WebhookDeliveryJob } from './webhooks/webhook-delivery-job';
import type { DeliveryJob } from './webhooks/webhook-outbox';
import { QUEUES } from './jobs/job-queue';

/** Webhook tries run side by side, so one slow receiver does not hold up the others. */
const WEBHOOK_SENDERS = 4;

export type WorkerDeps = {
  emails: EmailDelivery;
  cardPayments: CardPaymentService;
  refunds: RefundService;
  webhooks: WebhookDeliveryJob;
  webhookAutoDisable: WebhookAutoDisable;
  emailOutbox: EmailOutbox;
  idempotencyKeys: IdempotencyKeys;
  reconcileAfterSeconds: number;
};

/**
 * The job handlers: outbox emails, card charges and refunds, webhook deliveries and the disabling of
 * endpoints failing for days, the payment
 * reconciliation that runs every minute and the daily purge of expired Idempotency-Keys. Each job is taken by one worker at a time; failures retry
 * with backoff.
 */
export async function startWorkers(
  boss: PgBoss,
  {
    emails,
    cardPayments,
    refunds,
    webhooks,
    webhookAutoDisable,
    emailOutbox,
    idempotencyKeys,
    reconcileAfterSeconds,
  }: WorkerDeps,
): Promise<void> {
  await boss.work<{ emailId: string }>(QUEUES.EMAIL, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await emails.deliver(job.data.emailId);
  });
  await boss.work<{ paymentId: string }>(
    QUEUES.PAYMENT_CHARGE,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async (jobs) => {
      for (const job of jobs) await cardPayments.charge(job.data.paymentId);
    },
  );
  await boss.work<{ attemptId: string }>(
    QUEUES.REFUND,
    { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
    async (jobs) => {
      // The last retry reports the refund failed (the seller can retry it) instead of failing the job.
      for (const job of jobs) await refunds.refund(job.data.attemptId, { finalTry: job.retryCount >= job.retryLimit });
    },
  );
  for (let sender = 0; sender < WEBHOOK_SENDERS; sender++) {
    await boss.work<DeliveryJob>(
      QUEUES.WEBHOOK_DELIVERY,
      { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
      async (jobs) => {
        for (const job of jobs) await webhooks.deliver(job.data, job.retryCount >= job.retryLimit);
      },
    );
  }
  await boss.work<DeliveryJob>(QUEUES.WEBHOOK_GAVE_UP, { batchSize: 1, pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) await webhooks.giveUp(job.data);
  });
  await boss.work(QUEUES.WEBHOOK_AUTO_DISABLE, { pollingIntervalSeconds: 5 }, async () => {
    // webhooks/ may not import notifications/: the owners' email is handed in here, and written in
    // the transaction that disables the endpoint.
    await webhookAutoDisable.run((tx, endpoint) =>
      emailOutbox.enqueue(tx, {
        sellerId: endpoint.sellerId,
        orderId: null,
        webhookEndpointId: endpoint.id,
        kind: EmailKind.WEBHOOK_ENDPOINT_DISABLED,
        dedupeKey: `webhook-endpoint-disabled:${endpoint.id}:${endpoint.disabledAt.toISOString()}`,
      }),
    );
  });
  await boss.schedule(QUEUES.WEBHOOK_AUTO_DISABLE, '*/10 * * * *');
  await boss.work(QUEUES.PAYMENT_RECONCILE, { pollingIntervalSeconds: 5 }, async () => {
    await cardPayments.reconcile(reconcileAfterSeconds);
    await refunds.reconcile(reconcileAfterSeconds);
  });
  await boss.schedule(QUEUES.PAYMENT_RECONCILE, '* * * * *');
  await boss.work(QUEUES.IDEMPOTENCY_PURGE, { pollingIntervalSeconds: 60 }, async () => {
    await idempotencyKeys.purgeExpired();
  });
  await boss.schedule(QUEUES.IDEMPOTENCY_PURGE, '17 3 * * *');
}
