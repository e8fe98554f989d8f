import pino from 'pino';
import type PgBoss from 'pg-boss';
import { loadConfig } from '../config/config';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { jobQueueSettings, QUEUES, startJobQueue } from './job-queue';

describe('job queue options', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(() => database.drop());

  const start = (env: Record<string, string>) =>
    startJobQueue({ url: database.url, logger: pino({ level: 'silent' }), ...jobQueueSettings(loadConfig(env)) });
  const retryLimitOf = async (boss: PgBoss, queue: string) => (await boss.getQueue(queue))!.retryLimit;

  it('applies a changed JOB_RETRY_LIMIT (and the other retry settings) at the next start', async () => {
    const first = await start({ JOB_RETRY_LIMIT: '12', WEBHOOK_RETRY_LIMIT: '8' });
    expect(await retryLimitOf(first, QUEUES.EMAIL)).toBe(12);
    await first.stop({ graceful: false, wait: true });

    const restarted = await start({ JOB_RETRY_LIMIT: '3', JOB_RETRY_DELAY_SECONDS: '7', WEBHOOK_RETRY_LIMIT: '2' });
    try {
      for (const queue of [QUEUES.EMAIL, QUEUES.PAYMENT_CHARGE, QUEUES.REFUND]) {
        expect(await restarted.getQueue(queue)).toMatchObject({ retryLimit: 3, retryDelay: 7, retryBackoff: true });
      }
      expect(await retryLimitOf(restarted, QUEUES.WEBHOOK_DELIVERY)).toBe(2);
      // Queues keep what makes them what they are: policy and dead letter.
      expect(await restarted.getQueue(QUEUES.PAYMENT_RECONCILE)).toMatchObject({ policy: 'singleton', retryLimit: 0 });
      expect(await restarted.getQueue(QUEUES.WEBHOOK_DELIVERY)).toMatchObject({ deadLetter: QUEUES.WEBHOOK_GAVE_UP });
      // A job queued from now on takes the new limit.
      const id = await restarted.send(QUEUES.EMAIL, { emailId: 'x' }, { startAfter: 3600 });
      expect((await restarted.getJobById(QUEUES.EMAIL, id!))?.retryLimit).toBe(3);
    } finally {
      await restarted.stop({ graceful: false, wait: true });
    }
  });
});
