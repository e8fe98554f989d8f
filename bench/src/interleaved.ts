import path from 'node:path';
import { measure } from './load';
import type { BenchOptions } from './options';
import { startOurServer, type RunningProcess, type Runtime, type SharedEnv } from './processes';
import { answerOk, SCENARIOS, type Scenario, type ScenarioContext } from './scenarios';

/** One scenario's rounds: each side's CPU ms per request and req/s, round by round. */
export type InterleavedResult = {
  scenario: string;
  a: { cpuMsPerRequest: number[]; reqPerSec: number[] };
  b: { cpuMsPerRequest: number[]; reqPerSec: number[] };
  /** Median CPU ms per request of each side, and B's change against A in percent. */
  medianCpuMs: { a: number; b: number; changePercent: number };
  /** In how many rounds B's CPU per request was below A's. */
  roundsBLower: number;
  errors: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The A/B of two checkouts with both servers up at once (`--against=<checkout>`: that one is A, this
 * one B), each scenario measured on A and on B in turn, round after round, the order flipping every
 * round. Separate A, B, A, B runs each see their own window of this machine: on a shared 2-core VM
 * the baseline's own throughput moved by 40% between two runs, more than the changes measured. Turn
 * by turn, a slow spell falls on both sides. No baseline runs; the figures are CPU ms per request of
 * each server (what other load changes least) and req/s.
 */
export async function runInterleaved(
  against: string,
  shared: SharedEnv,
  ctx: ScenarioContext,
  scenarios: Scenario[],
  options: BenchOptions,
  runtime: Runtime,
  log: (message: string) => void,
): Promise<InterleavedResult[]> {
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
    const next = await scenario.prepare('ours', ctx, targets, false);
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
    const results: InterleavedResult[] = [];
    for (const scenario of scenarios) {
      const a = { cpuMsPerRequest: [] as number[], reqPerSec: [] as number[] };
      const b = { cpuMsPerRequest: [] as number[], reqPerSec: [] as number[] };
      let errors = 0;
      for (let round = 0; round < options.rounds; round++) {
        const turns = [
          { server: servers.a, into: a },
          { server: servers.b, into: b },
        ];
        if (round % 2 === 1) turns.reverse();
        for (const { server, into } of turns) {
          const measured = await run(server, scenario, size.durationSeconds);
          into.cpuMsPerRequest.push(Math.round(measured.cpuMsPerRequest * 1000) / 1000);
          into.reqPerSec.push(measured.reqPerSec);
          errors += measured.errors;
        }
      }
      const medianCpuMs = { a: median(a.cpuMsPerRequest), b: median(b.cpuMsPerRequest), changePercent: 0 };
      medianCpuMs.changePercent = round2((medianCpuMs.b / medianCpuMs.a - 1) * 100);
      const roundsBLower = a.cpuMsPerRequest.filter((value, i) => b.cpuMsPerRequest[i]! < value).length;
      results.push({ scenario: scenario.name, a, b, medianCpuMs, roundsBLower, errors });
      log(
        `${scenario.name}: CPU ms/req A ${medianCpuMs.a} B ${medianCpuMs.b} (${medianCpuMs.changePercent}%), B lower in ${roundsBLower} of ${options.rounds} rounds`,
      );
    }
    return results;
  } finally {
    await servers.a.stop();
    await servers.b.stop();
  }
}

/** The results as a Markdown table. */
export function interleavedTable(results: InterleavedResult[], rounds: number): string {
  const header = [
    'scenario',
    'A CPU ms/req',
    'B CPU ms/req',
    'change',
    `rounds B lower (of ${rounds})`,
    'A req/s',
    'B req/s',
  ];
  const rows = results.map((r) => [
    r.scenario,
    r.medianCpuMs.a.toFixed(2),
    r.medianCpuMs.b.toFixed(2),
    `${r.medianCpuMs.changePercent > 0 ? '+' : ''}${r.medianCpuMs.changePercent}%`,
    String(r.roundsBLower),
    String(Math.round(median(r.a.reqPerSec))),
    String(Math.round(median(r.b.reqPerSec))),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
