import zlib from 'node:zlib';
import { signPayload } from '@order-desk/stripe-stand-in';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

let app: TestApp;
let owner: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  owner = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

/** POSTs raw bytes to /graphql as the owner; the status and the body's text. */
async function postGraphQL(body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: owner.cookie!, ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, text: await response.text() };
}

/** A client mistake: a 4xx with a message, never a 500, a stack trace or a dropped connection. */
function expectClientError({ status, text }: { status: number; text: string }, message: RegExp): void {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(text).toMatch(message);
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|Something went wrong/);
}

describe('client mistakes get a clear 4xx', () => {
  it('an unused variable nested 100,000 deep (a body too large), and 20,000 deep', async () => {
    const deep = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
    const huge = await postGraphQL(`{"query":"{ me { id } }","variables":{"unused":${deep(100_000)}}}`);
    expect(huge.status).toBe(413);
    expectClientError(huge, /too large/);
    const result = await postGraphQL(`{"query":"{ me { id } }","variables":{"unused":${deep(20_000)}}}`);
    expectClientError(result, /nested too deeply/);
    expect(JSON.parse(result.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an operation name the document does not define (found by the reliability suite: a 500)', async () => {
    const result = await postGraphQL(JSON.stringify({ query: '{ me { id } }', operationName: 'Nope' }));
    expectClientError(result, /Unknown operation named \\"Nope\\"/);
    expect(JSON.parse(result.text).errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    const two = 'query A { me { id } } query B { me { email } }';
    expectClientError(await postGraphQL(JSON.stringify({ query: two })), /Must provide operation name/);
  });

  it('a subscription over HTTP', async () => {
    const result = await postGraphQL(JSON.stringify({ query: 'subscription { orderChanged { id } }' }));
    expect(result.status).toBe(400);
    expectClientError(result, /Subscriptions run over a WebSocket/);
  });

  it('a body that says Content-Encoding: br but is not brotli, and one that is', async () => {
    expectClientError(await postGraphQL('{"query":"{ me { id } }"}', { 'content-encoding': 'br' }), /.+/);
    const brotli = zlib.brotliCompressSync(Buffer.from('{"query":"{ me { email } }"}'));
    const good = await postGraphQL(brotli, { 'content-encoding': 'br' });
    expect(good).toMatchObject({ status: 200 });
    expect(good.text).toContain('owner@demo-brand.test');
  });

  it.each(['/invoices/%E0%A4%A/pdf', '/credit-notes/%E0%A4%A/pdf', '/dev/mail/%E0%A4%A', '/invoices/%/pdf'])(
    'malformed percent-encoding in %s',
    async (path) => {
      const response = await fetch(`${app.url}${path}`, { headers: { cookie: owner.cookie! } });
      const result = { status: response.status, text: await response.text() };
      expect(result.status).toBe(400);
      expectClientError(result, /not valid percent-encoding/);
      expect(result.text).not.toContain('%E0');
    },
  );

  it("a NUL byte in the CSV export's parameters", async () => {
    for (const query of ['search=a%00b', 'buyerId=%00', 'search=ok&search=a%00']) {
      const response = await fetch(`${app.url}/exports/orders.csv?${query}`, { headers: { cookie: owner.cookie! } });
      const result = { status: response.status, text: await response.text() };
      expect(result.status).toBe(400);
      expectClientError(result, /without NUL/);
    }
  });

  it('a correctly signed Stripe event that is not the shape Stripe sends', async () => {
    const events = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM stripe_events`);
    const malformed = [
      { id: 'evt_no_object', object: 'event', type: 'payment_intent.succeeded', data: {} },
      { id: 'evt_null_object', object: 'event', type: 'payment_intent.succeeded', data: { object: null } },
      { object: 'event', type: 'payment_intent.succeeded', data: { object: { id: 'pi_1', object: 'payment_intent' } } },
      { id: 'evt_no_data', object: 'event', type: 'charge.refunded' },
      {
        id: 'evt_bad_charge',
        object: 'event',
        type: 'charge.refunded',
        data: { object: { id: 'ch_1', refunded: 'yes' } },
      },
      null,
      [],
    ];
    for (const event of malformed) {
      const body = JSON.stringify(event);
      const response = await fetch(`${app.url}/webhooks/stripe`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'stripe-signature': signPayload(body, app.stripe.webhookSecret),
        },
        body,
      });
      const result = { status: response.status, text: await response.text() };
      expect(result.status).toBe(400);
      expectClientError(result, /Malformed event/);
    }
    expect(await app.db.dataSource.query(`SELECT count(*)::int AS n FROM stripe_events`)).toEqual(events);
  });
});
