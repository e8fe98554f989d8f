import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { SeedFixtures } from '../test/fixtures';
import { eventually } from '@order-desk/testing';
import { startTestApp, type TestApp } from '../test/test-app';

const WORKER = path.resolve(__dirname, '../../dist/worker.js');

/** An SMTP server that can hold a message mid-DATA (never answering), as a slow or stuck server would. */
class StallingSmtp {
  accepted: string[] = [];
  stalled = 0;
  stall = true;
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      if (this.stall) {
        this.stall = false;
        this.stalled++;
        stream.resume(); // read it, never answer: the sender waits mid-send
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          this.accepted.push(mail.messageId ?? '');
          callback();
        })
        .catch(callback);
    },
  });

  async start(): Promise<number> {
    // Killing the worker mid-send resets its connection: an expected 'error' (unhandled, it would
    // throw in the test process as "read ECONNRESET").
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') throw error;
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let app: TestApp;
let smtp: StallingSmtp;
let smtpPort: number;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  if (!fs.existsSync(WORKER))
    throw new Error(`${WORKER} is missing: build the server first (pnpm --filter @order-desk/server build)`);
  // The API here runs no worker: the worker is its own process, as in production with RUN_WORKER=false.
  app = await startTestApp({ config: { runWorker: false } });
  smtp = new StallingSmtp();
  smtpPort = await smtp.start();
});
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await smtp.stop();
  await app.close();
});

function startWorker(): ChildProcess {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const worker = spawn(process.execPath, [WORKER], {
    env: {
      ...env,
      DATABASE_URL: app.db.url,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      STRIPE_SECRET_KEY: 'sk_test_worker',
      STRIPE_WEBHOOK_SECRET: app.stripe.webhookSecret,
      STRIPE_API_URL: app.stripe.standInUrl!,
      JOB_EXPIRE_SECONDS: '3',
      JOB_MAINTENANCE_INTERVAL_SECONDS: '1',
      // The crashed job's retry is announced by no insert: it is found by polling.
      JOB_POLL_SECONDS: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  workers.push(worker);
  return worker;
}

describe('a worker killed mid-send', () => {
  it('delivers every rejection email exactly once after it restarts', async () => {
    const seed = new SeedFixtures(app.db.dataSource);
    const demo = await app.signIn('owner@demo-brand.test');
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await seed.pendingOrder('Demo Brand'));
    for (const order of orders) {
      await demo.data(`mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { userErrors { code } } }`, {
        input: { orderId: order.id, reason: 'OUT_OF_STOCK' },
      });
    }
    const emails: { id: string }[] = await app.db.dataSource.query(
      `SELECT id FROM outbound_emails WHERE order_id = ANY($1)`,
      [orders.map((o) => o.id)],
    );
    expect(emails).toHaveLength(5);

    const first = startWorker();
    await eventually(async () => expect(smtp.stalled).toBe(1), 30_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(smtp.accepted.length).toBeLessThan(5);

    startWorker();
    await eventually(async () => {
      const rows: { status: string }[] = await app.db.dataSource.query(
        `SELECT status FROM outbound_emails WHERE id = ANY($1)`,
        [emails.map((e) => e.id)],
      );
      expect(rows.every((row) => row.status === 'SENT')).toBe(true);
    }, 60_000);
    const expected = emails.map((e) => `<${e.id}@order-desk.local>`).sort();
    expect([...smtp.accepted].sort()).toEqual(expected);
  }, 120_000);
});
