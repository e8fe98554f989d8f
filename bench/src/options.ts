import os from 'node:os';
import path from 'node:path';

/** How much data and how long each measurement runs; `--small` is the CI smoke size. */
export type BenchSize = {
  name: 'full' | 'small';
  sellers: number;
  orders: number;
  /** Share of all orders that belongs to the biggest seller, whose lists the read scenarios page through. */
  bigSellerShare: number;
  /** Per read scenario, each server warms up on all of them before the first measurement. */
  serverWarmupSeconds: number;
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
  subscribers: number;
  fanoutRounds: number;
};

export const SIZES: Record<BenchSize['name'], BenchSize> = {
  full: {
    name: 'full',
    sellers: 1_000,
    orders: 1_000_000,
    bigSellerShare: 0.1,
    serverWarmupSeconds: 4,
    warmupSeconds: 3,
    durationSeconds: 10,
    connections: 50,
    subscribers: 1_000,
    fanoutRounds: 30,
  },
  small: {
    name: 'small',
    sellers: 20,
    orders: 20_000,
    bigSellerShare: 0.25,
    serverWarmupSeconds: 2,
    warmupSeconds: 1,
    durationSeconds: 2,
    connections: 20,
    subscribers: 200,
    fanoutRounds: 6,
  },
};

export type BenchOptions = {
  size: BenchSize;
  /** Rebuild the dataset even when the database already holds this size's. */
  fresh: boolean;
  /** Also run the two-instances topology (API x2 + worker + Redis). */
  cluster: boolean;
  /** Only these scenarios (names), for working on one; all when empty. */
  only: string[];
  databaseUrl: string | undefined;
  dataDir: string;
  resultsDir: string;
  /** Only make sure the dataset is there (generate it if needed), then stop. */
  prepareOnly: boolean;
  /** CPU profiles of each server during each measured window, in `results/profiles/`. */
  cpuProfile: boolean;
  /** With the CPU profiles, sampled allocations (`--heap-prof`): KB a request by allocating function. */
  heapProfile: boolean;
  /** Interleaved A/B: the built checkout at this path is A, this one B (interleaved.ts); null: a normal run. */
  against: string | null;
  /** Rounds of an interleaved A/B, per start. */
  rounds: number;
  /** Starts of an interleaved A/B: each a fresh pair of server processes, warmed up, then its rounds. */
  starts: number;
  /** The Node.js executable the servers run on; null: the bench's own. */
  node: string | null;
};

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  // `pnpm bench -- --small` passes a literal `--` through; it carries no meaning here.
  const args = argv.filter((arg) => arg !== '--');
  const known = new Set(['--small', '--fresh', '--no-cluster', '--cpu-prof', '--heap-prof', '--prepare-only']);
  const only: string[] = [];
  let against: string | null = null;
  let rounds = 6;
  let starts = 1;
  let seconds: number | null = null;
  let node: string | null = null;
  for (const arg of args) {
    if (arg.startsWith('--only=')) only.push(...arg.slice('--only='.length).split(','));
    else if (arg.startsWith('--against=')) against = path.resolve(arg.slice('--against='.length));
    else if (/^--rounds=[1-9]\d*$/.test(arg)) rounds = Number(arg.slice('--rounds='.length));
    else if (/^--starts=[1-9]$/.test(arg)) starts = Number(arg.slice('--starts='.length));
    else if (/^--seconds=[1-9]\d{0,2}$/.test(arg)) seconds = Number(arg.slice('--seconds='.length));
    else if (arg.startsWith('--node=')) node = path.resolve(arg.slice('--node='.length));
    else if (!known.has(arg))
      throw new Error(
        `Unknown option ${arg}. Options: --small --fresh --prepare-only --no-cluster --cpu-prof --heap-prof --only=a,b --against=<checkout> --rounds=N --starts=N --seconds=N --node=<path>`,
      );
  }
  const benchDir = path.resolve(__dirname, '..');
  const preset = SIZES[args.includes('--small') ? 'small' : 'full'];
  // A longer window per measurement: an A/B at --small's 2 s resolves only changes of about 15%.
  const size = seconds ? { ...preset, durationSeconds: seconds } : preset;
  return {
    size,
    fresh: args.includes('--fresh'),
    cluster: !args.includes('--no-cluster'),
    only,
    databaseUrl: env.DATABASE_URL || undefined,
    // One database per size, so that switching between them does not regenerate either.
    dataDir: path.join(env.DATA_DIR || path.join(os.tmpdir(), 'order-desk-bench'), size.name),
    resultsDir: path.join(benchDir, 'results'),
    cpuProfile: args.includes('--cpu-prof') || args.includes('--heap-prof'),
    heapProfile: args.includes('--heap-prof'),
    prepareOnly: args.includes('--prepare-only'),
    against,
    rounds,
    starts,
    node,
  };
}
