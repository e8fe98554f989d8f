/** The security probe families (issue 16): each class of attack the suite keeps trying. */
export const FAMILIES = {
  startup: 'Production start-up refusal',
  mail: 'Mail-catcher isolation',
  sockets: 'Socket origin and revocation',
  throttle: 'Sign-in throttle (credentials, proxy)',
  documents: 'Expensive-document refusals',
  mistakes: 'Client mistakes (4xx)',
  fieldFailures: 'Field failures (partial answers, masked)',
} as const;
export type Family = keyof typeof FAMILIES;

type FamilyTally = { tried: number; refused: number; failed: number; findings: string[]; notes: string[] };

/**
 * What each family tried, how much of it the server refused as it must, and what failed (an attack
 * that got through, a 5xx, a legitimate control that was refused). Every failure count must end at 0.
 */
export class Families {
  readonly tallies: Record<Family, FamilyTally> = {
    startup: empty(),
    mail: empty(),
    sockets: empty(),
    throttle: empty(),
    documents: empty(),
    mistakes: empty(),
    fieldFailures: empty(),
  };

  /** One probe: `refused` when the server turned it away, `problem` when it did something it must not. */
  record(family: Family, { refused, problem }: { refused: boolean; problem?: string | null }): void {
    const tally = this.tallies[family];
    tally.tried += 1;
    if (refused) tally.refused += 1;
    if (problem) {
      tally.failed += 1;
      tally.findings.push(problem);
    }
  }

  /** A figure to print under the table (e.g. the server time of refusals). */
  note(family: Family, text: string): void {
    this.tallies[family].notes.push(text);
  }

  failures(): number {
    return Object.values(this.tallies).reduce((sum, tally) => sum + tally.failed, 0);
  }

  table(): string {
    const families = Object.keys(FAMILIES) as Family[];
    const header = ['Security probe family', 'tried', 'refused', 'failed'];
    const rows = families.map((f) => [
      FAMILIES[f],
      ...[this.tallies[f].tried, this.tallies[f].refused, this.tallies[f].failed].map(String),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
    return [
      line(header),
      widths.map((w) => '-'.repeat(w)).join('-|-'),
      ...rows.map(line),
      this.failures() === 0 ? 'PASS: every family 0 failed' : `FAIL: ${this.failures()} probe(s) failed`,
      ...families.flatMap((f) => this.tallies[f].notes.map((n) => `  ${FAMILIES[f]}: ${n}`)),
      ...families.flatMap((f) => this.tallies[f].findings.slice(0, 20).map((n) => `  ${FAMILIES[f]} FAILED: ${n}`)),
    ].join('\n');
  }
}

function empty(): FamilyTally {
  return { tried: 0, refused: 0, failed: 0, findings: [], notes: [] };
}
