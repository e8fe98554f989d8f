import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './database';
import { InspectorProfiler } from './profiler';

/** USER_HZ, 100 on Linux everywhere that matters. */
const CLOCK_TICKS = 100;

/**
 * utime + stime of /proc/<pid>/stat in ms (with `children`, also cutime + cstime: the CPU of its
 * children that exited), or null when the process is gone.
 */
function processCpuMs(pid: number | string, { children = false } = {}): number | null {
  try {
    // Fields 14 to 17 (after the parenthesised name): utime, stime, cutime and cstime in clock ticks.
    const fields = fs
      .readFileSync(`/proc/${pid}/stat`, 'utf8')
      .split(') ')[1]!
      .split(' ')
      .slice(11, children ? 15 : 13);
    return (fields.reduce((sum, ticks) => sum + Number(ticks), 0) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * CPU time of every PostgreSQL process on this machine (backends, WAL writer, checkpointer), in ms:
 * what a side's requests cost the database, read over its measured window (both sides share one
 * database, measured one at a time). A backend that exits (the pool closes idle connections) moves
 * its CPU into the postmaster's children's time, which is counted too. A database on another host
 * reads as 0.
 */
export function databaseCpuMs(): number {
  let sum = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    sum += processCpuMs(pid, { children: true }) ?? 0;
  }
  return sum;
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SERVER_DIST = path.join(REPO_ROOT, 'packages', 'server', 'dist');

export type RunningProcess = {
  name: string;
  pid: number;
  port: number | null;
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb: () => number | null;
  /** CPU time used so far (user + system), in ms: per request, it is what noise from other load changes least. */
  cpuMs: () => number;
  /** With `--cpu-prof`: profiles the measured windows through the process's inspector. */
  profiler: InspectorProfiler | null;
  stop: () => Promise<void>;
};

/** What every process of ours shares: the database, the bench's Stripe stand-in, quiet logs, no throttling. */
export type SharedEnv = {
  databaseUrl: string;
  stripeApiUrl: string;
  webhookSecret: string;
  /** Where the API processes send mail (production requires SMTP_URL). */
  smtpUrl: string;
  poolSize: number;
  dataDir: string;
};

function ourEnv(shared: SharedEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: shared.databaseUrl,
    DATABASE_POOL_SIZE: String(shared.poolSize),
    DATA_DIR: shared.dataDir,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    SMTP_URL: shared.smtpUrl,
    STRIPE_SECRET_KEY: 'sk_test_order_desk_bench',
    STRIPE_WEBHOOK_SECRET: shared.webhookSecret,
    STRIPE_API_URL: shared.stripeApiUrl,
    // The bench measures throughput, not the partner rate limit: give each key a budget it never spends.
    API_RATE_LIMIT_BUCKET: '1000000000',
    API_RATE_LIMIT_RESTORE_RATE: '1000000000',
    ...extra,
  };
}

/**
 * The Node.js every server of a run executes on, ours and the baseline alike, with the same flags:
 * `node` the executable, `version` what it reports.
 */
export type Runtime = { node: string; version: string; flags: string[] };

/**
 * `profile`: open each process's inspector on a free port, for profiles of the measured windows (CPU,
 * and with `heap` allocations too); `runtime`: the Node.js the servers run on.
 */
export type SpawnOptions = { profile: false | { heap: boolean }; runtime: Runtime };

/**
 * The runtime of a run: the bench's own Node.js, or `node` (`--node=<path>`, to measure the Node.js
 * production runs: the images' Node 22). The flags are those of our start scripts, Dockerfile and
 * compose: a young generation sized for 20+ requests in flight (SEMI_SPACE_MB overrides the size, to
 * measure another), and where the runtime has them (Node 22.7 on) the images' async context frames,
 * with which a mutation's request context (common/request-context.ts) costs no promise hooks.
 */
export function serverRuntime(node: string | null): Runtime {
  const executable = node ?? process.execPath;
  const run = (flags: string[]) => execFileSync(executable, [...flags, '-p', 'process.version'], { stdio: 'pipe' });
  let version: string;
  try {
    version = run([]).toString().trim();
  } catch (error) {
    throw new Error(`--node=${executable} does not run: ${(error as Error).message}`, { cause: error });
  }
  const flags = [`--max-semi-space-size=${process.env.SEMI_SPACE_MB || 64}`];
  try {
    run(['--experimental-async-context-frame']);
    flags.push('--experimental-async-context-frame');
  } catch {
    // Node 20 and 22.0-22.6 refuse the flag: their contexts cost promise hooks, as in our start scripts there.
  }
  return { node: executable, version, flags };
}

/** Our API server; `serverDist`: another checkout's built server (an interleaved A/B's A). */
export async function startOurServer(
  name: string,
  shared: SharedEnv,
  extra: Record<string, string>,
  options: SpawnOptions,
  serverDist = SERVER_DIST,
) {
  const port = await freePort();
  return startProcess(
    name,
    path.join(serverDist, 'main.js'),
    ourEnv(shared, { PORT: String(port), ...extra }),
    port,
    options,
  );
}

export async function startWorker(shared: SharedEnv, extra: Record<string, string>, options: SpawnOptions) {
  return startProcess('worker', path.join(SERVER_DIST, 'worker.js'), ourEnv(shared, extra), null, options);
}

export async function startBaseline(shared: SharedEnv, options: SpawnOptions) {
  const port = await freePort();
  return startProcess(
    'baseline',
    path.join(__dirname, 'baseline-server.js'),
    {
      PATH: process.env.PATH,
      DATABASE_URL: shared.databaseUrl,
      DATABASE_POOL_SIZE: String(shared.poolSize),
      STRIPE_WEBHOOK_SECRET: shared.webhookSecret,
      PORT: String(port),
    },
    port,
    options,
  );
}

async function startProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  port: number | null,
  { profile, runtime }: SpawnOptions,
): Promise<RunningProcess> {
  const inspectPort = profile ? await freePort() : null;
  const args = inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
  const child = spawn(runtime.node, [...runtime.flags, ...args, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited = false;
  child.once('exit', () => (exited = true));
  const ready = port !== null ? waitForHealth(port, () => exited) : waitForLine(output, /worker ready/, () => exited);
  try {
    await ready;
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${name} did not start: ${(error as Error).message}\n${output.join('').slice(-3000)}`, {
      cause: error,
    });
  }
  const profiler = inspectPort && profile ? await InspectorProfiler.connect(inspectPort, profile) : null;
  let lastPeak: number | null = null;
  const peakRssMb = () => {
    try {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
      if (kb) lastPeak = Math.round(kb / 1024);
    } catch {
      // the process is gone: keep the last reading
    }
    return lastPeak;
  };
  let lastCpu = 0;
  const cpuMs = () => {
    // Once the process is gone, its last reading stands.
    lastCpu = processCpuMs(child.pid!) ?? lastCpu;
    return lastCpu;
  };
  return {
    name,
    pid: child.pid!,
    port,
    peakRssMb,
    cpuMs,
    profiler,
    stop: () => {
      profiler?.close();
      return stopChild(child, peakRssMb);
    },
  };
}

async function stopChild(child: ChildProcess, readPeak: () => unknown): Promise<void> {
  readPeak();
  if (child.exitCode !== null) return;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  await exit;
  clearTimeout(timer);
}

async function waitForHealth(port: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('exited');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('timed out');
}

async function waitForLine(output: string[], pattern: RegExp, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('exited');
    if (pattern.test(output.join(''))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('timed out');
}
