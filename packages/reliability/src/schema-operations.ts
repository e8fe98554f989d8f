import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { graphql, type Credentials } from './api';

export type RootKind = 'query' | 'mutation' | 'subscription';

/** One root field of the schema, as an operation with variables the suite can fill. */
export type SchemaOperation = {
  kind: RootKind;
  field: string;
  document: string;
  /** The variables' values; `id` fills every ID slot (undefined: a harmless placeholder). */
  variables: (id: (slot: string) => string | undefined) => Record<string, unknown>;
  /** Names of the ID slots (arguments and input fields), e.g. "orderId", "itemIds". */
  idSlots: string[];
  args: GraphQLField<unknown, unknown>['args'];
};

/** The server's schema as it introspects itself, so operations added later are covered without edits. */
export async function introspect(apiUrl: string, credentials: Credentials): Promise<GraphQLSchema> {
  const response = await graphql(apiUrl, getIntrospectionQuery(), {}, credentials);
  const data = response.body?.data;
  if (!isIntrospection(data)) throw new Error(`introspection failed: ${response.text}`);
  return buildClientSchema(data);
}

const isIntrospection = (data: unknown): data is IntrospectionQuery =>
  typeof data === 'object' && data !== null && '__schema' in data;

export function schemaOperations(schema: GraphQLSchema): SchemaOperation[] {
  const roots: [RootKind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([kind, type]) =>
    type ? Object.values(type.getFields()).map((field) => operationFor(kind, field)) : [],
  );
}

function operationFor(kind: RootKind, field: GraphQLField<unknown, unknown>): SchemaOperation {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`);
  const document = `${kind} Probe${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${
    passed.length ? `(${passed.join(', ')})` : ''
  }${selectionFor(field.type, 2)} }`;
  const idSlots = field.args.flatMap((arg) => idSlotsOf(arg.name, arg.type, new Set()));
  return {
    kind,
    field: field.name,
    document,
    idSlots,
    args: field.args,
    variables: (id) => {
      const values: Record<string, unknown> = {};
      for (const arg of field.args) {
        const value = valueFor(arg.name, arg.type, id, field.name, new Set());
        if (value !== undefined) values[arg.name] = value;
      }
      return values;
    },
  };
}

/** Leaf fields of the type, and the ids and type names of the objects it holds, to `depth`. */
export function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return ' { __typename }';
  if (!isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const child of Object.values(named.getFields())) {
    if (child.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const childNamed = getNamedType(child.type);
    if (isLeafType(childNamed)) {
      if (depth === 2 || child.name === 'id' || child.name === 'code') parts.push(child.name);
    } else if (depth > 0) {
      const nested = selectionFor(child.type, depth - 1);
      if (nested) parts.push(`${child.name}${nested}`);
    }
  }
  return ` { ${parts.join(' ')} }`;
}

function idSlotsOf(name: string, type: GraphQLInputType, seen: Set<string>): string[] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [name];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((f) => idSlotsOf(f.name, f.type, inner));
}

const SCALAR_SAMPLES: Record<string, unknown> = {
  Int: 1,
  SafeInt: 1,
  Float: 1,
  String: 'probe',
  Boolean: false,
  DateTime: '2026-01-15T12:00:00.000Z',
  JSON: {},
};

/**
 * A minimal valid value: every required field, and every ID slot (required or not) filled by `id`.
 * Optional arguments without IDs are left out.
 */
export function valueFor(
  slot: string,
  type: GraphQLInputType,
  id: (slot: string) => string | undefined,
  parent: string,
  seen: Set<string>,
): unknown {
  const required = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = valueFor(slot, inner.ofType, id, parent, seen);
    return item === undefined ? (required ? [] : undefined) : [item];
  }
  if (inner.name === 'ID')
    return id(slot === 'id' ? parent : slot) ?? (required ? '00000000-0000-4000-8000-000000000000' : undefined);
  if (isEnumType(inner)) return required ? inner.getValues()[0]?.value : undefined;
  if (isInputObjectType(inner)) {
    if (seen.has(inner.name)) return undefined;
    const hasIds = idSlotsOf(slot, inner, new Set()).length > 0;
    if (!required && !hasIds) return undefined;
    const value: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      const v = valueFor(f.name, f.type, id, inner.name, new Set(seen).add(inner.name));
      if (v !== undefined) value[f.name] = v;
    }
    return value;
  }
  return required ? (SCALAR_SAMPLES[inner.name] ?? 'probe') : undefined;
}
