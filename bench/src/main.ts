import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MailCatcher } from '@order-desk/server/mail-catcher';
import { StripeStandIn } from '@order-desk/stripe-stand-in';
import { Client } from 'pg';
import { freePort, openBenchDatabase } from './database';
import { ensureDataset } from './dataset';
import { measureFanout, type FanoutResult } from './fanout';
import { interleavedTable, runInterleaved } from './interleaved';
import { measure, type Measurement, type Side } from './load';
import { parseOptions, type BenchOptions } from './options';
import { collectProfiles } from './profiler';
import { readTargets } from './pools';
import {
  databaseCpuMs,
  REPO_ROOT,
  serverRuntime,
  startBaseline,
  startOurServer,
  startWorker,
  type RunningProcess,
  type Runtime,
  type SharedEnv,
} from './processes';
import { judge, problemsOf, table, writeResults, type ScenarioResult } from './report';
import { answerOk, prepareWindow, SCENARIOS, type Scenario, type ScenarioContext } from './scenarios';

// Production refuses a published or short webhook secret: one of the run's own.
const WEBHOOK_SECRET = `whsec_${crypto.randomBytes(24).toString('base64url')}`;
const POOL_SIZE = 10;
const FANOUT = 'payment status fan-out';

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Resolves to the process exit code: 1 when the run is not valid. */
async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const { size } = options;
  const startedAt = Date.now();
  log(
    `size ${size.name}: ${size.sellers} sellers, ${size.orders} orders; data in ${options.databaseUrl ? 'DATABASE_URL' : options.dataDir}`,
  );
  const runtime = serverRuntime(options.node);
  log(`servers run on Node.js ${runtime.version} (${runtime.node}) with ${runtime.flags.join(' ')}`);
  const database = await openBenchDatabase(options.databaseUrl, options.dataDir);
  const cleanups: (() => Promise<unknown>)[] = [() => database.stop()];
  // Ctrl-C stops the servers and the database the bench started, not just the bench.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      void (async () => {
        for (const cleanup of cleanups) await cleanup().catch(() => undefined);
        process.exit(130);
      })();
    });
  }
  try {
    const dataset = await ensureDataset(database.url, size, options.fresh);
    log(dataset.reused ? 'dataset reused' : `dataset generated in ${dataset.generatedInSeconds} s`);
    if (options.prepareOnly) return 0;
    const standIn = new StripeStandIn({ webhookSecret: WEBHOOK_SECRET, stateFile: null });
    const stripeAddress = await standIn.start(0);
    cleanups.push(() => standIn.stop());
    const mail = new MailCatcher();
    const smtpPort = await mail.start(0);
    cleanups.push(() => mail.stop());
    const shared: SharedEnv = {
      databaseUrl: database.url,
      stripeApiUrl: `http://127.0.0.1:${stripeAddress.port}`,
      webhookSecret: WEBHOOK_SECRET,
      smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
      poolSize: POOL_SIZE,
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-bench-server-')),
    };
    const listStatus = 'ACCEPTED';
    const reads = await readTargets(database.url, listStatus);
    const ctx: ScenarioContext = { databaseUrl: database.url, ...reads, listStatus, searchText: 'otter' };
    const scenarios = SCENARIOS.filter(
      (s) => options.only.length === 0 || options.only.some((o) => s.name.includes(o)),
    );
    const spawnOptions = { profile: options.cpuProfile && { heap: options.heapProfile }, runtime };
    if (options.against) return await abRun(options.against, shared, ctx, scenarios, options, runtime, startedAt);

    const results: ScenarioResult[] = [];
    const peaks: Record<string, number | null> = {};
    const baseline = await startBaseline(shared, spawnOptions);
    cleanups.unshift(() => baseline.stop());
    const ours = await startOurServer('ours', shared, {}, spawnOptions);
    log(`ours on :${ours.port} (pid ${ours.pid}), baseline on :${baseline.port} (pid ${baseline.pid})`);
    await warmUp([ours], 'ours', ctx, options);
    await warmUp([baseline], 'baseline', ctx, options);
    try {
      for (const scenario of scenarios) {
        const mine = await runScenario(scenario, 'ours', [ours], ctx, options);
        const theirs = await runScenario(scenario, 'baseline', [baseline], ctx, options);
        results.push({
          scenario: scenario.name,
          kind: scenario.kind,
          mode: 'single',
          ours: mine,
          baseline: theirs,
          ratio: Math.round((mine.reqPerSec / theirs.reqPerSec) * 100) / 100,
          targets: [],
        });
        log(
          `${scenario.name}: ours ${mine.reqPerSec} req/s p99 ${mine.p99} ms | baseline ${theirs.reqPerSec} req/s p99 ${theirs.p99} ms`,
        );
      }
      if (wanted(options, FANOUT)) results.push(await fanoutResult('single', [ours.port!], baseline, shared, options));
    } finally {
      await ours.stop();
      peaks.ours = ours.peakRssMb();
    }

    if (options.cluster) {
      const redisUrl = await redisFor(cleanups);
      if (!redisUrl) {
        log('cluster mode skipped: no REDIS_URL and no redis-server on PATH to start');
      } else {
        results.push(...(await runCluster(scenarios, shared, redisUrl, ctx, options, runtime, baseline, peaks)));
      }
    }
    await baseline.stop();
    peaks.baseline = baseline.peakRssMb();

    judge(results);
    const expected = [...scenarios.map((s) => s.name), ...(wanted(options, FANOUT) ? [FANOUT] : [])];
    const problems = problemsOf(results, expected);
    const totalSeconds = Math.round((Date.now() - startedAt) / 1000);
    const report = {
      generatedAt: new Date().toISOString(),
      commit: gitCommit(),
      size: size.name,
      dataset,
      settings: {
        connections: size.connections,
        warmupSeconds: size.warmupSeconds,
        durationSeconds: size.durationSeconds,
        databasePoolSize: POOL_SIZE,
        subscribers: size.subscribers,
        fanoutRounds: size.fanoutRounds,
      },
      machine: await machine(database.url),
      runtime: { node: runtime.version, flags: runtime.flags },
      peakRssMb: peaks,
      totalSeconds,
      results,
      problems,
    };
    const file = writeResults(options.resultsDir, size.name, report);
    console.log(`\n${table(results)}\n`);
    console.log(
      `Peak RSS (MB): ${Object.entries(peaks)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log(
      `Results: ${path.relative(process.cwd(), file)} (and latest-${size.name}.json); ${totalSeconds} s in all`,
    );
    if (problems.length) {
      console.error(`\nThe run is not valid:\n  ${problems.join('\n  ')}`);
      return 1;
    }
    return 0;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(error));
  }
}

/** An interleaved A/B of `against` (A) and this checkout (B): its table, and its results under `results/`. */
async function abRun(
  against: string,
  shared: SharedEnv,
  ctx: ScenarioContext,
  scenarios: Scenario[],
  options: BenchOptions,
  runtime: Runtime,
  startedAt: number,
): Promise<number> {
  const results = await runInterleaved({ against, shared, ctx, scenarios, options, runtime }, log);
  const file = writeResults(options.resultsDir, `${options.size.name}-ab`, {
    generatedAt: new Date().toISOString(),
    a: { checkout: against, commit: gitCommit(against) },
    b: { checkout: REPO_ROOT, commit: gitCommit(REPO_ROOT) },
    size: options.size.name,
    runtime: { node: runtime.version, flags: runtime.flags },
    settings: {
      connections: options.size.connections,
      durationSeconds: options.size.durationSeconds,
      rounds: options.rounds,
      starts: options.starts,
    },
    totalSeconds: Math.round((Date.now() - startedAt) / 1000),
    results,
  });
  console.log(`\n${interleavedTable(results, options.rounds, options.starts)}\n`);
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
  const failed = results.filter((r) => r.errors > 0);
  for (const r of failed) console.error(`${r.scenario}: ${r.errors} errors`);
  return failed.length ? 1 : 0;
}

const wanted = (options: BenchOptions, name: string) =>
  options.only.length === 0 || options.only.some((o) => name.includes(o));

/**
 * Before the first measurement, each server runs every read scenario for a while (unmeasured), so
 * JIT compilation, first-request costs (schema caches, compiled queries, pools) and the young
 * generation's sizing are behind it whichever scenario comes first.
 */
async function warmUp(servers: RunningProcess[], side: Side, ctx: ScenarioContext, options: BenchOptions) {
  const { size } = options;
  for (const scenario of SCENARIOS.filter((s) => s.kind === 'read')) {
    await measure({
      port: servers.map((s) => s.port!),
      connections: size.connections,
      seconds: size.serverWarmupSeconds,
      next: await scenario.prepare(side, ctx, 200, true),
      ok: answerOk,
    });
  }
  log(`${side} warmed up on every read scenario (${size.serverWarmupSeconds} s each)`);
}

/** Warmup, then the measurement; write scenarios size their fresh targets from the warmup's rate. */
async function runScenario(
  scenario: Scenario,
  side: Side,
  servers: RunningProcess[],
  ctx: ScenarioContext,
  options: BenchOptions,
): Promise<Measurement> {
  const { size } = options;
  const ports = servers.map((s) => s.port!);
  const plan = (next: Awaited<ReturnType<Scenario['prepare']>>, seconds: number) => ({
    port: ports,
    connections: size.connections,
    seconds,
    next,
    ok: answerOk,
  });
  const warmupTargets = size.name === 'small' ? 200 : 1_000;
  const warmup = await measure(plan(await scenario.prepare(side, ctx, warmupTargets, true), size.warmupSeconds));
  // Enough fresh targets for the measured rate to triple over the measurement, and never fewer than 500.
  const targets = Math.min(80_000, Math.max(500, Math.ceil(warmup.reqPerSec * size.durationSeconds * 3)));
  const next = await prepareWindow(scenario, side, ctx, targets);
  const cpu = () => servers.reduce((sum, s) => sum + s.cpuMs(), 0);
  await Promise.all(servers.map((s) => s.profiler?.start()));
  // Tools that watch one side's window (on-cpu.sh) start on this line.
  log(`${side} ${scenario.name} measuring for ${size.durationSeconds} s`);
  const cpuBefore = cpu();
  const databaseBefore = databaseCpuMs();
  const result = await measure(plan(next, size.durationSeconds));
  const perRequest = (ms: number) => Math.round((ms / Math.max(result.requests, 1)) * 100) / 100;
  const cpuMsPerRequest = perRequest(cpu() - cpuBefore);
  const databaseCpuMsPerRequest = perRequest(databaseCpuMs() - databaseBefore);
  const profile = await collectProfiles(servers, scenario.name, cpuMsPerRequest, result.requests, options.resultsDir);
  if (profile) {
    const top = profile.packages.slice(0, 8).map((p) => `${p.package} ${p.percent}%`);
    log(`${side} ${scenario.name} profiled (${cpuMsPerRequest} CPU ms/req): ${top.join(', ')}`);
    if (profile.allocations) {
      const sites = profile.allocations.sites.slice(0, 6).map((s) => `${s.site} ${s.kbPerRequest}`);
      log(`${side} ${scenario.name} allocated ${profile.allocations.kbPerRequest} KB/req: ${sites.join(', ')}`);
    }
  }
  return { ...result, cpuMsPerRequest, databaseCpuMsPerRequest, ...(profile && { profile }) };
}

async function fanoutResult(
  mode: 'single' | 'cluster',
  ports: number[],
  baseline: RunningProcess,
  shared: SharedEnv,
  options: BenchOptions,
): Promise<ScenarioResult> {
  const run = (side: Side, p: number[]): Promise<FanoutResult> =>
    measureFanout({
      side,
      databaseUrl: shared.databaseUrl,
      ports: p,
      subscribers: options.size.subscribers,
      rounds: options.size.fanoutRounds,
      webhookSecret: shared.webhookSecret,
    });
  const mine = await run('ours', ports);
  const theirs = mode === 'single' ? await run('baseline', [baseline.port!]) : null;
  log(
    `${FANOUT} (${mode}): ours p50 ${mine.p50} ms p99 ${mine.p99} ms${theirs ? ` | baseline p50 ${theirs.p50} ms p99 ${theirs.p99} ms` : ''}`,
  );
  return {
    scenario: FANOUT,
    kind: 'fanout',
    mode,
    ours: mine,
    baseline: theirs,
    ratio: theirs ? Math.round((theirs.p99 / mine.p99) * 100) / 100 : null,
    targets: [],
  };
}

/** Two API processes (no in-process worker) and one worker process on the same database, events through Redis. */
async function runCluster(
  scenarios: Scenario[],
  shared: SharedEnv,
  redisUrl: string,
  ctx: ScenarioContext,
  options: BenchOptions,
  runtime: Runtime,
  baseline: RunningProcess,
  peaks: Record<string, number | null>,
): Promise<ScenarioResult[]> {
  const spawnOptions = { profile: false as const, runtime };
  const env = { REDIS_URL: redisUrl, RUN_WORKER: 'false' };
  const apis = [
    await startOurServer('ours-1', shared, env, spawnOptions),
    await startOurServer('ours-2', shared, env, spawnOptions),
  ];
  const worker = await startWorker(shared, { REDIS_URL: redisUrl, LOG_LEVEL: 'info' }, spawnOptions);
  log(`cluster: ours-1 :${apis[0]!.port}, ours-2 :${apis[1]!.port}, worker pid ${worker.pid}, redis ${redisUrl}`);
  const results: ScenarioResult[] = [];
  try {
    await warmUp(apis, 'ours', ctx, options);
    const ports = apis.map((a) => a.port!);
    for (const scenario of scenarios.filter((s) => s.kind === 'read')) {
      const mine = await runScenario(scenario, 'ours', apis, ctx, options);
      results.push({
        scenario: scenario.name,
        kind: 'read',
        mode: 'cluster',
        ours: mine,
        baseline: null,
        ratio: null,
        targets: [],
      });
      log(`${scenario.name} (cluster): ours ${mine.reqPerSec} req/s p99 ${mine.p99} ms`);
    }
    if (wanted(options, FANOUT)) results.push(await fanoutResult('cluster', ports, baseline, shared, options));
  } finally {
    for (const p of [...apis, worker]) {
      await p.stop();
      peaks[p.name] = p.peakRssMb();
    }
  }
  return results;
}

/** REDIS_URL when set; else a throwaway redis-server on a free port when one is installed; else null. */
async function redisFor(cleanups: (() => Promise<unknown>)[]): Promise<string | null> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  cleanups.unshift(async () => {
    child.kill('SIGTERM');
  });
  for (let i = 0; i < 50; i++) {
    try {
      execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'ignore' });
      return `redis://127.0.0.1:${port}`;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return null;
}

function gitCommit(checkout = REPO_ROOT): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: checkout }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages', 'bench/src'], { cwd: checkout })
      .toString()
      .trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return null;
  }
}

async function machine(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ version: string }>('SELECT version()');
  await client.end();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    postgres: rows[0]?.version ?? null,
    platform: `${os.platform()} ${os.release()}`,
  };
}

main().then(
  // Exit explicitly: the stopped database and sockets leave nothing to wait for, and the code must reach CI.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  },
);
