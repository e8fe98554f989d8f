import path from 'node:path';
import { measure } from './load';
import type { BenchOptions } from './options';
import { startOurServer, type RunningProcess, type Runtime, type SharedEnv } from './processes';
import { answerOk, prepareWindow, SCENARIOS, type Scenario, type ScenarioContext } from './scenarios';

/** One scenario's rounds: each side's CPU ms per request and req/s, round by round. */
export type InterleavedResult = {
  scenario: string;
  a: { cpuMsPerRequest: number[]; reqPerSec: number[] };
  b: { cpuMsPerRequest: number[]; reqPerSec: number[] };
  /** Median CPU ms per request of each side, and B's change against A in percent. */
  medianCpuMs: { a: number; b: number; changePercent: number };
  /** In how many rounds B's CPU per request was below A's. */
  roundsBLower: number;
  /** Each start's median CPU ms per request of each side (one entry per pair of processes). */
  startMedians: { a: number[]; b: number[] };
  /** Whether every start's B median is below every start's A median (the verdict with two starts or more). */
  everyBBelowEveryA: boolean;
  errors: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round2 = (value: number) => Math.round(value * 100) / 100;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

type Side = { cpuMsPerRequest: number[]; reqPerSec: number[] };

/** A's and B's rounds compared: each side's median CPU ms per request, B's change, and in how many rounds B was lower. */
function compare(a: Side, b: Side): Pick<InterleavedResult, 'medianCpuMs' | 'roundsBLower'> {
  const medianA = round3(median(a.cpuMsPerRequest));
  const medianB = round3(median(b.cpuMsPerRequest));
  return {
    medianCpuMs: { a: medianA, b: medianB, changePercent: round2((medianB / medianA - 1) * 100) },
    roundsBLower: a.cpuMsPerRequest.filter((value, i) => b.cpuMsPerRequest[i]! < value).length,
  };
}

/** What an A/B runs: the checkout that is A, the servers' shared settings, the scenarios and options. */
export type AbSetup = {
  against: string;
  shared: SharedEnv;
  ctx: ScenarioContext;
  scenarios: Scenario[];
  options: BenchOptions;
  runtime: Runtime;
};

/**
 * The A/B of two checkouts with both servers up at once (`--against=<checkout>`: that one is A, this
 * one B), each scenario measured on A and on B in turn, round after round, the order flipping every
 * round. Separate A, B, A, B runs each see their own window of this machine: on a shared 2-core VM
 * the baseline's own throughput moved by 40% between two runs, more than the changes measured. Turn
 * by turn, a slow spell falls on both sides. No baseline runs; the figures are CPU ms per request of
 * each server (what other load changes least) and req/s.
 *
 * A process keeps what its JIT made of it for its life: one start of a build whose change did not
 * touch the Order Details page read +20% on it in all 6 rounds, the next start +1%. `--starts=N` runs the whole A/B N times
 * with fresh processes, each warmed up; a change counts when every B start's median is below every A
 * start's (two starts: both B runs beat both A runs).
 */
export async function runInterleaved(setup: AbSetup, log: (message: string) => void): Promise<InterleavedResult[]> {
  const { scenarios, options } = setup;
  const rounds = new Map(scenarios.map((scenario) => [scenario.name, { a: [] as Side[], b: [] as Side[], errors: 0 }]));
  for (let start = 1; start <= options.starts; start++) {
    const results = await runStart(setup, (message) =>
      log(options.starts > 1 ? `start ${start} of ${options.starts}: ${message}` : message),
    );
    for (const { scenario, a, b, errors } of results) {
      const into = rounds.get(scenario)!;
      into.a.push(a);
      into.b.push(b);
      into.errors += errors;
    }
  }
  return scenarios.map(({ name }) => {
    const { a: aStarts, b: bStarts, errors } = rounds.get(name)!;
    const join = (starts: Side[]) => ({
      cpuMsPerRequest: starts.flatMap((side) => side.cpuMsPerRequest),
      reqPerSec: starts.flatMap((side) => side.reqPerSec),
    });
    const a = join(aStarts);
    const b = join(bStarts);
    const startMedians = {
      a: aStarts.map((side) => round3(median(side.cpuMsPerRequest))),
      b: bStarts.map((side) => round3(median(side.cpuMsPerRequest))),
    };
    const result: InterleavedResult = {
      scenario: name,
      a,
      b,
      ...compare(a, b),
      startMedians,
      everyBBelowEveryA: Math.max(...startMedians.b) < Math.min(...startMedians.a),
      errors,
    };
    if (options.starts > 1) {
      log(
        `${name}: medians per start A ${startMedians.a.join(', ')} B ${startMedians.b.join(', ')}; every B below every A: ${result.everyBBelowEveryA ? 'yes' : 'no'}`,
      );
    }
    return result;
  });
}

/** One start: both servers up, warmed up, each scenario's rounds; each side's figures per scenario. */
async function runStart(
  { against, shared, ctx, scenarios, options, runtime }: AbSetup,
  log: (message: string) => void,
): Promise<{ scenario: string; a: Side; b: Side; errors: number }[]> {
  const { size } = options;
  const spawn = { profile: false as const, runtime };
  const servers = {
    a: await startOurServer('A', shared, {}, spawn, path.join(against, 'packages', 'server', 'dist')),
    b: await startOurServer('B', shared, {}, spawn),
  };
  log(`A (${against}) on :${servers.a.port}, B (this checkout) on :${servers.b.port}`);
  const run = async (server: RunningProcess, scenario: Scenario, seconds: number) => {
    // A write changes a fresh target each time: more than any write rate seen here (300/s), at least 500.
    const targets = scenario.kind === 'write' ? Math.max(500, 300 * seconds) : 200;
    const next = await prepareWindow(scenario, 'ours', ctx, targets);
    const before = server.cpuMs();
    const result = await measure({ port: server.port!, connections: size.connections, seconds, next, ok: answerOk });
    return { ...result, cpuMsPerRequest: (server.cpuMs() - before) / Math.max(result.requests, 1) };
  };
  try {
    // Both warm on every read scenario, then on the ones measured, before the first round.
    for (const server of [servers.a, servers.b]) {
      for (const scenario of SCENARIOS.filter((s) => s.kind === 'read')) {
        await run(server, scenario, size.serverWarmupSeconds);
      }
      for (const scenario of scenarios) await run(server, scenario, size.warmupSeconds);
    }
    const results: { scenario: string; a: Side; b: Side; errors: number }[] = [];
    for (const scenario of scenarios) {
      const a: Side = { cpuMsPerRequest: [], reqPerSec: [] };
      const b: Side = { cpuMsPerRequest: [], reqPerSec: [] };
      let errors = 0;
      for (let round = 0; round < options.rounds; round++) {
        const turns = [
          { server: servers.a, into: a },
          { server: servers.b, into: b },
        ];
        if (round % 2 === 1) turns.reverse();
        for (const { server, into } of turns) {
          const measured = await run(server, scenario, size.durationSeconds);
          into.cpuMsPerRequest.push(round3(measured.cpuMsPerRequest));
          into.reqPerSec.push(measured.reqPerSec);
          errors += measured.errors;
        }
      }
      const { medianCpuMs, roundsBLower } = compare(a, b);
      log(
        `${scenario.name}: CPU ms/req A ${medianCpuMs.a} B ${medianCpuMs.b} (${medianCpuMs.changePercent}%), B lower in ${roundsBLower} of ${options.rounds} rounds`,
      );
      results.push({ scenario: scenario.name, a, b, errors });
    }
    return results;
  } finally {
    await servers.a.stop();
    await servers.b.stop();
  }
}

/** The results as a Markdown table. */
export function interleavedTable(results: InterleavedResult[], rounds: number, starts: number): string {
  const perStart = starts > 1;
  const header = [
    'scenario',
    'A CPU ms/req',
    'B CPU ms/req',
    'change',
    `rounds B lower (of ${rounds * starts})`,
    ...(perStart ? ['A per start', 'B per start', 'every B below every A'] : []),
    'A req/s',
    'B req/s',
  ];
  const rows = results.map((r) => [
    r.scenario,
    r.medianCpuMs.a.toFixed(2),
    r.medianCpuMs.b.toFixed(2),
    `${r.medianCpuMs.changePercent > 0 ? '+' : ''}${r.medianCpuMs.changePercent}%`,
    String(r.roundsBLower),
    ...(perStart
      ? [
          r.startMedians.a.map((v) => v.toFixed(2)).join(', '),
          r.startMedians.b.map((v) => v.toFixed(2)).join(', '),
          r.everyBBelowEveryA ? 'yes' : 'no',
        ]
      : []),
    String(Math.round(median(r.a.reqPerSec))),
    String(Math.round(median(r.b.reqPerSec))),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
