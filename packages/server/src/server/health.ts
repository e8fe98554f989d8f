import express from 'express';
import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';

/** How long a stopping process lets in-flight requests and jobs finish before it exits anyway. */
export const DRAIN_TIMEOUT_SECONDS = 20;

/** A dependency /readyz checks: it resolves when the part answers, and rejects (or times out) when not. */
export type ReadinessCheck = { name: string; check: () => Promise<unknown> };

/** A check that has not answered after this long counts as down: a probe must not hang. */
const CHECK_TIMEOUT_MS = 3_000;

export type ReadinessReport = {
  status: 'ready' | 'unavailable';
  /** What stops the process from taking traffic: `draining`, or the names of the checks that failed. */
  failing: string[];
  checks: Record<string, 'up' | 'down'>;
};

/**
 * Whether the process should get traffic: every dependency answers and it is not shutting down.
 * The wiring builds one per process and calls `drain()` when SIGTERM arrives.
 */
export class Readiness {
  private draining = false;

  constructor(private readonly checks: ReadinessCheck[]) {}

  drain(): void {
    this.draining = true;
  }

  async report(): Promise<ReadinessReport> {
    const results = await Promise.all(
      this.checks.map(async ({ name, check }) => [name, await answers(check)] as const),
    );
    const checks = Object.fromEntries(results.map(([name, up]) => [name, up ? 'up' : 'down'] as const));
    const failing = [...(this.draining ? ['draining'] : []), ...results.filter(([, up]) => !up).map(([name]) => name)];
    return { status: failing.length ? 'unavailable' : 'ready', failing, checks };
  }
}

async function answers(check: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The checks every process makes: its PostgreSQL pool and the job queue's own connections and schema. */
export const databaseChecks = (db: DataSource, boss: PgBoss): ReadinessCheck[] => [
  { name: 'postgres', check: () => db.query('SELECT 1') },
  { name: 'jobQueue', check: () => boss.getDb().executeSql('SELECT version FROM pgboss.version', []) },
];

/** Redis, when configured: ready means its connection is up (commands would queue otherwise). */
export const redisCheck = (isReady: () => boolean): ReadinessCheck => ({
  name: 'redis',
  check: async () => {
    if (!isReady()) throw new Error('redis is not connected');
  },
});

/** The paths probes call, never answered by the dashboard and left out of the access log. */
export const PROBE_PATHS = ['/healthz', '/readyz', '/metrics'];

/**
 * GET /healthz: liveness, the process answers (restart it when it does not). GET /readyz: readiness,
 * 200 or 503 naming what fails (take it out of the load balancer meanwhile).
 */
export function healthRoutes(readiness: Readiness): express.Router {
  return express
    .Router()
    .get('/healthz', (_req, res) => {
      res.setHeader('Cache-Control', 'no-store').json({ status: 'ok' });
    })
    .get('/readyz', async (_req, res) => {
      const report = await readiness.report();
      res
        .status(report.status === 'ready' ? 200 : 503)
        .setHeader('Cache-Control', 'no-store')
        .json(report);
    });
}
