/** What each part of the suite did, and what went wrong; all failure counts must end at 0. */
export type PartTally = {
  runs: number;
  losses: number;
  duplicates: number;
  leaks: number;
  serverErrors: number;
  /** One line per failure, printed under the table. */
  findings: string[];
};

export const PARTS = {
  probes: 'Isolation probes',
  storms: 'Concurrency storms',
  faults: 'Faults injected',
  hostile: 'Hostile inputs',
  sessions: 'Session & secret checks',
} as const;
export type Part = keyof typeof PARTS;

export class Tally {
  readonly parts: Record<Part, PartTally> = {
    probes: emptyTally(),
    storms: emptyTally(),
    faults: emptyTally(),
    hostile: emptyTally(),
    sessions: emptyTally(),
  };

  run(part: Part, count = 1): void {
    this.parts[part].runs += count;
  }

  fail(part: Part, kind: 'losses' | 'duplicates' | 'leaks' | 'serverErrors', finding: string): void {
    this.parts[part][kind] += 1;
    this.parts[part].findings.push(`[${kind}] ${finding}`);
  }

  failures(): number {
    return Object.values(this.parts).reduce((sum, p) => sum + p.losses + p.duplicates + p.leaks + p.serverErrors, 0);
  }

  table(mode: string): string {
    const rows = (Object.keys(PARTS) as Part[]).map((part) => {
      const p = this.parts[part];
      return [PARTS[part], p.runs, p.losses, p.duplicates, p.leaks, p.serverErrors].map(String);
    });
    const header = ['Reliability suite (' + mode + ')', 'run', 'losses', 'duplicates', 'leaks', '500s'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
    const findings = (Object.keys(PARTS) as Part[]).flatMap((part) =>
      this.parts[part].findings.slice(0, 20).map((f) => `  ${PARTS[part]}: ${f}`),
    );
    return [
      line(header),
      widths.map((w) => '-'.repeat(w)).join('-|-'),
      ...rows.map(line),
      this.failures() === 0 ? 'PASS: no loss, duplicate, leak or 500' : `FAIL: ${this.failures()} problem(s)`,
      ...findings,
    ].join('\n');
  }
}

function emptyTally(): PartTally {
  return { runs: 0, losses: 0, duplicates: 0, leaks: 0, serverErrors: 0, findings: [] };
}
