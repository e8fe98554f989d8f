import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eventually, freePort, startNodeProcess } from '@order-desk/testing';
import { createTestDatabase, type TestDatabase } from './test/test-database';

const run = promisify(execFile);
const DIST = path.resolve(__dirname, '../dist');

/** Whether loading dist/tracing.js, as main.js and worker.js do first, loads any OpenTelemetry module. */
async function loadsOpenTelemetry(env: NodeJS.ProcessEnv): Promise<boolean> {
  const probe = `require(${JSON.stringify(path.join(DIST, 'tracing.js'))});
    console.log(Object.keys(require.cache).some((file) => file.includes('@opentelemetry')));
    process.exit(0);`;
  const { stdout } = await run(process.execPath, ['-e', probe], { env });
  return stdout.trim() === 'true';
}

describe('tracing', () => {
  it('loads nothing of OpenTelemetry unless OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
    const { OTEL_EXPORTER_OTLP_ENDPOINT: _unset, ...env } = process.env;
    expect(await loadsOpenTelemetry(env)).toBe(false);
    expect(await loadsOpenTelemetry({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' })).toBe(true);
  });

  describe('with a collector', () => {
    const exports: Buffer[] = [];
    let collector: http.Server;
    let database: TestDatabase;
    let dataDir: string;
    beforeAll(async () => {
      collector = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          if (req.url === '/v1/traces') exports.push(Buffer.concat(chunks));
          res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
        });
      });
      await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
      database = await createTestDatabase();
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-tracing-'));
    });
    afterAll(async () => {
      await new Promise((resolve) => collector.close(resolve));
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('exports the spans of an HTTP request, its GraphQL operation and its SQL over OTLP', async () => {
      const port = await freePort();
      const api = await startNodeProcess({
        entry: path.join(DIST, 'main.js'),
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: database.url,
          DATA_DIR: dataDir,
          SEED_DEMO_DATA: 'false',
          LOG_LEVEL: 'warn',
          MAIL_CATCHER_PORT: '0',
          STRIPE_STAND_IN_PORT: '0',
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
          OTEL_SERVICE_NAME: 'order-desk-tracing-test',
          OTEL_BSP_SCHEDULE_DELAY: '100',
        },
        ready: { url: `http://127.0.0.1:${port}/healthz` },
      });
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'query TracedOperation { me { id } }' }),
        });
        expect(response.status).toBe(200);
        await eventually(async () => {
          const sent = Buffer.concat(exports).toString('latin1');
          expect(sent).toContain('order-desk-tracing-test');
          expect(sent).toContain('POST /graphql'); // the HTTP span, named by its route
          expect(sent).toContain('TracedOperation'); // the GraphQL operation
          expect(sent).toMatch(/pg\.query/); // the SQL it ran
        });
      } finally {
        expect(await api.stop()).toBe(0);
      }
    }, 60_000);
  });
});
