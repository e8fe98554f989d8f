import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app';
import { createEventBus } from '../pubsub';
import { createSchema } from '../schema';
import { CostBuckets } from './cost-buckets';
import { MAX_DEPTH, MAX_TOKENS, OperationGuard } from './operation-guard';

const LIMITS = { maxQueryCost: 300, rateLimitBucket: 500, rateLimitRestoreRate: 20 };
let app: TestApp;
let seller: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp({ config: { apiLimits: LIMITS } });
  seller = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

type Cost = {
  requestedQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
};

type Answer = {
  data?: unknown;
  errors: { message: string; extensions: { code: string; cost?: Cost } }[];
  extensions: { cost: Cost };
};

async function post(client: GraphQLClient | null, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer };
}

/** 1 + 30 × (edge 1 + order 1 + buyer 1) = 91 */
const PAGE_OF_30 = `{ orders(first: 30) { edges { node { id buyer { companyName } } } } }`;

describe('operation limits', () => {
  it('refuse a query nested too deeply, naming the limit outside production', async () => {
    const query = `{ order(id: "x") { ${'parentOrder { '.repeat(9)} id ${'} '.repeat(9)} } }`;
    const { status, body } = await post(seller, { query });
    expect(status).toBe(400);
    expect(body.errors).toMatchObject([
      {
        message: `Query depth limit of ${MAX_DEPTH} exceeded, found 11.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect(body.data).toBeUndefined();
  });

  it('refuse too many aliases', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `c${i}: carriers`).join(' ')} }`;
    const { status, body } = await post(seller, { query });
    expect(status).toBe(400);
    expect(body.errors).toMatchObject([
      { message: 'Aliases limit of 15 exceeded, found 16.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });

  it('refuse a document of too many tokens before reading it all', async () => {
    const { status, body } = await post(seller, { query: `{ carriers ${'__typename '.repeat(5000)} }` });
    expect(status).toBe(400);
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0]!.message).toMatch(new RegExp(`more th[ae]t? ${MAX_TOKENS} tokens`));
  });

  it('refuse a query that costs more than one operation may, with its cost, spending nothing', async () => {
    const query = `{ orders(first: 100) { edges { node { id buyer { companyName } items { id } } } } }`;
    const { status, body } = await post(seller, { query });
    expect(status).toBe(400);
    expect(body.errors).toMatchObject([{ extensions: { code: 'MAX_COST_EXCEEDED' } }]);
    expect(body.errors[0]!.message).toMatch(/costs 401, more than the 300/);
    expect(body.extensions.cost).toEqual({
      requestedQueryCost: 401,
      throttleStatus: { maximumAvailable: 500, currentlyAvailable: expect.any(Number), restoreRate: 20 },
    });
    expect(body.errors[0]!.extensions.cost).toEqual(body.extensions.cost);
    expect(body.extensions.cost.throttleStatus.currentlyAvailable).toBeGreaterThan(400);
  });

  it('refuse batched requests and mutations over GET', async () => {
    const batch = await post(seller, [{ query: '{ carriers }' }, { query: '{ carriers }' }]);
    expect(batch.status).toBe(400);
    expect(JSON.stringify(batch.body)).toMatch(/batching/i);

    const get = (query: string) =>
      fetch(`${app.url}/graphql?query=${encodeURIComponent(query)}`, {
        headers: { cookie: seller.cookie!, 'apollo-require-preflight': 'true' },
      });
    const mutation = await get('mutation { signOut { signedOut } }');
    expect(mutation.status).toBe(405);
    expect(JSON.stringify(await mutation.json())).toMatch(/not mutation/);
    expect((await get('{ carriers }')).status).toBe(200);
    // A GET without a preflight-forcing header is refused by the CSRF prevention.
    expect((await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ carriers }')}`)).status).toBe(400);
  });
});

describe('rate limit', () => {
  it("reports every operation's cost and the budget left, then throttles, per key", async () => {
    const { createApiKey } = await seller.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "Sync", scopes: [ORDERS_READ] }) { secret } }`,
    );
    const key = { Authorization: `Bearer ${createApiKey.secret}` };
    const seen: Cost[] = [];
    let throttled: Awaited<ReturnType<typeof post>> | null = null;
    for (let attempt = 0; attempt < 10 && !throttled; attempt++) {
      const answer = await post(null, { query: PAGE_OF_30 }, key);
      if (answer.status === 429) throttled = answer;
      else seen.push(answer.body.extensions.cost);
    }
    expect(seen.length).toBe(5);
    expect(seen[0]).toEqual({
      requestedQueryCost: 91,
      throttleStatus: { maximumAvailable: 500, currentlyAvailable: 409, restoreRate: 20 },
    });
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.throttleStatus.currentlyAvailable).toBeLessThan(seen[i - 1]!.throttleStatus.currentlyAvailable);
    }

    expect(throttled!.body.data).toBeUndefined();
    expect(throttled!.body.errors).toMatchObject([{ extensions: { code: 'THROTTLED' } }]);
    expect(throttled!.body.errors[0]!.message).toMatch(/^Throttled: this query costs 91 and \d+ of your budget/);
    const cost: Cost = throttled!.body.extensions.cost;
    expect(cost.requestedQueryCost).toBe(91);
    expect(cost.throttleStatus.currentlyAvailable).toBeLessThan(91);
    expect(Number(throttled!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // Another client has its own budget.
    expect((await post(seller, { query: PAGE_OF_30 })).status).toBe(200);
    // The budget refills at its restore rate.
    const waitMs = ((91 - cost.throttleStatus.currentlyAvailable) / 20) * 1000 + 200;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    expect((await post(null, { query: PAGE_OF_30 }, key)).status).toBe(200);
  });
});

describe('subscriptions', () => {
  it('pass the same limits over the WebSocket', async () => {
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie: seller.cookie! } });
        }
      },
      retryAttempts: 0,
    });
    try {
      const deep = `subscription { orderChanged { ${'parentOrder { '.repeat(10)} id ${'} '.repeat(10)} } }`;
      const errors = await new Promise<unknown>((resolve) =>
        client.subscribe({ query: deep }, { next: () => undefined, error: resolve, complete: () => undefined }),
      );
      expect(errors).toMatchObject([
        {
          message: `Query depth limit of ${MAX_DEPTH} exceeded, found 12.`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
    } finally {
      await client.dispose();
    }
  });
});

describe('in production', () => {
  it('refusals say what was wrong without the numbers behind the limits', async () => {
    const schema = await createSchema({ pubSub: createEventBus().pubSub });
    const guard = new OperationGuard(schema, LIMITS, new CostBuckets(500, 20), { exposeLimits: false });
    const deep = await guard.prepare(
      `{ order(id: "x") { ${'parentOrder { '.repeat(9)} id ${'} '.repeat(9)} } }`,
      undefined,
      undefined,
      'test',
    );
    expect(deep).toEqual({ errors: [expect.objectContaining({ message: 'The query is nested too deeply.' })] });
    const aliased = await guard.prepare(
      `{ ${Array.from({ length: 16 }, (_, i) => `c${i}: carriers`).join(' ')} }`,
      undefined,
      undefined,
      'test',
    );
    expect(aliased).toEqual({ errors: [expect.objectContaining({ message: 'The query uses too many aliases.' })] });
  });
});
