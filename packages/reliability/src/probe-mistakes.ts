import { createHmac } from 'node:crypto';
import zlib from 'node:zlib';
import type { Families } from './families';
import type { SuiteContext } from './suite-context';

type Mistake = {
  label: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

const deepArray = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const json = { 'content-type': 'application/json' };

/**
 * Requests no well-behaved client sends, below the level of GraphQL arguments: each must be answered
 * with a 4xx and a message (never a 5xx, a stack trace or a dropped connection), and a signed Stripe
 * event of the wrong shape must change nothing.
 */
export async function probeMistakes(ctx: SuiteContext, families: Families): Promise<void> {
  const { env, a } = ctx;
  const cookie = { cookie: a.session.cookie };
  const graphql = (body: string | Buffer, headers: Record<string, string> = {}): Mistake => ({
    label: '',
    path: '/graphql',
    method: 'POST',
    headers: { ...json, ...cookie, ...headers },
    body,
  });
  const mistakes: Mistake[] = [
    {
      ...graphql(`{"query":"{ me { id } }","variables":{"unused":${deepArray(100_000)}}}`),
      label: 'an unused variable nested 100,000 deep (over the body limit)',
    },
    {
      ...graphql(`{"query":"{ me { id } }","variables":{"unused":${deepArray(20_000)}}}`),
      label: 'an unused variable nested 20,000 deep',
    },
    {
      ...graphql(`{"query":"{ me { id } }","variables":{"unused":${deepObject(10_000)}}}`),
      label: 'an object variable nested 10,000 deep',
    },
    {
      ...graphql(JSON.stringify({ query: 'subscription { orderChanged { id } }' })),
      label: 'a subscription over HTTP (POST)',
    },
    {
      label: 'a subscription over HTTP (GET)',
      path: `/graphql?query=${encodeURIComponent('subscription { orderChanged { id } }')}`,
      headers: { ...cookie, 'apollo-require-preflight': 'true' },
    },
    {
      ...graphql('{"query":"{ me { id } }"}', { 'content-encoding': 'br' }),
      label: 'Content-Encoding: br that is not brotli',
    },
    {
      ...graphql('{"query":"{ me { id } }"}', { 'content-encoding': 'gzip' }),
      label: 'Content-Encoding: gzip that is not gzip',
    },
    {
      ...graphql('{"query":"{ me { id } }"}', { 'content-encoding': 'deflate' }),
      label: 'Content-Encoding: deflate that is not deflate',
    },
    {
      ...graphql('{"query":"{ me { id } }"}', { 'content-encoding': 'zstd-unknown' }),
      label: 'an unknown Content-Encoding',
    },
    {
      ...graphql(zlib.gzipSync(Buffer.from('{"query": "{ me { id } '))),
      headers: { ...json, ...cookie, 'content-encoding': 'gzip' },
      label: 'gzip of broken JSON',
    },
    ...[
      '/invoices/%E0%A4%A/pdf',
      '/credit-notes/%E0%A4%A/pdf',
      '/dev/mail/%E0%A4%A',
      '/invoices/%/pdf',
      '/credit-notes/%ZZ/pdf',
    ].map((path) => ({
      label: `malformed percent-encoding in ${path}`,
      path,
      headers: cookie,
    })),
    ...['search=a%00b', 'buyerId=%00', 'status=%00', 'search=ok&search=a%00'].map((query) => ({
      label: `a NUL in the CSV export's ${query}`,
      path: `/exports/orders.csv?${query}`,
      headers: cookie,
    })),
  ];
  for (const m of mistakes) await expectClientError(ctx, families, m);

  const { rows: before } = await env.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM stripe_events`);
  const events: [string, unknown][] = [
    ['data: {}', { id: 'evt_probe_empty_data', object: 'event', type: 'payment_intent.succeeded', data: {} }],
    [
      'object: null',
      { id: 'evt_probe_null', object: 'event', type: 'payment_intent.succeeded', data: { object: null } },
    ],
    [
      'no id',
      {
        object: 'event',
        type: 'payment_intent.succeeded',
        data: { object: { id: 'pi_x', object: 'payment_intent', status: 'succeeded' } },
      },
    ],
    ['no type', { id: 'evt_probe_no_type', object: 'event', data: { object: {} } }],
    ['no data', { id: 'evt_probe_no_data', object: 'event', type: 'charge.refunded' }],
    [
      'a charge with refunded "yes"',
      {
        id: 'evt_probe_charge',
        object: 'event',
        type: 'charge.refunded',
        data: { object: { id: 'ch_x', object: 'charge', refunded: 'yes' } },
      },
    ],
    ['null', null],
    ['an array', []],
  ];
  for (const [label, event] of events) {
    const body = JSON.stringify(event);
    const t = Math.floor(Date.now() / 1000);
    const signature = `t=${t},v1=${createHmac('sha256', env.webhookSecret).update(`${t}.${body}`).digest('hex')}`;
    await expectClientError(ctx, families, {
      label: `a signed Stripe event with ${label}`,
      path: '/webhooks/stripe',
      method: 'POST',
      headers: { ...json, 'stripe-signature': signature },
      body,
    });
  }
  const { rows: after } = await env.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM stripe_events`);
  families.record('mistakes', {
    refused: true,
    problem: after[0]!.n === before[0]!.n ? null : 'a malformed Stripe event was recorded',
  });
}

async function expectClientError(ctx: SuiteContext, families: Families, m: Mistake): Promise<void> {
  let status: number;
  let text: string;
  try {
    const response = await fetch(`${ctx.env.apiUrl}${m.path}`, {
      method: m.method ?? 'GET',
      headers: m.headers,
      body: m.body === undefined ? undefined : typeof m.body === 'string' ? m.body : new Uint8Array(m.body),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    families.record('mistakes', { refused: false, problem: `${m.label}: the connection failed (${String(error)})` });
    return;
  }
  const clean =
    status >= 400 &&
    status < 500 &&
    text.length > 0 &&
    !/\n\s+at |node_modules|\.ts:\d+|Something went wrong/.test(text);
  families.record('mistakes', {
    refused: clean,
    problem: clean ? null : `${m.label}: ${status} ${text.slice(0, 160)}`,
  });
}
