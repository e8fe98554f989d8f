import autocannon from 'autocannon';

export type Side = 'ours' | 'baseline';

/** One HTTP request of a scenario; `done` is true once a write scenario has used up its fresh targets. */
export type NextRequest =
  { method: 'GET' | 'POST'; path: string; body?: string; headers: Record<string, string> } | { done: true };

export type Measurement = {
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and answers whose body reports an error. */
  errors: number;
  errorRate: number;
  seconds: number;
  /** A write scenario ran out of fresh targets before the duration ended (the figures cover the time it ran). */
  stoppedEarly: boolean;
  /** Server CPU time per request (all server processes of the side), in ms. */
  cpuMsPerRequest?: number;
  /** PostgreSQL's CPU time per request over the same window (every local postgres process), in ms. */
  databaseCpuMsPerRequest?: number;
  /** With `--cpu-prof`: the measured window's profile files and its busy time by package (self time). */
  profile?: {
    files: string[];
    packages: { package: string; percent: number; cpuMsPerRequest: number }[];
  };
  /** The first answer counted as an error, to tell what went wrong. */
  sampleError?: string;
};

export type LoadPlan = {
  port: number | number[];
  connections: number;
  seconds: number;
  next: () => NextRequest;
  /** True when a 2xx answer's body carries no error. */
  ok: (body: string) => boolean;
};

/**
 * Runs autocannon on loopback for a fixed duration at a fixed concurrency. With several ports (the
 * cluster mode) one autocannon instance per port shares the connections, and their figures add up.
 */
export async function measure(plan: LoadPlan): Promise<Measurement> {
  const ports = Array.isArray(plan.port) ? plan.port : [plan.port];
  let bodyErrors = 0;
  let sampleError: string | undefined;
  let placeholders = 0;
  let stoppedEarly = false;
  const instances: autocannon.Instance[] = [];
  const started = Date.now();
  const results = await Promise.all(
    ports.map(
      (port, index) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const connections =
            Math.floor(plan.connections / ports.length) + (index < plan.connections % ports.length ? 1 : 0);
          const instance = autocannon(
            {
              url: `http://127.0.0.1:${port}`,
              connections,
              duration: plan.seconds,
              pipelining: 1,
              timeout: 30,
              requests: [
                {
                  setupRequest: (request, context: { placeholder?: boolean }) => {
                    const next = plan.next();
                    context.placeholder = 'done' in next;
                    if ('done' in next) {
                      if (!stoppedEarly) {
                        stoppedEarly = true;
                        for (const i of instances) i.stop();
                      }
                      // autocannon needs a request: a cheap one, left out of the figures.
                      return { ...request, method: 'GET', path: '/healthz' };
                    }
                    return { ...request, ...next };
                  },
                  onResponse: (status, body, context: { placeholder?: boolean }) => {
                    if (context.placeholder) {
                      placeholders++;
                      return;
                    }
                    const ok = status >= 200 && status < 300;
                    if (ok && !plan.ok(body)) bodyErrors++;
                    if ((!ok || !plan.ok(body)) && sampleError === undefined)
                      sampleError = `${status} ${body.slice(0, 500)}`;
                  },
                },
              ],
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
          instances.push(instance);
        }),
    ),
  );
  const seconds = (Date.now() - started) / 1000;
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0) - placeholders;
  const transportErrors = results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
  const errors = transportErrors + bodyErrors;
  // Latency percentiles of the busiest instance (they see the same kind of load).
  const main = results.reduce((a, b) => (b.requests.total > a.requests.total ? b : a));
  return {
    requests,
    reqPerSec: Math.round((requests / seconds) * 10) / 10,
    p50: main.latency.p50,
    p95: percentile95(main),
    p99: main.latency.p99,
    errors,
    errorRate: requests ? errors / requests : 1,
    seconds: Math.round(seconds * 10) / 10,
    stoppedEarly,
    ...(errors > 0 && sampleError ? { sampleError } : {}),
  };
}

function percentile95(result: autocannon.Result): number {
  // autocannon reports p90 and p97.5; p95 is read between them (linear), which is what the target needs.
  const { p90, p97_5: p975 } = result.latency;
  return Math.round((p90 + ((p975 - p90) * 5) / 7.5) * 10) / 10;
}
