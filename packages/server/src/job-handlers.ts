import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { RetentionWindows } from './config/config';
import type { EmailDelivery } from './notifications/email-delivery';
import { EmailKind } from './notifications/email-kind';
import type { EmailOutbox } from './notifications/email-outbox';
import type { CardPaymentService } from './payments/card-payment.service';
import type { RefundService } from './refunds/refund.service';
import type { WebhookAutoDisable } from './webhooks/webhook-auto-disable';
import type { WebhookDeliveryJob } from './webhooks/webhook-delivery-job';
import type { DeliveryJob } from './webhooks/webhook-outbox';
import { JOB_QUEUE_CONNECTIONS, JOB_QUEUE_SPARE_CONNECTIONS, QUEUES } from './jobs/job-queue';
import { runJob } from './jobs/job-run';
import { announceNewJobs, listenForNewJobs } from './jobs/job-wakeups';
import { QueueWorkers } from './jobs/queue-workers';
import { purgeExpiredRecords } from './jobs/retention';

/** Webhook tries run side by side, so one slow receiver does not hold up the others. */
const WEBHOOK_SENDERS = 4;

export type WorkerDeps = {
  emails: EmailDelivery;
  cardPayments: CardPaymentService;
  refunds: RefundService;
  webhooks: WebhookDeliveryJob;
  webhookAutoDisable: WebhookAutoDisable;
  emailOutbox: EmailOutbox;
  reconcileAfterSeconds: number;
  /** The daily purge of records past their windows. */
  retention: { db: DataSource; windows: RetentionWindows; logger: Logger };
  /** Where new jobs are announced (job-wakeups.ts), and how often workers poll besides. */
  wakeups: { databaseUrl: string; pollSeconds: number; logger: Logger };
};

/** This process's workers: their ids, and `close` to stop listening for new jobs (before the queue stops). */
export type RunningWorkers = { workerIds: string[]; close: () => Promise<void> };

/**
 * The job handlers: outbox emails, card charges and refunds, webhook deliveries and the disabling of
 * endpoints failing for days, the payment reconciliation that runs every minute and the retention
 * purge that runs every night. Each job is taken by one worker at a time; failures retry with
 * backoff. Every job runs through runJob (metrics, the queuing request's id in its logs). Workers
 * are woken when a job is queued and poll every `wakeups.pollSeconds` besides (queue-workers.ts).
 */
export async function startWorkers(boss: PgBoss, { wakeups, ...deps }: WorkerDeps): Promise<RunningWorkers> {
  await announceNewJobs(boss);
  const workers = new QueueWorkers(boss, wakeups.pollSeconds);
  // Listening before the workers start: a job queued meanwhile is found by a worker's first look.
  const listener = await listenForNewJobs(wakeups.databaseUrl, (queue) => workers.wake(queue), wakeups.logger);
  try {
    await registerWorkers(workers, boss, deps);
  } catch (error) {
    await listener.close();
    throw error;
  }
  return { workerIds: workers.ids, close: () => listener.close() };
}

async function registerWorkers(
  workers: QueueWorkers,
  boss: PgBoss,
  {
    emails,
    cardPayments,
    refunds,
    webhooks,
    webhookAutoDisable,
    emailOutbox,
    reconcileAfterSeconds,
    retention,
  }: Omit<WorkerDeps, 'wakeups'>,
): Promise<void> {
  await workers.work<{ emailId: string }>(QUEUES.EMAIL, { batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await runJob(QUEUES.EMAIL, job, (data) => emails.deliver(data.emailId));
  });
  await workers.work<{ paymentId: string }>(QUEUES.PAYMENT_CHARGE, { batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await runJob(QUEUES.PAYMENT_CHARGE, job, (data) => cardPayments.charge(data.paymentId));
  });
  await workers.work<{ attemptId: string }>(QUEUES.REFUND, { batchSize: 1, includeMetadata: true }, async (jobs) => {
    // The last retry reports the refund failed (the seller can retry it) instead of failing the job.
    for (const job of jobs) {
      const finalTry = job.retryCount >= job.retryLimit;
      await runJob(QUEUES.REFUND, job, (data) => refunds.refund(data.attemptId, { finalTry }));
    }
  });
  for (let sender = 0; sender < WEBHOOK_SENDERS; sender++) {
    await workers.work<DeliveryJob>(QUEUES.WEBHOOK_DELIVERY, { batchSize: 1, includeMetadata: true }, async (jobs) => {
      for (const job of jobs) {
        const isLastTry = job.retryCount >= job.retryLimit;
        await runJob(QUEUES.WEBHOOK_DELIVERY, job, (data) => webhooks.deliver(data, isLastTry));
      }
    });
  }
  await workers.work<DeliveryJob>(QUEUES.WEBHOOK_GAVE_UP, { batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await runJob(QUEUES.WEBHOOK_GAVE_UP, job, (data) => webhooks.giveUp(data));
  });
  await workers.work(QUEUES.WEBHOOK_AUTO_DISABLE, {}, async (jobs) => {
    for (const job of jobs) {
      await runJob(QUEUES.WEBHOOK_AUTO_DISABLE, job, () =>
        // webhooks/ may not import notifications/: the owners' email is handed in here, and written in
        // the transaction that disables the endpoint.
        webhookAutoDisable.run((tx, endpoint) =>
          emailOutbox.enqueue(tx, {
            sellerId: endpoint.sellerId,
            orderId: null,
            webhookEndpointId: endpoint.id,
            kind: EmailKind.WEBHOOK_ENDPOINT_DISABLED,
            dedupeKey: `webhook-endpoint-disabled:${endpoint.id}:${endpoint.disabledAt.toISOString()}`,
          }),
        ),
      );
    }
  });
  await boss.schedule(QUEUES.WEBHOOK_AUTO_DISABLE, '*/10 * * * *');
  await workers.work(QUEUES.PAYMENT_RECONCILE, {}, async (jobs) => {
    for (const job of jobs) {
      await runJob(QUEUES.PAYMENT_RECONCILE, job, async () => {
        await cardPayments.reconcile(reconcileAfterSeconds);
        await refunds.reconcile(reconcileAfterSeconds);
      });
    }
  });
  await boss.schedule(QUEUES.PAYMENT_RECONCILE, '* * * * *');
  await workers.work(QUEUES.RETENTION, {}, async (jobs) => {
    for (const job of jobs) {
      await runJob(QUEUES.RETENTION, job, async () => {
        const purged = await purgeExpiredRecords(retention.db, retention.windows);
        retention.logger.info({ purged }, 'retention: records past their window deleted');
      });
    }
  });
  // Every night at 03:17 UTC, when the desk is quiet (pg-boss schedules in UTC).
  await boss.schedule(QUEUES.RETENTION, '17 3 * * *');
  // A worker waiting for a connection when the queue stops would never stop (see JOB_QUEUE_CONNECTIONS).
  const needed = workers.ids.length + 1 + JOB_QUEUE_SPARE_CONNECTIONS;
  if (needed > JOB_QUEUE_CONNECTIONS) {
    throw new Error(`The job queue's pool has ${JOB_QUEUE_CONNECTIONS} connections; its workers need ${needed}.`);
  }
}
