import { createHmac, randomUUID } from 'node:crypto';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { eventually, pdfText } from '@order-desk/testing';
import { graphql, post, serverFailure, type ApiResponse } from './api';
import { HOSTILE_TEXT, invalidValuesFor } from './hostile-values';
import { changedTables, tableFor } from './isolation';
import { sellerChecksum } from './seller-data';
import { schemaOperations, type SchemaOperation } from './schema-operations';
import type { SuiteContext } from './suite-context';

type LeafSlot = { path: string[]; scalar: string; list: boolean };

/** Every scalar slot of a field's arguments (input objects walked), with the path to it. */
function leafSlots(operation: SchemaOperation): LeafSlot[] {
  const walk = (path: string[], type: GraphQLInputType, seen: Set<string>): LeafSlot[] => {
    const inner = isNonNullType(type) ? type.ofType : type;
    const named = getNamedType(inner);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return [];
      const next = new Set(seen).add(named.name);
      return Object.values(named.getFields()).flatMap((f) => walk([...path, f.name], f.type, next));
    }
    return [{ path, scalar: named.name, list: isListType(inner) }];
  };
  return operation.args.flatMap((arg) => walk([arg.name], arg.type, new Set()));
}

function withValue(base: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    target[key] = next && typeof next === 'object' && !Array.isArray(next) ? next : {};
    target = target[key] as Record<string, unknown>;
  }
  target[path[path.length - 1]!] = value;
  return copy;
}

function refusedOrFailed(response: ApiResponse, field: string): boolean {
  if (response.status >= 400 || response.body?.errors?.length) return true;
  const result = response.body?.data?.[field] as { userErrors?: unknown[] } | null | undefined;
  return !result || (Array.isArray(result.userErrors) && result.userErrors.length > 0);
}

/**
 * Every mutation, as seller A with its own real IDs, with one slot at a time replaced by a value that
 * must be refused: a clear error (4xx, a GraphQL error or userErrors), no 500, no stack, no change.
 */
export async function runHostileInput(ctx: SuiteContext, schema: GraphQLSchema): Promise<void> {
  const { env, a } = ctx;
  const tables = [...a.data.idsByTable.keys()];
  const mutations = schemaOperations(schema).filter((o) => o.kind === 'mutation' && o.field !== 'signOut');
  for (const operation of mutations) {
    const before = await sellerChecksum(env.sql, a.data.sellerId);
    const base = operation.variables((slot) => {
      const ids = a.data.idsByTable.get(tableFor(slot, tables) ?? '');
      return ids?.[0];
    });
    for (const slot of leafSlots(operation)) {
      for (const hostile of invalidValuesFor(slot.scalar)) {
        const variables = withValue(base, slot.path, slot.list ? [hostile.value] : hostile.value);
        const response = await graphql(env.apiUrl, operation.document, variables, a.session);
        ctx.tally.run('hostile');
        const label = `${operation.field}.${slot.path.join('.')} = ${hostile.label}`;
        const failure = serverFailure(response);
        if (failure) ctx.tally.fail('hostile', 'serverErrors', `${label}: ${failure} ${response.text.slice(0, 200)}`);
        else if (!hostile.semantic && !refusedOrFailed(response, operation.field))
          ctx.tally.fail('hostile', 'leaks', `${label}: accepted (${response.text.slice(0, 200)})`);
      }
    }
    const after = await sellerChecksum(env.sql, a.data.sellerId);
    if (after !== before)
      ctx.tally.fail('hostile', 'losses', `${operation.field}: refused values changed ${changedTables(before, after)}`);
  }
  await runProtocolAbuse(ctx);
  await runHostileText(ctx);
}

/** Requests broken below the level of arguments: the body, the headers, the shape of the query. */
async function runProtocolAbuse(ctx: SuiteContext): Promise<void> {
  const { env, a } = ctx;
  const json = { 'content-type': 'application/json' };
  const session = { ...json, cookie: a.session.cookie };
  const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: me { id }`).join(' ');
  let depth = 'id';
  for (let i = 0; i < 40; i++) depth = `orders(first: 1) { edges { node { ${depth} } } }`;
  const forgedCredentials: [string, Record<string, string>][] = [
    ['a forged session cookie', { cookie: `od_session=${randomUUID()}` }],
    ['a 100 kB session cookie', { cookie: `od_session=${'a'.repeat(100_000)}` }],
    ['a session cookie with NUL', { cookie: 'od_session=abc%00def' }],
    ['a malformed cookie header', { cookie: 'od_session=%E0%A4%A; ;;=;od_session' }],
    ['a forged API key', { authorization: 'Bearer od_live_forged0000000000000000000000' }],
    ['a malformed authorization', { authorization: 'Basic Zm9vOmJhcg==' }],
  ];
  const cases: { label: string; body: string | Uint8Array; headers: Record<string, string>; path?: string }[] = [
    { label: 'malformed JSON', body: '{"query": "{ me { id } }"', headers: session },
    { label: 'JSON that is not an object', body: '[1, 2, 3]', headers: session },
    {
      label: 'a batch of operations',
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
      headers: session,
    },
    {
      label: 'text/plain (CSRF)',
      body: JSON.stringify({ query: 'mutation { signOut { signedOut } }' }),
      headers: { 'content-type': 'text/plain', cookie: a.session.cookie },
    },
    {
      label: 'form post (CSRF)',
      body: 'query=mutation%20%7B%20signOut%20%7B%20signedOut%20%7D%20%7D',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: a.session.cookie },
    },
    {
      label: 'no content type',
      body: JSON.stringify({ query: '{ me { id } }' }),
      headers: { cookie: a.session.cookie },
    },
    {
      label: 'a 2 MB body',
      body: JSON.stringify({ query: `{ me { id } } #${'x'.repeat(2 * 1024 * 1024)}` }),
      headers: session,
    },
    {
      label: 'a body in an unknown charset',
      body: JSON.stringify({ query: '{ me { id } }' }),
      headers: { 'content-type': 'application/json; charset=x-unknown', cookie: a.session.cookie },
    },
    { label: 'a query of 40 levels', body: JSON.stringify({ query: `{ ${depth} }` }), headers: session },
    { label: '2000 aliases', body: JSON.stringify({ query: `{ ${aliases} }` }), headers: session },
    {
      label: 'a 100k-token query',
      body: JSON.stringify({ query: `{ me { ${'id '.repeat(100_000)} } }` }),
      headers: session,
    },
    {
      label: 'introspection 30 levels deep',
      body: JSON.stringify({
        query: `{ __schema { types { ${'fields { type { '.repeat(15)} name ${'} } '.repeat(15)} } } }`,
      }),
      headers: session,
    },
    {
      label: 'variables that are not an object',
      body: JSON.stringify({ query: 'query($id: ID!) { order(id: $id) { id } }', variables: 'x' }),
      headers: session,
    },
    { label: 'a missing query', body: JSON.stringify({ variables: {} }), headers: session },
    {
      label: 'an unknown operation name',
      body: JSON.stringify({ query: '{ me { id } }', operationName: 'Nope' }),
      headers: session,
    },
    ...forgedCredentials.map(([label, headers]) => ({
      label,
      body: JSON.stringify({ query: '{ orders(first: 1) { totalCount } }' }),
      headers: { ...json, ...headers },
    })),
  ];
  const before = await sellerChecksum(env.sql, a.data.sellerId);
  for (const c of cases) {
    let response: ApiResponse;
    try {
      response = await post(env.apiUrl, c.body, c.headers, c.path);
    } catch (error) {
      ctx.tally.fail('hostile', 'serverErrors', `${c.label}: the connection failed (${String(error)})`);
      continue;
    }
    ctx.tally.run('hostile');
    const failure = serverFailure(response);
    if (failure) ctx.tally.fail('hostile', 'serverErrors', `${c.label}: ${failure} ${response.text.slice(0, 200)}`);
    else if (response.status < 400 && !response.body?.errors?.length)
      ctx.tally.fail('hostile', 'leaks', `${c.label}: answered (${response.text.slice(0, 200)})`);
  }
  await forgedStripeWebhooks(ctx);
  const after = await sellerChecksum(env.sql, a.data.sellerId);
  if (after !== before)
    ctx.tally.fail('hostile', 'losses', `malformed requests changed ${changedTables(before, after)}`);
  // The session survives all of it (the CSRF-blocked sign-outs must not have run).
  const me = await graphql(env.apiUrl, '{ me { id } }', {}, a.session);
  if (!(me.body?.data?.me as { id?: string } | null)?.id)
    ctx.tally.fail('hostile', 'leaks', 'a cross-site request signed seller A out');
}

/** Stripe events with a wrong, missing, stale or foreign signature: refused (400), and nothing changes. */
async function forgedStripeWebhooks(ctx: SuiteContext): Promise<void> {
  const { env, a } = ctx;
  const { rows } = await env.sql.query<{ id: string; stripe_payment_intent_id: string | null }>(
    `SELECT id, stripe_payment_intent_id FROM payments WHERE seller_id = $1 LIMIT 1`,
    [a.data.sellerId],
  );
  const payload = JSON.stringify({
    id: `evt_forged_${Date.now()}`,
    object: 'event',
    type: 'payment_intent.succeeded',
    data: {
      object: {
        id: rows[0]?.stripe_payment_intent_id ?? 'pi_forged',
        object: 'payment_intent',
        status: 'succeeded',
        metadata: { paymentId: rows[0]?.id },
      },
    },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const sign = (secret: string, t: number) => createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex');
  const signatures = [
    { label: 'no signature', header: null },
    { label: 'a garbage signature', header: 'nonsense' },
    { label: 'a signature with the wrong secret', header: `t=${timestamp},v1=${sign('whsec_wrong', timestamp)}` },
    {
      label: 'a stale signature',
      header: `t=${timestamp - 3600},v1=${sign('whsec_reliability_suite', timestamp - 3600)}`,
    },
    { label: 'a 100 kB signature', header: `t=${timestamp},v1=${'a'.repeat(100_000)}` },
  ];
  for (const s of signatures) {
    const response = await fetch(`${env.apiUrl}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(s.header ? { 'stripe-signature': s.header } : {}) },
      body: payload,
    });
    ctx.tally.run('hostile');
    const text = await response.text();
    if (response.status >= 500)
      ctx.tally.fail('hostile', 'serverErrors', `Stripe webhook with ${s.label}: ${response.status}`);
    else if (response.status < 400)
      ctx.tally.fail(
        'hostile',
        'leaks',
        `Stripe webhook with ${s.label}: accepted (${response.status} ${text.slice(0, 100)})`,
      );
  }
}

/**
 * Valid but dangerous text, stored through the API: search treats it as text, the rejection email
 * shows it escaped, the invoice PDF shows it literally.
 */
async function runHostileText(ctx: SuiteContext): Promise<void> {
  const { env, a } = ctx;
  for (const search of [...HOSTILE_TEXT, "' OR 1=1 --", '%', '_', '\\', '%%%%']) {
    const response = await graphql(
      env.apiUrl,
      'query($filter: OrderFilter) { orders(first: 5, filter: $filter) { totalCount } }',
      { filter: { search } },
      a.session,
    );
    ctx.tally.run('hostile');
    const failure = serverFailure(response);
    const count = (response.body?.data?.orders as { totalCount?: number } | undefined)?.totalCount;
    if (failure) ctx.tally.fail('hostile', 'serverErrors', `search ${JSON.stringify(search)}: ${failure}`);
    else if (count !== 0)
      ctx.tally.fail('hostile', 'leaks', `search ${JSON.stringify(search)} matched ${count} orders`);
  }
  const text = HOSTILE_TEXT.join(' ');
  const pending = await firstRow(ctx, `status = 'PENDING'`);
  const rejected = await graphql(
    env.apiUrl,
    'mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { userErrors { code message } } }',
    { input: { orderId: pending.id, reason: 'OTHER', message: text } },
    a.session,
  );
  ctx.tally.run('hostile');
  expectNoUserErrors(ctx, 'rejectOrder with hostile text', rejected);
  try {
    await eventually(async () => {
      const mail = env.mail.messages.find((m) => m.subject.includes(`#${pending.number} `));
      if (!mail) throw new Error('no rejection email yet');
      if (
        mail.html?.includes('<script>alert("od-xss")') ||
        !mail.html?.includes('&lt;script&gt;alert(&quot;od-xss&quot;)')
      )
        ctx.tally.fail('hostile', 'leaks', "the rejection email shows the seller's message as markup");
    }, 30_000);
  } catch {
    ctx.tally.fail('hostile', 'losses', 'the rejection email with hostile text never arrived');
  }

  const accepted = await firstRow(
    ctx,
    `status = 'ACCEPTED' AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id)
       AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id)`,
  );
  const steps: [string, string, Record<string, unknown>][] = [
    [
      'saveShipment',
      'mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { userErrors { code message } } }',
      {
        orderId: accepted.id,
        carrier: HOSTILE_TEXT[0],
        service: HOSTILE_TEXT[1],
        trackingNumbers: ['1Z999AA10123456784'],
        shippedOn: new Date().toISOString().slice(0, 10),
        shippingCost: 0,
      },
    ],
    [
      'createInvoiceDraft',
      'mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } userErrors { code message } } }',
      { orderId: accepted.id },
    ],
  ];
  let invoiceId: string | undefined;
  for (const [name, query, input] of steps) {
    const response = await graphql(env.apiUrl, query, { input }, a.session);
    ctx.tally.run('hostile');
    expectNoUserErrors(ctx, `${name} with hostile text`, response);
    invoiceId ??= (response.body?.data?.[name] as { invoice?: { id: string } } | undefined)?.invoice?.id;
  }
  const confirmed = await graphql(
    env.apiUrl,
    'mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { userErrors { code message } } }',
    { input: { invoiceId } },
    a.session,
  );
  expectNoUserErrors(ctx, 'confirmInvoice with hostile text', confirmed);
  const pdf = await fetch(`${env.apiUrl}/invoices/${invoiceId}/pdf`, { headers: { cookie: a.session.cookie } });
  // Compared without whitespace: the PDF wraps a long carrier or service name wherever it must.
  const flat = (text: string) => text.replace(/\s+/g, '');
  const content = pdf.ok ? flat(await pdfText(Buffer.from(await pdf.arrayBuffer()))) : '';
  if (!content.includes(flat('<script>alert("od-xss")</script>')) || !content.includes(flat('DROP TABLE orders')))
    ctx.tally.fail('hostile', 'leaks', `the invoice PDF does not show the shipment's text literally (${pdf.status})`);
}

async function firstRow(ctx: SuiteContext, where: string): Promise<{ id: string; number: string }> {
  const { rows } = await ctx.env.sql.query<{ id: string; number: string }>(
    `SELECT o.id, o.number::text AS number FROM orders o WHERE o.seller_id = $1 AND ${where} ORDER BY o.placed_at DESC LIMIT 1`,
    [ctx.a.data.sellerId],
  );
  if (!rows[0]) throw new Error(`seller A has no order where ${where}`);
  return rows[0];
}

function expectNoUserErrors(ctx: SuiteContext, label: string, response: ApiResponse): void {
  const failure = serverFailure(response);
  if (failure) ctx.tally.fail('hostile', 'serverErrors', `${label}: ${failure}`);
  else if (!/"userErrors":\[\]/.test(response.text)) throw new Error(`${label} was refused: ${response.text}`);
}
