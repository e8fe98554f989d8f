import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kind, parse, print, visit, type FieldDefinitionNode } from 'graphql';
import { addMonths, checkSchemaEvolution, UNRELEASED_HEADING } from './schema-evolution';

const SERVER_DIR = path.resolve(__dirname, '../..');
const CURRENT = fs.readFileSync(path.join(SERVER_DIR, 'schema.graphql'), 'utf8');
const TODAY = '2027-01-15';

/** The schema with one field of one object type changed, or removed when `change` gives null. */
function withField(
  sdl: string,
  typeName: string,
  fieldName: string,
  change: (field: FieldDefinitionNode) => FieldDefinitionNode | null,
): string {
  return print(
    visit(parse(sdl), {
      ObjectTypeDefinition: (node) =>
        node.name.value !== typeName
          ? undefined
          : {
              ...node,
              fields: (node.fields ?? []).flatMap((field) => {
                const changed = field.name.value === fieldName ? change(field) : field;
                return changed ? [changed] : [];
              }),
            },
    }),
  );
}
const removeField = (sdl: string, typeName: string, fieldName: string) =>
  withField(sdl, typeName, fieldName, () => null);
const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const deprecate = (sdl: string, typeName: string, fieldName: string, reason: string) =>
  withField(sdl, typeName, fieldName, (field) => ({
    ...field,
    directives: [
      ...(field.directives ?? []),
      {
        kind: Kind.DIRECTIVE,
        name: name('deprecated'),
        arguments: [{ kind: Kind.ARGUMENT, name: name('reason'), value: { kind: Kind.STRING, value: reason } }],
      },
    ],
  }));

const changelog = (...unreleased: string[]) =>
  ['# API changelog', UNRELEASED_HEADING, ...unreleased.map((line) => `- ${line}`), '## 2026-11-26', ''].join('\n');

describe('the breaking-change check against the last released schema', () => {
  it('fails on a removed field until the changelog announces it under Unreleased', async () => {
    const withoutOverdue = removeField(CURRENT, 'Invoice', 'overdue');
    const check = (log: string) =>
      checkSchemaEvolution({ releasedSdl: CURRENT, currentSdl: withoutOverdue, changelog: log, today: TODAY });

    const unannounced = await check(changelog('`Invoice.availableActions` is new.'));
    expect(unannounced.breaking.map((change) => [change.type, change.path])).toEqual([
      ['FIELD_REMOVED', 'Invoice.overdue'],
    ]);
    expect(unannounced.problems).toEqual([expect.stringMatching(/^Unannounced breaking change at Invoice\.overdue: /)]);

    // Announced under an older release only: still unannounced for this one.
    const olderOnly = `${changelog()}- \`Invoice.overdue\` removed.\n`;
    expect((await check(olderOnly)).problems).toHaveLength(1);

    expect((await check(changelog('`Invoice.overdue` is removed: filter on `dueAt` instead.'))).problems).toEqual([]);
  });

  it('fails without an Unreleased section to announce in', async () => {
    const report = await checkSchemaEvolution({
      releasedSdl: CURRENT,
      currentSdl: CURRENT,
      changelog: '# API changelog\n## 2026-11-26\n',
      today: TODAY,
    });
    expect(report.problems).toEqual(['docs/api-changelog.md has no "## Unreleased" section.']);
  });

  it('asks every deprecation for a removal date, at least 6 months out when it is new', async () => {
    const check = (reason: string) =>
      checkSchemaEvolution({
        releasedSdl: CURRENT,
        currentSdl: deprecate(CURRENT, 'Invoice', 'overdue', reason),
        changelog: changelog(),
        today: TODAY,
      });
    expect((await check('Use dueAt.')).problems).toEqual([
      'Invoice.overdue is deprecated without a removal date: end its reason with "Removal: YYYY-MM-DD".',
    ]);
    expect((await check('Use dueAt. Removal: 2027-07-14')).problems).toEqual([
      'Invoice.overdue is newly deprecated with removal on 2027-07-14: give partners at least 6 months (2027-07-15 or later).',
    ]);
    expect((await check('Use dueAt. Removal: 2027-07-15')).problems).toEqual([]);
  });

  it('keeps a deprecated field until the removal date it promised, even when announced', async () => {
    const released = deprecate(CURRENT, 'Invoice', 'overdue', 'Use dueAt. Removal: 2027-07-15');
    const check = (today: string) =>
      checkSchemaEvolution({
        releasedSdl: released,
        currentSdl: removeField(CURRENT, 'Invoice', 'overdue'),
        changelog: changelog('`Invoice.overdue` removed, as announced.'),
        today,
      });
    expect((await check('2027-07-14')).problems).toEqual([
      'Invoice.overdue was deprecated with removal on 2027-07-15: it may not be removed before then.',
    ]);
    expect((await check('2027-07-15')).problems).toEqual([]);
    // Already deprecated at the last release: its date is not measured from today again.
    const kept = await checkSchemaEvolution({
      releasedSdl: released,
      currentSdl: released,
      changelog: changelog(),
      today: '2027-07-01',
    });
    expect(kept.problems).toEqual([]);
  });

  it('adds months as calendar dates', () => {
    expect(addMonths('2027-01-15', 6)).toBe('2027-07-15');
    expect(addMonths('2026-11-26', 6)).toBe('2027-05-26');
  });

  it('passes on this tree: the script CI runs finds this round’s breaking changes announced', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(SERVER_DIR, 'dist/cli/check-schema-evolution.js'),
    ]);
    expect(stdout).toContain('breaking: UserError.code:');
    expect(stdout).toContain('breaking: OrderEvent.type:');
    expect(stdout).toMatch(/schema evolution: \d+ breaking change\(s\), each announced/);
  });
});
