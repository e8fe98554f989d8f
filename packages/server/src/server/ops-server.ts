import http from 'node:http';
import express from 'express';
import { healthRoutes, type Readiness } from './health';
import { metricsRoute } from './metrics';

export type OpsServer = { port: number; close: () => Promise<void> };

/**
 * METRICS_PORT: /metrics, /healthz and /readyz on a port of their own, kept off the public one. The
 * worker process, which serves nothing else, gets its probes here too.
 */
export async function startOpsServer({
  port,
  host,
  readiness,
  token,
}: {
  port: number;
  host: string;
  readiness: Readiness;
  token: string | undefined;
}): Promise<OpsServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(readiness));
  app.get('/metrics', metricsRoute(token));
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
