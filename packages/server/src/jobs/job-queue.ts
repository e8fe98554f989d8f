import { setTimeout } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { currentRequestContext } from '../common/request-context';
import { rows } from '../common/sql';
import { jobsRunningNow } from './job-run';
import type { Config } from '../config/config';

export const QUEUES = {
  EMAIL: 'email-send',
  PAYMENT_CHARGE: 'payment-charge',
  PAYMENT_RECONCILE: 'payment-reconcile',
  REFUND: 'payment-refund',
  WEBHOOK_DELIVERY: 'webhook-delivery',
  /** Dead letters of webhook-delivery: jobs out of retries, also those whose last try crashed. */
  WEBHOOK_GAVE_UP: 'webhook-delivery-gave-up',
  /** The daily purge of records past their retention window (jobs/retention.ts). */
  RETENTION: 'retention',
  /** Every 10 minutes: disables webhook endpoints failing for days and emails their owners. */
  WEBHOOK_AUTO_DISABLE: 'webhook-auto-disable',
} as const;

/**
 * Connections of pg-boss's own pool. A polling worker holds at most one at a time, and none may be
 * waiting for one when the queue stops: pg-pool neither serves nor fails a request still queued when
 * the pool ends, so that worker would never stop, and pg-boss's removal loop (PgBoss#offWork) would
 * check on it every second forever, keeping the process alive. Hence one for every worker
 * (startWorkers checks its count against it), pg-boss's own send-it worker, and spares.
 */
export const JOB_QUEUE_CONNECTIONS = 16;
/** Beside the workers: pg-boss's maintenance, monitoring and cron, and sends outside a transaction. */
export const JOB_QUEUE_SPARE_CONNECTIONS = 4;

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
  /** Days finished jobs stay in pg-boss's archive before its maintenance deletes them. */
  archiveDays: number;
};

/** The queue's settings from the configuration (the API, the worker and the CLI share them). */
export const jobQueueSettings = (
  config: Pick<
    Config,
    | 'jobMaintenanceIntervalSeconds'
    | 'jobExpireSeconds'
    | 'jobRetryLimit'
    | 'jobRetryDelaySeconds'
    | 'webhooks'
    | 'retention'
  >,
): Omit<JobQueueOptions, 'url' | 'logger'> => ({
  maintenanceIntervalSeconds: config.jobMaintenanceIntervalSeconds,
  jobExpireSeconds: config.jobExpireSeconds,
  retryLimit: config.jobRetryLimit,
  retryDelaySeconds: config.jobRetryDelaySeconds,
  webhookRetry: { limit: config.webhooks.retryLimit, delaySeconds: config.webhooks.retryDelaySeconds },
  archiveDays: config.retention.jobArchiveDays,
});

/**
 * The durable job queue (pg-boss, in PostgreSQL): jobs are enqueued in the same transaction as the
 * change that causes them, survive crashes, and are retried with backoff. Each queue's options are
 * written at every start: pg-boss's createQueue keeps an existing queue's old ones, so a changed
 * JOB_RETRY_* or WEBHOOK_RETRY_* would otherwise apply only to a new database. (A job takes its
 * queue's options when it is queued; jobs already waiting keep theirs.)
 */
export async function startJobQueue({
  url,
  logger,
  maintenanceIntervalSeconds,
  jobExpireSeconds,
  retryLimit,
  retryDelaySeconds,
  webhookRetry,
  archiveDays,
}: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: 'order-desk-jobs',
    max: JOB_QUEUE_CONNECTIONS,
    maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: Math.max(maintenanceIntervalSeconds, 1),
    deleteAfterDays: archiveDays,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  const retried = { retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds: jobExpireSeconds };
  const queues: PgBoss.Queue[] = [
    { name: QUEUES.EMAIL, ...retried },
    { name: QUEUES.PAYMENT_CHARGE, ...retried },
    { name: QUEUES.REFUND, ...retried },
    { name: QUEUES.WEBHOOK_GAVE_UP, retryLimit: 5, retryBackoff: true },
    {
      name: QUEUES.WEBHOOK_DELIVERY,
      retryLimit: webhookRetry.limit,
      retryDelay: webhookRetry.delaySeconds,
      retryBackoff: true,
      expireInSeconds: jobExpireSeconds,
      deadLetter: QUEUES.WEBHOOK_GAVE_UP,
    },
    // One at a time (the policy drops a second while one is queued); a missed run waits for the next.
    { name: QUEUES.PAYMENT_RECONCILE, policy: 'singleton', retryLimit: 0 },
    { name: QUEUES.RETENTION, policy: 'singleton', retryLimit: 0 },
    { name: QUEUES.WEBHOOK_AUTO_DISABLE, policy: 'singleton' },
  ];
  for (const queue of queues) {
    await boss.createQueue(queue.name, queue);
    await boss.updateQueue(queue.name, queue);
  }
  return boss;
}

/** How often pg-boss checks whether the workers it was told to stop have stopped (PgBoss#offWork). */
const WORKER_REMOVAL_CHECK_MS = 1_000;
/** How long a shutdown waits for jobs still running after pg-boss has stopped. */
const JOB_END_WAIT_MS = 15_000;

/**
 * Stops the queue: a job in progress finishes (or is retried later), then its connections close.
 * pg-boss removes stopped workers in a loop that checks once a second and may outlive stop(). Every
 * worker has stopped once stop() has closed the pool (no worker waits for a connection: see
 * JOB_QUEUE_CONNECTIONS), so waiting out one more check means nothing of the queue still runs once
 * this resolves (a test file's teardown would otherwise meet that loop's timer).
 */
export async function stopJobQueue(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  // A worker counts as stopped only once the job it runs has ended (at most the job's own timeout).
  await Promise.race([jobsRunningNow(), setTimeout(JOB_END_WAIT_MS)]);
  await setTimeout(WORKER_REMOVAL_CHECK_MS + 100);
}

/**
 * A job's data with the id of the request that queues it, so the worker's log lines of the job carry
 * it too (see jobs/job-run.ts).
 */
export function withRequestId<T extends object>(data: T): T & { requestId?: string } {
  const requestId = currentRequestContext()?.requestId;
  return requestId ? { ...data, requestId } : data;
}

/** Lets pg-boss write its job rows through the caller's transaction (enqueue commits or rolls back with it). */
export const inTransaction = (tx: EntityManager) => ({
  executeSql: async (text: string, values: unknown[]) => ({ rows: await rows(tx, text, values) }),
});
