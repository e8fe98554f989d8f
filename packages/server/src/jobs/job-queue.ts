import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import type { Config } from '../config/config';

export const QUEUES = {
  EMAIL: 'email-send',
  PAYMENT_CHARGE: 'payment-charge',
  PAYMENT_RECONCILE: 'payment-reconcile',
  REFUND: 'payment-refund',
  WEBHOOK_DELIVERY: 'webhook-delivery',
  /** Dead letters of webhook-delivery: jobs out of retries, also those whose last try crashed. */
  WEBHOOK_GAVE_UP: 'webhook-delivery-gave-up',
  /** Every 10 minutes: disables webhook endpoints failing for days and emails their owners. */
  WEBHOOK_AUTO_DISABLE: 'webhook-auto-disable',
  /** Daily: deletes Idempotency-Keys past their 24 hours. */
  IDEMPOTENCY_PURGE: 'idempotency-purge',
} as const;

export type JobQueueOptions = {
  url: string;
  logger: Logger;
  /** How often expired (crashed) jobs are detected and retried. */
  maintenanceIntervalSeconds: number;
  /** A job still active after this long is treated as crashed and retried. */
  jobExpireSeconds: number;
  /** Retries of a failing job (email, charge, refund), and the first delay (doubling each time). */
  retryLimit: number;
  retryDelaySeconds: number;
  /** Retries of a webhook delivery and the first delay; each retry waits about twice as long. */
  webhookRetry: { limit: number; delaySeconds: number };
};

/** The queue's settings from the configuration (the API, the worker and the CLI share them). */
export const jobQueueSettings = (
  config: Pick<
    Config,
    'jobMaintenanceIntervalSeconds' | 'jobExpireSeconds' | 'jobRetryLimit' | 'jobRetryDelaySeconds' | 'webhooks'
  >,
): Omit<JobQueueOptions, 'url' | 'logger'> => ({
  maintenanceIntervalSeconds: config.jobMaintenanceIntervalSeconds,
  jobExpireSeconds: config.jobExpireSeconds,
  retryLimit: config.jobRetryLimit,
  retryDelaySeconds: config.jobRetryDelaySeconds,
  webhookRetry: { limit: config.webhooks.retryLimit, delaySeconds: config.webhooks.retryDelaySeconds },
});

/**
 * The durable job queue (pg-boss, in PostgreSQL): jobs are enqueued in the same transaction as the
 * change that causes them, survive crashes, and are retried with backoff.
 */
export async function startJobQueue({
  url,
  logger,
  maintenanceIntervalSeconds,
  jobExpireSeconds,
  retryLimit,
  retryDelaySeconds,
  webhookRetry,
}: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: 'order-desk-jobs',
    max: 4,
    maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: Math.max(maintenanceIntervalSeconds, 1),
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const name of [QUEUES.EMAIL, QUEUES.PAYMENT_CHARGE, QUEUES.REFUND]) {
    await boss.createQueue(name, {
      name,
      retryLimit,
      retryDelay: retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: jobExpireSeconds,
    });
  }
  await boss.createQueue(QUEUES.WEBHOOK_GAVE_UP, { name: QUEUES.WEBHOOK_GAVE_UP, retryLimit: 5, retryBackoff: true });
  // Updated as well as created: a changed WEBHOOK_RETRY_* applies to a queue made by an earlier start.
  const webhookQueue = {
    name: QUEUES.WEBHOOK_DELIVERY,
    retryLimit: webhookRetry.limit,
    retryDelay: webhookRetry.delaySeconds,
    retryBackoff: true,
    expireInSeconds: jobExpireSeconds,
    deadLetter: QUEUES.WEBHOOK_GAVE_UP,
  };
  await boss.createQueue(QUEUES.WEBHOOK_DELIVERY, webhookQueue);
  await boss.updateQueue(QUEUES.WEBHOOK_DELIVERY, webhookQueue);
  // One reconciliation at a time (the queue policy drops a second while one is queued).
  await boss.createQueue(QUEUES.PAYMENT_RECONCILE, {
    name: QUEUES.PAYMENT_RECONCILE,
    policy: 'singleton',
    retryLimit: 0,
  });
  await boss.createQueue(QUEUES.IDEMPOTENCY_PURGE, { name: QUEUES.IDEMPOTENCY_PURGE, policy: 'singleton' });
  await boss.createQueue(QUEUES.WEBHOOK_AUTO_DISABLE, { name: QUEUES.WEBHOOK_AUTO_DISABLE, policy: 'singleton' });
  return boss;
}

/** Lets pg-boss write its job rows through the caller's transaction (enqueue commits or rolls back with it). */
export const inTransaction = (tx: EntityManager) => ({
  executeSql: async (text: string, values: unknown[]) => ({ rows: await rows(tx, text, values) }),
});
