import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { freePort, startNodeProcess, type NodeProcess } from '@order-desk/testing';
import type { Environment } from './environment';

const SERVER_DIST = path.resolve(__dirname, '../../server/dist');

export type Instance = { url: string; process: NodeProcess; stop: () => Promise<void> };

/**
 * Another API process of the built server on the suite's PostgreSQL, Redis, SMTP and Stripe, in
 * production mode behind one proxy (TRUST_PROXY=1: the probes play the proxy and set
 * X-Forwarded-For), with a webhook secret of its own (production refuses the suite's short one).
 */
export async function startProductionInstance(env: Environment, extra: NodeJS.ProcessEnv = {}): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = await startNodeProcess({
    entry: path.join(SERVER_DIST, 'main.js'),
    env: {
      ...env.apiEnv,
      NODE_ENV: 'production',
      PORT: String(port),
      SEED_DEMO_DATA: undefined,
      STRIPE_WEBHOOK_SECRET: `whsec_${crypto.randomBytes(24).toString('base64url')}`,
      COOKIE_SECURE: 'false',
      TRUST_PROXY: '1',
      ...extra,
    },
    ready: { url: `${url}/healthz` },
    timeoutMs: 120_000,
  });
  return { url, process: child, stop: async () => void (await child.stop()) };
}

/** Runs the built server with `env` until it exits or says it is ready: its exit code (null: it started) and output. */
export function startOrRefuse(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(SERVER_DIST, 'main.js')], {
      env: { ...env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let started = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!started && output.includes('Order Desk is running')) {
        started = true;
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => resolve({ code: started ? null : code, output }));
  });
}
