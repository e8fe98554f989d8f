import type PgBoss from 'pg-boss';
import { jobRuns } from '../common/metrics';
import { runInRequestContext } from '../common/request-context';

/**
 * Runs one job's work: timed in order_desk_job_duration_seconds by queue and outcome, and with the id
 * of the request that queued it (withRequestId) on every line it logs. A failure is rethrown, so
 * pg-boss retries the job.
 */
export async function runJob<T>(queue: string, job: PgBoss.Job<T>, work: (data: T) => Promise<unknown>): Promise<void> {
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
