import type PgBoss from 'pg-boss';
import { jobRuns } from '../common/metrics';
import { runInRequestContext } from '../common/request-context';

/**
 * Runs one job's work: timed in order_desk_job_duration_seconds by queue and outcome, and with the id
 * of the request that queued it (withRequestId) on every line it logs. A failure is rethrown, so
 * pg-boss retries the job.
 */
/** The jobs this process is running now, so a shutdown can wait for them (see stopJobQueue). */
const running = new Set<Promise<void>>();

/** Settles once every job running now has ended. */
export async function jobsRunningNow(): Promise<void> {
  await Promise.allSettled([...running]);
}

export function runJob<T>(queue: string, job: PgBoss.Job<T>, work: (data: T) => Promise<unknown>): Promise<void> {
  const run = timedRun(queue, job, work);
  running.add(run);
  void run.catch(() => undefined).finally(() => running.delete(run));
  return run;
}

async function timedRun<T>(queue: string, job: PgBoss.Job<T>, work: (data: T) => Promise<unknown>): Promise<void> {
  const started = process.hrtime.bigint();
  // Scheduled jobs carry no data at all.
  const data: unknown = job.data;
  const requestId =
    data && typeof data === 'object' && 'requestId' in data && typeof data.requestId === 'string'
      ? data.requestId
      : undefined;
  let outcome = 'failed';
  try {
    // Only a job queued by a request opens a context (its cost: see common/request-context.ts).
    await (requestId ? runInRequestContext({ requestId }, () => work(job.data)) : work(job.data));
    outcome = 'completed';
  } finally {
    jobRuns.observe({ queue, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
  }
}
