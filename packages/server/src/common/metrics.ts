import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served at /metrics (server/metrics.ts). docs/operations.md lists
 * every series with the alerts to set on it; keep the two together.
 */
export const metricsRegistry = new Registry();
const registers = [metricsRegistry];

/** Seconds, from a 5 ms cache hit to a 10 s export. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequestDuration = new Histogram({
  name: 'order_desk_http_request_duration_seconds',
  help: 'HTTP requests by method, route and status code, with their duration.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: DURATION_BUCKETS,
  registers,
});

export const graphqlOperationDuration = new Histogram({
  name: 'order_desk_graphql_operation_duration_seconds',
  help: 'GraphQL operations over HTTP by operation name and type, with their duration.',
  labelNames: ['operation', 'type'] as const,
  buckets: DURATION_BUCKETS,
  registers,
});

export const graphqlErrors = new Counter({
  name: 'order_desk_graphql_errors_total',
  help: 'GraphQL errors and mutation userErrors, by code (INTERNAL_SERVER_ERROR: an unexpected failure).',
  labelNames: ['code'] as const,
  registers,
});

export const graphqlQueryCost = new Histogram({
  name: 'order_desk_graphql_query_cost',
  help: 'Computed cost of each GraphQL operation (the cost limit and rate limit spend it), by operation name.',
  labelNames: ['operation'] as const,
  buckets: [1, 10, 50, 100, 250, 500, 1000, 2000, 5000],
  registers,
});

export const jobRuns = new Histogram({
  name: 'order_desk_job_duration_seconds',
  help: 'Jobs run by this process, by queue and outcome (completed, or failed: retried later or given up).',
  labelNames: ['queue', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60],
  registers,
});

export const webhookDeliveries = new Counter({
  name: 'order_desk_webhook_delivery_attempts_total',
  help: 'Webhook delivery tries by outcome: succeeded, retrying (a failed try with retries left) or failed (given up).',
  labelNames: ['outcome'] as const,
  registers,
});

export const cardCharges = new Counter({
  name: 'order_desk_card_charges_total',
  help: "Card charges by Stripe's answer: paid, failed (declined, or no card on file), requires_action, processing, or error (no answer: retried).",
  labelNames: ['outcome'] as const,
  registers,
});

export const openSubscriptions = new Gauge({
  name: 'order_desk_graphql_subscriptions',
  help: 'GraphQL subscriptions open on this process.',
  registers,
});

export type PoolStats = { total: number; idle: number; waiting: number };
const pools = new Set<() => PoolStats>();

new Gauge({
  name: 'order_desk_db_pool_connections',
  help: 'Database pool connections: in_use, idle, and waiting (requests queued for a free connection).',
  labelNames: ['state'] as const,
  registers,
  collect() {
    const sum = { in_use: 0, idle: 0, waiting: 0 };
    for (const stats of pools) {
      const { total, idle, waiting } = stats();
      sum.in_use += total - idle;
      sum.idle += idle;
      sum.waiting += waiting;
    }
    for (const [state, value] of Object.entries(sum)) this.set({ state }, value);
  },
});

/** Counts a pool in order_desk_db_pool_connections until the returned function is called. */
export function watchDatabasePool(stats: () => PoolStats): () => void {
  pools.add(stats);
  return () => pools.delete(stats);
}

export type QueueCount = { queue: string; state: string; count: number };
let queueCounts: (() => Promise<QueueCount[]>) | null = null;

new Gauge({
  name: 'order_desk_job_queue_jobs',
  help: 'Jobs in the queue (every process reads the same shared table) by queue and state: created and retry wait, active run, failed gave up.',
  labelNames: ['queue', 'state'] as const,
  registers,
  async collect() {
    if (!queueCounts) return;
    this.reset();
    for (const { queue, state, count } of await queueCounts()) this.set({ queue, state }, count);
  },
});

/** Where order_desk_job_queue_jobs reads the queue from (the latest process part to start wins). */
export function watchJobQueue(counts: () => Promise<QueueCount[]>): () => void {
  queueCounts = counts;
  return () => {
    if (queueCounts === counts) queueCounts = null;
  };
}

let processMetricsOn = false;

/** Node's own series (CPU, memory, event loop lag, GC), once per process. */
export function collectProcessMetrics(): void {
  if (processMetricsOn) return;
  processMetricsOn = true;
  collectDefaultMetrics({ register: metricsRegistry, prefix: 'order_desk_' });
}

const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

/**
 * The operation label: its name, or `anonymous`; past 200 distinct names (partners choose them), `other`,
 * so a client cannot grow the series without bound.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
  operationNames.add(name);
  return name;
}
