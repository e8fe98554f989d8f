import type PgBoss from 'pg-boss';
import { QUEUES } from '../jobs/job-queue';
import type { EmailDelivery } from './email-delivery';

type EmailJob = { emailId: string };

/** Delivers outbox emails from the job queue, one at a time per worker; failures retry with backoff. */
export async function startEmailWorker(boss: PgBoss, delivery: EmailDelivery): Promise<string> {
  return boss.work<EmailJob>(QUEUES.EMAIL, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await delivery.deliver(job.data.emailId);
  });
}
