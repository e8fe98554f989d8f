import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * The breaking-change check of docs/api-changelog.md ("How the check works"): the schema we serve,
 * compared with the last released one by @graphql-inspector/core. It is pure (texts in, problems
 * out) so the CI script and the tests run the same rules on the real files or on fixtures.
 */
export type EvolutionInput = {
  releasedSdl: string;
  currentSdl: string;
  /** The text of docs/api-changelog.md. */
  changelog: string;
  /** The day of the check (YYYY-MM-DD): removal dates are compared with it. */
  today: string;
};

export type EvolutionReport = {
  breaking: Change[];
  /** Empty when the change may ship. */
  problems: string[];
};

export const UNRELEASED_HEADING = '## Unreleased';
/** A deprecation says when the field goes, e.g. `@deprecated(reason: "Use total. Removal: 2027-06-01")`. */
const REMOVAL_DATE = /Removal: (\d{4}-\d{2}-\d{2})/;
export const MIN_NOTICE_MONTHS = 6;

export async function checkSchemaEvolution(input: EvolutionInput): Promise<EvolutionReport> {
  const released = buildSchema(input.releasedSdl);
  const current = buildSchema(input.currentSdl);
  const changes = await diff(released, current);
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const announced = announcedPaths(input.changelog);
  const problems: string[] = [];
  if (announced === null) problems.push(`docs/api-changelog.md has no "${UNRELEASED_HEADING}" section.`);

  for (const change of breaking) {
    const path = changePath(change);
    if (!announced?.has(path)) {
      problems.push(
        `Unannounced breaking change at ${path}: ${change.message}. ` +
          `List \`${path}\` under "${UNRELEASED_HEADING}" in docs/api-changelog.md, or keep the old shape.`,
      );
    }
    // A removal after a deprecation waits for the date the deprecation promised.
    const removal = removalDate(deprecationReason(released, path));
    if (removal && input.today < removal && !schemaHas(current, path)) {
      problems.push(`${path} was deprecated with removal on ${removal}: it may not be removed before then.`);
    }
  }

  const alreadyDeprecated = new Set(deprecatedPaths(released).map(({ path }) => path));
  const earliest = addMonths(input.today, MIN_NOTICE_MONTHS);
  for (const { path, reason } of deprecatedPaths(current)) {
    const removal = removalDate(reason);
    if (!removal) {
      problems.push(`${path} is deprecated without a removal date: end its reason with "Removal: YYYY-MM-DD".`);
    } else if (!alreadyDeprecated.has(path) && removal < earliest) {
      problems.push(
        `${path} is newly deprecated with removal on ${removal}: ` +
          `give partners at least ${MIN_NOTICE_MONTHS} months (${earliest} or later).`,
      );
    }
  }
  return { breaking, problems };
}

/** The paths written in backticks in the changelog's Unreleased section, or null without one. */
export function announcedPaths(changelog: string): Set<string> | null {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED_HEADING);
  if (start < 0) return null;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const section = lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  return new Set([...section.matchAll(/`([^`\s]+)`/g)].flatMap((match) => match[1] ?? []));
}

/** Changes on the schema as a whole (e.g. a new root type) have no path: their type names them. */
function changePath(change: Change): string {
  return change.path ?? change.type;
}

function removalDate(reason: string | null | undefined): string | null {
  return reason?.match(REMOVAL_DATE)?.[1] ?? null;
}

type Deprecation = { path: string; reason: string };

/** Every deprecated field, argument, input field and enum value, by the inspector's path. */
function deprecatedPaths(schema: GraphQLSchema): Deprecation[] {
  const found: Deprecation[] = [];
  const note = (path: string, reason: string | null | undefined) => {
    if (reason != null) found.push({ path, reason });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        note(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) note(`${type.name}.${field.name}.${arg.name}`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) note(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return found;
}

function deprecationReason(schema: GraphQLSchema, path: string): string | undefined {
  return deprecatedPaths(schema).find((deprecation) => deprecation.path === path)?.reason;
}

function schemaHas(schema: GraphQLSchema, path: string): boolean {
  const [typeName = '', member, arg] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || member === undefined) return Boolean(type);
  if (isEnumType(type)) return type.getValue(member) !== undefined;
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return false;
  const field = type.getFields()[member];
  if (!field || arg === undefined) return Boolean(field);
  return 'args' in field && field.args.some((candidate) => candidate.name === arg);
}

/** YYYY-MM-DD plus whole months, in UTC (a date, not an instant). */
export function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
