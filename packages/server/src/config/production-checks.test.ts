import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from './config';
import { assertSafeForProduction, productionProblems } from './production-checks';

const MAIN = path.resolve(__dirname, '../../dist/main.js');

const COMPLETE = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://order_desk@db:5432/order_desk',
  STRIPE_SECRET_KEY: 'sk_live_0123456789abcdef',
  STRIPE_WEBHOOK_SECRET: 'whsec_3fP1lq0cXzv8bXw5R2y7kJm4NtUe6HsA',
  SMTP_URL: 'smtp://mailer:secret@smtp.example.com:587',
};

/** Runs the built server with `env` until it exits or says it is ready; its exit code and output. */
function runMain(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Order Desk is running')) child.kill('SIGKILL');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('production start-up', () => {
  it('refuses to start without real settings, naming every missing one (the built server exits 78)', async () => {
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-prod-'));
    try {
      const { code, output } = await runMain({
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
      });
      expect(code).toBe(78);
      for (const variable of ['DATABASE_URL', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'SMTP_URL'])
        expect(output).toContain(`${variable}: required in production`);
      // Nothing was started on the way (no embedded PostgreSQL, no stand-in): not one log line.
      expect(output).not.toContain('"level":');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses the stand-in's published webhook secret and short ones", () => {
    for (const secret of ['whsec_order_desk_stand_in', 'whsec_short']) {
      expect(productionProblems(loadConfig({ ...COMPLETE, STRIPE_WEBHOOK_SECRET: secret }))).toEqual([
        expect.stringMatching(/STRIPE_WEBHOOK_SECRET: a published or short secret/),
      ]);
    }
  });

  it('starts with every setting given, and seeds demo data only when asked explicitly', () => {
    const config = assertSafeForProduction(loadConfig(COMPLETE));
    expect(config.seedDemoData).toBe(false);
    const { DATABASE_URL: _none, ...embedded } = COMPLETE;
    expect(loadConfig(embedded).seedDemoData).toBe(false);
    expect(loadConfig({ ...COMPLETE, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('keeps the zero-setup defaults outside production', () => {
    expect(productionProblems(loadConfig({}))).toEqual([]);
    expect(loadConfig({}).seedDemoData).toBe(true);
  });
});
