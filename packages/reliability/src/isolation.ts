import type { GraphQLSchema } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createApiKey, graphql, headersFor, leakedIds, serverFailure, type ApiResponse, type Credentials } from './api';
import { sellerChecksum } from './seller-data';
import { schemaOperations, type SchemaOperation } from './schema-operations';
import type { SuiteContext, Viewer } from './suite-context';

/** Fields anyone may call: they answer about the caller, not about any seller's data. */
const PUBLIC_FIELDS = new Set(['signIn', 'signOut', 'me']);
const REFUSAL_CODES = new Set([
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
]);

/**
 * Every root field of the schema, tried by everyone who must not reach seller A's data, with A's IDs
 * of every kind in its ID slots; A's rows must be byte-identical afterwards.
 */
export async function runIsolationProbes(ctx: SuiteContext, schema: GraphQLSchema): Promise<void> {
  const { env, a, b } = ctx;
  const viewers: Viewer[] = [
    { name: 'seller B session', credentials: b.session, sameSeller: false },
    {
      name: 'seller B key (all scopes)',
      credentials: { apiKey: await createApiKey(env.apiUrl, b.session, ALL) },
      sameSeller: false,
    },
    {
      name: 'seller B key (invoices:read)',
      credentials: { apiKey: await createApiKey(env.apiUrl, b.session, ['INVOICES_READ']) },
      sameSeller: false,
    },
    {
      name: 'seller A key (orders:read)',
      credentials: { apiKey: await createApiKey(env.apiUrl, a.session, ['ORDERS_READ']) },
      sameSeller: true,
    },
    {
      name: 'seller A key (invoices:read)',
      credentials: { apiKey: await createApiKey(env.apiUrl, a.session, ['INVOICES_READ']) },
      sameSeller: true,
    },
    { name: 'unauthenticated', credentials: null, sameSeller: false },
  ];
  const before = await sellerChecksum(env.sql, a.data.sellerId);
  const operations = schemaOperations(schema);
  const tables = [...a.data.idsByTable.keys()];

  for (const operation of operations.filter((o) => o.kind !== 'subscription')) {
    for (const viewer of viewers) {
      if (operation.field === 'signOut' && viewer.credentials && 'cookie' in viewer.credentials) continue;
      for (const assignment of idAssignments(
        operation,
        tables,
        ctx.mode === 'full' || viewer.name === 'seller B session',
      )) {
        const variables = operation.variables((slot) => {
          const table = assignment ?? tableFor(slot, tables);
          return table ? pick(a.data.idsByTable.get(table)) : undefined;
        });
        const response = await graphql(env.apiUrl, operation.document, variables, viewer.credentials);
        ctx.tally.run('probes');
        await judge(ctx, operation, viewer, variables, response);
      }
    }
  }
  await probeRoutes(ctx, viewers);
  const after = await sellerChecksum(env.sql, a.data.sellerId);
  if (after !== before) ctx.tally.fail('probes', 'leaks', `seller A's rows changed: ${changedTables(before, after)}`);
  // Last: it changes A's orders itself, to see whether anyone else hears of it.
  await probeSubscriptions(ctx, viewers, operations);
}

const ALL = ['ORDERS_READ', 'ORDERS_WRITE', 'INVOICES_READ', 'INVOICES_WRITE', 'PAYMENTS_WRITE'];

/** null: each slot gets the kind its name suggests; a table: every slot gets an ID from it. */
function idAssignments(operation: SchemaOperation, tables: string[], everyKind: boolean): (string | null)[] {
  if (operation.idSlots.length === 0 || !everyKind) return [null];
  return [null, ...tables];
}

/** The table an ID slot points into, by its name: orderId → orders, itemIds → order_items, RevokeApiKeyInput.id → api_keys. */
export function tableFor(slot: string, tables: string[]): string | undefined {
  const snake = slot
    .replace(/Input$/, '')
    .replace(/Ids?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
  const singular = (table: string) =>
    table
      .replace(/ies$/, 'y')
      .replace(/(ss)es$/, '$1')
      .replace(/s$/, '');
  const byLength = [...tables].sort((x, y) => y.length - x.length);
  return (
    byLength.find((t) => snake.endsWith(singular(t))) ??
    byLength.find((t) => singular(t).endsWith(`_${snake}`) || singular(t) === snake)
  );
}

const pick = <T>(values: T[] | undefined): T | undefined =>
  values?.length ? values[Math.floor(Math.random() * values.length)] : undefined;

function refused(response: ApiResponse, field: string): boolean {
  const body = response.body;
  if (body?.errors?.some((e) => REFUSAL_CODES.has(e.extensions?.code ?? ''))) return true;
  const result = body?.data?.[field];
  if (result === null || result === undefined) return true;
  const userErrors = (result as { userErrors?: unknown[] }).userErrors;
  if (Array.isArray(userErrors) && userErrors.length > 0) return true;
  return refusedEntryByEntry(result as Record<string, unknown>);
}

/**
 * A bulk change (e.g. acceptOrders) refuses entry by entry: refused when every entry came back in
 * `failed` as not found, and every other list of the payload is empty.
 */
function refusedEntryByEntry(result: Record<string, unknown>): boolean {
  const failed = result['failed'];
  if (!Array.isArray(failed) || failed.length === 0) return false;
  const notFound = failed.every((entry) => String((entry as { code?: unknown }).code ?? '').endsWith('NOT_FOUND'));
  const nothingElse = Object.entries(result).every(
    ([key, value]) => key === 'failed' || !Array.isArray(value) || value.length === 0,
  );
  return notFound && nothingElse;
}

async function judge(
  ctx: SuiteContext,
  operation: SchemaOperation,
  viewer: Viewer,
  variables: Record<string, unknown>,
  response: ApiResponse,
): Promise<void> {
  const sent = JSON.stringify(variables);
  const label = `${operation.kind} ${operation.field} as ${viewer.name} with ${sent.slice(0, 160)}`;
  const failure = serverFailure(response);
  if (failure) ctx.tally.fail('probes', 'serverErrors', `${label}: ${failure}`);
  const owned = ctx.a.data.allIds;
  if (viewer.sameSeller) {
    // A's own key without the scope: every change must be refused.
    if (operation.kind === 'mutation' && !PUBLIC_FIELDS.has(operation.field) && !refused(response, operation.field))
      ctx.tally.fail('probes', 'leaks', `${label}: a mutation went through without its scope`);
    return;
  }
  if (!viewer.credentials && !PUBLIC_FIELDS.has(operation.field)) {
    const code = response.body?.errors?.[0]?.extensions?.code;
    if (
      code !== 'UNAUTHENTICATED' &&
      code !== 'GRAPHQL_VALIDATION_FAILED' &&
      !(await sameForEveryone(ctx, operation, variables, response))
    )
      ctx.tally.fail('probes', 'leaks', `${label}: answered without sign-in (${response.text.slice(0, 200)})`);
  }
  // Another seller's IDs never appear in the answer's data, whether sent or not.
  const data = JSON.stringify(response.body?.data ?? null);
  const leaked = leakedIds(data, '', owned);
  if (leaked.length) ctx.tally.fail('probes', 'leaks', `${label}: answered with seller A's ${leaked.join(', ')}`);
  const sentOwned = leakedIds(sent, '', owned).length > 0;
  if (operation.kind === 'mutation' && sentOwned && !refused(response, operation.field))
    ctx.tally.fail('probes', 'leaks', `${label}: accepted seller A's IDs (${response.text.slice(0, 200)})`);
  if (leakedIds(response.text, sent, owned).length)
    ctx.tally.fail('probes', 'leaks', `${label}: an error message revealed seller A's IDs`);
}

/** An answer given without sign-in is fine only when it is reference data, the same for both sellers (e.g. carriers). */
async function sameForEveryone(
  ctx: SuiteContext,
  operation: SchemaOperation,
  variables: Record<string, unknown>,
  response: ApiResponse,
): Promise<boolean> {
  if (operation.kind !== 'query') return false;
  const data = JSON.stringify(response.body?.data);
  for (const session of [ctx.a.session, ctx.b.session]) {
    const asSeller = await graphql(ctx.env.apiUrl, operation.document, variables, session);
    if (JSON.stringify(asSeller.body?.data) !== data) return false;
  }
  return true;
}

/** Subscribes to A's order and invoice as everyone else, changes them as A, and expects silence (or a refusal). */
async function probeSubscriptions(ctx: SuiteContext, viewers: Viewer[], operations: SchemaOperation[]): Promise<void> {
  const { env, a } = ctx;
  const tables = [...a.data.idsByTable.keys()];
  const received: { viewer: string; field: string; payload: string }[] = [];
  const clients: Client[] = [];
  for (const viewer of viewers.filter((v) => !v.sameSeller)) {
    const client = wsClient(env.apiUrl, viewer.credentials);
    clients.push(client);
    for (const operation of operations.filter((o) => o.kind === 'subscription')) {
      for (const idTable of [null, ...(ctx.mode === 'full' ? tables : [])]) {
        const variables = operation.variables((slot) =>
          pick(a.data.idsByTable.get(idTable ?? tableFor(slot, tables) ?? '')),
        );
        ctx.tally.run('probes');
        client.subscribe(
          { query: operation.document, variables },
          {
            next: (value) => {
              if (value.data)
                received.push({ viewer: viewer.name, field: operation.field, payload: JSON.stringify(value.data) });
            },
            error: () => undefined,
            complete: () => undefined,
          },
        );
      }
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // Changes on A's side that its own subscribers hear about: a note on each of a few orders.
  for (const orderId of (a.data.idsByTable.get('orders') ?? []).slice(0, 5)) {
    await graphql(
      env.apiUrl,
      'mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { userErrors { code } } }',
      { input: { orderId, text: 'isolation probe: only seller A may hear of this' } },
      a.session,
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await Promise.all(clients.map((c) => c.dispose()));
  for (const event of received) {
    ctx.tally.fail(
      'probes',
      'leaks',
      `subscription ${event.field} as ${event.viewer} received ${event.payload.slice(0, 200)}`,
    );
  }
}

export function wsClient(apiUrl: string, credentials: Credentials): Client {
  const headers = credentials && 'cookie' in credentials ? headersFor(credentials) : {};
  class CredentialedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CredentialedWebSocket,
    connectionParams: credentials && 'apiKey' in credentials ? { authorization: `Bearer ${credentials.apiKey}` } : {},
    retryAttempts: 0,
    lazy: true,
    on: { error: () => undefined },
  });
}

/** The HTTP routes outside GraphQL that serve a seller's documents. */
async function probeRoutes(ctx: SuiteContext, viewers: Viewer[]): Promise<void> {
  const { env, a } = ctx;
  const documents = [
    ...(a.data.idsByTable.get('invoices') ?? [])
      .slice(0, ctx.mode === 'full' ? 50 : 8)
      .map((id) => `/invoices/${id}/pdf`),
    ...(a.data.idsByTable.get('credit_notes') ?? [])
      .slice(0, ctx.mode === 'full' ? 20 : 4)
      .map((id) => `/credit-notes/${id}/pdf`),
  ];
  for (const viewer of viewers) {
    for (const path of [...documents, '/dev/mail?format=json']) {
      const response = await fetch(`${env.apiUrl}${path}`, { headers: headersFor(viewer.credentials) });
      const body = Buffer.from(await response.arrayBuffer());
      ctx.tally.run('probes');
      if (response.status >= 500)
        ctx.tally.fail('probes', 'serverErrors', `GET ${path} as ${viewer.name}: ${response.status}`);
      if (viewer.sameSeller && viewer.name.includes('invoices:read')) continue; // its own documents, readable
      const expected = path.startsWith('/dev/mail')
        ? [401, 404, 200]
        : viewer.name.includes('orders:read')
          ? [403]
          : [401, 403, 404];
      // A list of caught mail (a 404 or 401 answers in JSON too, with no mail in it).
      const isJsonMail =
        path.startsWith('/dev/mail') &&
        response.status === 200 &&
        response.headers.get('content-type')?.includes('json');
      if (!expected.includes(response.status) || isJsonMail || body.subarray(0, 5).toString() === '%PDF-')
        ctx.tally.fail(
          'probes',
          'leaks',
          `GET ${path} as ${viewer.name}: ${response.status} ${response.headers.get('content-type')}`,
        );
    }
  }
}

export const changedTables = (before: string, after: string): string => {
  const old = new Set(before.split(','));
  return after
    .split(',')
    .filter((part) => !old.has(part))
    .map((part) => part.split(':')[0])
    .join(', ');
};
