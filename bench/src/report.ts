import fs from 'node:fs';
import path from 'node:path';
import type { FanoutResult } from './fanout';
import type { Measurement } from './load';

export type ScenarioResult = {
  scenario: string;
  kind: 'read' | 'write' | 'fanout';
  mode: 'single' | 'cluster';
  ours: Measurement | FanoutResult;
  baseline: Measurement | FanoutResult | null;
  /** Ours / baseline throughput (fan-out: baseline p99 / ours p99, so higher is better as well). */
  ratio: number | null;
  targets: { target: string; met: boolean }[];
};

const MAX_ERROR_RATE = 0.005;

const isLoad = (m: Measurement | FanoutResult): m is Measurement => 'reqPerSec' in m;

/** The targets that a result can be held to. */
export function judge(results: ScenarioResult[]): void {
  const single = (name: string) => results.find((r) => r.mode === 'single' && r.scenario === name);
  for (const r of results) {
    const ours = r.ours;
    if (r.kind === 'fanout') {
      const f = ours as FanoutResult;
      r.targets.push({ target: 'p99 < 250 ms', met: f.p99 < 250 });
      continue;
    }
    const m = ours as Measurement;
    if (r.mode === 'cluster') {
      const base = single(r.scenario);
      if (base && isLoad(base.ours)) {
        r.targets.push({ target: 'cluster > single', met: m.reqPerSec > base.ours.reqPerSec });
      }
      continue;
    }
    const floor = r.kind === 'read' ? 0.5 : 0.7;
    if (r.ratio !== null) r.targets.push({ target: `≥ ${floor}x baseline`, met: r.ratio >= floor });
    if (r.scenario.startsWith('orders list, first page')) r.targets.push({ target: 'p99 < 50 ms', met: m.p99 < 50 });
    if (r.scenario.includes('90% depth')) {
      const first = results.find((x) => x.mode === 'single' && x.scenario.startsWith('orders list, first page'));
      if (first && isLoad(first.ours)) {
        r.targets.push({ target: 'p50 ≤ 1.5x first page', met: m.p50 <= 1.5 * Math.max(first.ours.p50, 1) });
      }
    }
    if (r.scenario.includes('200-item') || r.scenario.includes('200 items')) {
      r.targets.push({ target: 'p95 < 100 ms', met: m.p95 < 100 });
    }
  }
}

/** Every scenario ran, figures are positive and errors stay under 0.5%: the run's own correctness. */
export function problemsOf(results: ScenarioResult[], expected: string[]): string[] {
  const problems: string[] = [];
  for (const name of expected) {
    if (!results.some((r) => r.scenario === name && r.mode === 'single')) problems.push(`${name}: did not run`);
  }
  for (const r of results) {
    for (const [side, m] of [
      ['ours', r.ours],
      ['baseline', r.baseline],
    ] as const) {
      if (!m) continue;
      const label = `${r.scenario} (${r.mode}, ${side})`;
      if (m.errorRate > MAX_ERROR_RATE) problems.push(`${label}: ${(m.errorRate * 100).toFixed(2)}% errors`);
      if (isLoad(m) ? !(m.reqPerSec > 0 && m.p50 >= 0 && m.requests > 0) : !(m.rounds > 0 && m.p50 > 0)) {
        problems.push(`${label}: no figures`);
      }
    }
  }
  return problems;
}

const cell = (m: Measurement | FanoutResult | null): string[] => {
  if (!m) return ['', '', '', '', ''];
  if (isLoad(m)) {
    const cpu = [m.cpuMsPerRequest, m.databaseCpuMsPerRequest].map((ms) => `${ms ?? ''}`);
    return [m.reqPerSec.toFixed(0), `${m.p50}`, `${m.p99}`, ...cpu];
  }
  return ['', `${m.p50}`, `${m.p99}`, '', ''];
};

export function table(results: ScenarioResult[]): string {
  const header = [
    'scenario',
    'mode',
    'ours req/s',
    'p50 ms',
    'p99 ms',
    'CPU ms/req',
    'DB CPU ms/req',
    'baseline req/s',
    'p50 ms',
    'p99 ms',
    'CPU ms/req',
    'DB CPU ms/req',
    'ratio',
    'targets',
  ];
  const rows = results.map((r) => [
    r.scenario,
    r.mode,
    ...cell(r.ours),
    ...cell(r.baseline),
    r.ratio === null ? '' : r.ratio.toFixed(2),
    r.targets.map((t) => `${t.met ? 'met' : 'MISSED'}: ${t.target}`).join('; '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function writeResults(dir: string, sizeName: string, report: object): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}-${sizeName}.json`);
  const json = JSON.stringify(report, null, 2) + '\n';
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, `latest-${sizeName}.json`), json);
  return file;
}
