import type PgBoss from 'pg-boss';

type Fetch = Omit<PgBoss.WorkOptions, 'pollingIntervalSeconds'>;
type Workers = { ids: string[]; busy: Set<string>; next: number };

/**
 * This process's job workers, by queue. pg-boss has each worker poll for jobs; here a worker polls
 * only every `pollSeconds`, for what no insert announces (retries coming due, jobs queued while the
 * listener reconnected), and is woken when a job of its queue is queued (job-wakeups.ts). A worker
 * that ran a job looks again at once and wakes an idle sibling, so a burst drains side by side
 * without a job waiting out a poll.
 */
export class QueueWorkers {
  private readonly queues = new Map<string, Workers>();

  constructor(
    private readonly boss: PgBoss,
    private readonly pollSeconds: number,
  ) {}

  work<T>(
    queue: string,
    options: Fetch & { includeMetadata: true },
    handler: PgBoss.WorkWithMetadataHandler<T>,
  ): Promise<string>;
  work<T>(queue: string, options: Fetch, handler: PgBoss.WorkHandler<T>): Promise<string>;
  // pg-boss answers jobs with their metadata when includeMetadata is set: the handler of that overload reads it.
  async work<T>(
    queue: string,
    options: Fetch,
    handler: (jobs: PgBoss.JobWithMetadata<T>[]) => Promise<unknown>,
  ): Promise<string> {
    const workers = this.queues.get(queue) ?? { ids: [], busy: new Set<string>(), next: 0 };
    this.queues.set(queue, workers);
    let self = '';
    self = await this.boss.work<T>(
      queue,
      { ...options, pollingIntervalSeconds: this.pollSeconds },
      async (jobs: PgBoss.Job<T>[]) => {
        if (!jobs.length) return;
        workers.busy.add(self);
        try {
          await handler(jobs as PgBoss.JobWithMetadata<T>[]);
        } finally {
          // Still marked busy here, so the wake-up goes to a sibling.
          this.wake(queue);
          workers.busy.delete(self);
          this.boss.notifyWorker(self);
        }
      },
    );
    workers.ids.push(self);
    return self;
  }

  /** Wakes an idle worker of the queue, each in turn; none when all are running a job (each looks again when done). */
  wake(queue: string): void {
    const workers = this.queues.get(queue);
    if (!workers) return;
    for (let tried = 0; tried < workers.ids.length; tried++) {
      const id = workers.ids[workers.next++ % workers.ids.length]!;
      if (workers.busy.has(id)) continue;
      this.boss.notifyWorker(id);
      return;
    }
  }

  get ids(): string[] {
    return [...this.queues.values()].flatMap((workers) => workers.ids);
  }
}
