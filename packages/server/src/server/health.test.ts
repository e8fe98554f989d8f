import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eventually, freePort, startNodeProcess, type NodeProcess } from '@order-desk/testing';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { startApp, type App } from '../app';
import { createDataSource } from '../db/data-source';
import { migrateUp } from '../db/migrate';
import { MailCatcher } from '../notifications/mail-catcher';
import type { StripeGateway } from '../payments/stripe-gateway';
import { startTestApp, TEST_APP_CONFIG, type TestApp } from '../test/test-app';
import { openTestStripe } from '../test/test-stripe';

const readyz = async (url: string) => {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; failing: string[] } };
};

/** An embedded PostgreSQL of this test's own, as a process it can stop (disturbing no other test file). */
const startPostgres = (dir: string, port: number) =>
  startNodeProcess({
    entry: path.resolve(__dirname, '../test/postgres-process.mjs'),
    env: { ...process.env, POSTGRES_PROCESS_DIR: dir, POSTGRES_PROCESS_PORT: String(port) },
    ready: { output: /postgres ready/ },
  });

describe('/readyz when PostgreSQL goes away and comes back', () => {
  const logger = pino({ level: 'silent' });
  let dir: string;
  let port: number;
  let postgres: NodeProcess;
  let db: DataSource;
  let stripe: StripeGateway;
  let app: App;
  let url: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-readyz-'));
    fs.chmodSync(dir, 0o755); // PostgreSQL runs as its own user when the tests run as root
    port = await freePort();
    postgres = await startPostgres(dir, port);
    const databaseUrl = `postgres://postgres:postgres@localhost:${port}/order_desk`;
    db = createDataSource({ url: databaseUrl, poolSize: 4 });
    await db.initialize();
    await migrateUp(db);
    stripe = await openTestStripe(logger);
    app = await startApp(TEST_APP_CONFIG, db, databaseUrl, logger, stripe, new MailCatcher());
    await new Promise<void>((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.httpServer.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await app.stop();
    await stripe.stop();
    await db.destroy();
    await postgres.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 naming PostgreSQL while it is stopped, and 200 once it is back', async () => {
    expect(await readyz(url)).toEqual({
      status: 200,
      body: { status: 'ready', failing: [], checks: { postgres: 'up', jobQueue: 'up' } },
    });

    await postgres.stop();
    await eventually(async () => {
      const { status, body } = await readyz(url);
      expect(status).toBe(503);
      expect(body.failing).toContain('postgres');
    }, 30_000);
    // Liveness is the process, not its dependencies: restarting the API would not bring PostgreSQL back.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    postgres = await startPostgres(dir, port);
    await eventually(async () => {
      expect(await readyz(url)).toMatchObject({ status: 200, body: { status: 'ready', failing: [] } });
    }, 60_000);
  }, 120_000);
});

describe('probes and unknown paths', () => {
  let app: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-web-'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Order Desk</title>');
    app = await startTestApp({ seed: false, config: { webDistDir: webDist } });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  const get = (pathname: string, accept = '*/*') => fetch(`${app.url}${pathname}`, { headers: { accept } });
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  it('serves the dashboard for its routes when a browser asks for a page', async () => {
    for (const route of ['/', '/orders', '/orders/3f1c2a8e-0000-4000-8000-000000000001', '/settings', '/sign-in']) {
      const response = await get(route, BROWSER);
      expect({ route, status: response.status }).toEqual({ route, status: 200 });
      expect(await response.text()).toContain('<title>Order Desk</title>');
    }
  });

  it('answers 404 to unknown paths that are not a page of the dashboard', async () => {
    const unknown: [string, string][] = [
      ['/nope', '*/*'],
      ['/orders', 'application/json'],
      ['/api/v1/orders', '*/*'],
      ['/readyz/deep', BROWSER],
      ['/webhooks/other', BROWSER],
      ['/assets/missing.js', BROWSER],
      ['/wp-login.php', BROWSER],
      ['/playground', BROWSER], // off in this configuration
    ];
    for (const [pathname, accept] of unknown) {
      const response = await get(pathname, accept);
      expect({ pathname, status: response.status }).toEqual({ pathname, status: 404 });
    }
  });

  it('answers /readyz with 503 naming `draining` once shutdown starts, while /healthz stays 200', async () => {
    expect((await readyz(app.url)).status).toBe(200);
    app.app.readiness.drain();
    expect(await readyz(app.url)).toEqual({
      status: 503,
      body: { status: 'unavailable', failing: ['draining'], checks: { postgres: 'up', jobQueue: 'up' } },
    });
    expect((await get('/healthz')).status).toBe(200);
  });
});

describe('/readyz with Redis configured', () => {
  const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false, config: { redisUrl: REDIS_URL } });
  });
  afterAll(() => app.close());

  it('checks Redis too', async () => {
    await eventually(async () => {
      expect(await readyz(app.url)).toEqual({
        status: 200,
        body: { status: 'ready', failing: [], checks: { postgres: 'up', jobQueue: 'up', redis: 'up' } },
      });
    });
  });
});
