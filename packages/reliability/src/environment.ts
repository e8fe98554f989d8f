import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MailCatcher } from '@order-desk/server/mail-catcher';
import { StripeStandIn } from '@order-desk/stripe-stand-in';
import { eventually, freePort, startNodeProcess, type NodeProcess } from '@order-desk/testing';
import { Pool } from 'pg';

const SERVER_DIST = path.resolve(__dirname, '../../server/dist');
const POSTGRES_PROCESS = path.resolve(__dirname, '../../server/src/test/postgres-process.mjs');
const WEBHOOK_SECRET = 'whsec_reliability_suite';

/** A dependency the suite can take away and give back. */
export type Restartable = { stop: () => Promise<void>; start: () => Promise<void> };

/**
 * The whole system as separate processes, so faults can be injected one at a time: PostgreSQL,
 * Redis, an SMTP sink, the Stripe stand-in, the API (RUN_WORKER=false) and the job worker.
 */
export type Environment = {
  apiUrl: string;
  /** A pool of the suite's own on the app's database, for checks in SQL. */
  sql: Pool;
  stripe: StripeStandIn;
  mail: MailCatcher;
  postgres: Restartable;
  redis: Restartable;
  smtp: Restartable;
  worker: Restartable & { kill: () => void };
  /** The secrets the environment configured (Stripe key, webhook signing secret). */
  secrets: string[];
  /** The API's environment variables: another API instance on the same services starts from them. */
  apiEnv: NodeJS.ProcessEnv;
  /** The signing secret of the Stripe stand-in's webhooks. */
  webhookSecret: string;
  /** Everything the API and the worker wrote to stdout/stderr (scanned for secrets at the end). */
  logs: () => string;
  close: () => Promise<void>;
};

export async function startEnvironment(): Promise<Environment> {
  for (const entry of ['main.js', 'worker.js']) {
    if (!fs.existsSync(path.join(SERVER_DIST, entry)))
      throw new Error(`server/dist/${entry} is missing: run \`pnpm build\``);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-reliability-'));
  fs.chmodSync(dir, 0o755);
  const pgPort = await freePort();
  const redisPort = await freePort();
  const smtpPort = await freePort();
  const stripePort = await freePort();
  const apiPort = await freePort();

  let pgProcess: NodeProcess | null = null;
  const postgres: Restartable = {
    start: async () => {
      pgProcess = await startNodeProcess({
        entry: POSTGRES_PROCESS,
        env: {
          ...process.env,
          POSTGRES_PROCESS_DIR: path.join(dir, 'postgres'),
          POSTGRES_PROCESS_PORT: String(pgPort),
        },
        ready: { output: /postgres ready/ },
      });
    },
    stop: async () => {
      await pgProcess?.stop();
      pgProcess = null;
    },
  };
  await postgres.start();
  const databaseUrl = `postgres://postgres:postgres@localhost:${pgPort}/order_desk`;

  let redisProcess: ChildProcess | null = null;
  const redis: Restartable = {
    start: async () => {
      redisProcess = spawn(
        'redis-server',
        ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      await eventually(async () => {
        if (!(await canConnect(redisPort))) throw new Error('redis is not up yet');
      });
    },
    stop: async () => {
      const child = redisProcess;
      redisProcess = null;
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
  await redis.start();

  const mail = new MailCatcher();
  const smtp: Restartable = {
    start: async () => void (await mail.start(smtpPort)),
    stop: () => mail.stop(),
  };
  await smtp.start();

  const stripe = new StripeStandIn({ webhookSecret: WEBHOOK_SECRET, stateFile: null });
  await stripe.start(stripePort);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    SEED_DEMO_DATA: 'true',
    DATA_DIR: dir,
    LOG_LEVEL: 'info',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    STRIPE_SECRET_KEY: 'sk_test_reliability_suite',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: `http://127.0.0.1:${stripePort}`,
    RUN_WORKER: 'false',
    // Faults must heal within the run: short retry delays, crashed jobs noticed within seconds.
    JOB_RETRY_DELAY_SECONDS: '1',
    JOB_EXPIRE_SECONDS: '4',
    JOB_MAINTENANCE_INTERVAL_SECONDS: '1',
    JOB_POLL_SECONDS: '1',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
    PAYMENT_RECONCILE_AFTER_SECONDS: '5',
    // The storms send far more operations than a partner would; the rate limit is tested elsewhere.
    API_RATE_LIMIT_BUCKET: '10000000',
    API_RATE_LIMIT_RESTORE_RATE: '1000000',
  };
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const api = await startNodeProcess({
    entry: path.join(SERVER_DIST, 'main.js'),
    env,
    ready: { url: `${apiUrl}/healthz` },
    timeoutMs: 120_000,
  });
  stripe.webhookUrl = `${apiUrl}/webhooks/stripe`;

  let workerProcess: NodeProcess | null = null;
  const retiredWorkerLogs: string[] = [];
  const worker = {
    start: async () => {
      workerProcess = await startNodeProcess({
        entry: path.join(SERVER_DIST, 'worker.js'),
        env,
        ready: { output: /worker ready/ },
      });
    },
    stop: async () => {
      if (!workerProcess) return;
      await workerProcess.stop();
      retiredWorkerLogs.push(workerProcess.output());
      workerProcess = null;
    },
    kill: () => {
      if (!workerProcess) return;
      workerProcess.child.kill('SIGKILL');
      retiredWorkerLogs.push(workerProcess.output());
      workerProcess = null;
    },
  };
  await worker.start();

  const sql = new Pool({ connectionString: databaseUrl, max: 4 });
  // A restart of PostgreSQL drops the suite's connections too; the pool opens new ones.
  sql.on('error', () => undefined);

  return {
    apiUrl,
    sql,
    stripe,
    mail,
    postgres,
    redis,
    smtp,
    worker,
    secrets: [env.STRIPE_SECRET_KEY!, WEBHOOK_SECRET],
    apiEnv: env,
    webhookSecret: WEBHOOK_SECRET,
    logs: () => [api.output(), ...retiredWorkerLogs, workerProcess?.output() ?? ''].join('\n'),
    close: async () => {
      await worker.stop();
      const apiExit = await api.stop();
      await sql.end();
      await stripe.stop();
      await mail.stop();
      await redis.stop();
      await postgres.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      if (apiExit !== 0) throw new Error(`the API did not shut down cleanly (${apiExit})`);
    },
  };
}

async function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
