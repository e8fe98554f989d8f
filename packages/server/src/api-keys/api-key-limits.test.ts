import { startTestApp, TEST_APP_CONFIG, type GraphQLClient, type TestApp } from '../test/test-app';

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id expiresAt } userErrors { code field message } }
}`;
const REVOKE = 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { userErrors { code } } }';
/** 1 + 30 × (edge 1 + order 1 + buyer 1) = 91 */
const PAGE_OF_30 = `{ orders(first: 30) { edges { node { id buyer { companyName } } } } }`;

type Created = {
  createApiKey: {
    secret: string | null;
    apiKey: { id: string; expiresAt: string | null } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
};

let app: TestApp;
let owner: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp({ config: { security: { ...TEST_APP_CONFIG.security, apiKeysPerSeller: 25 } } });
  owner = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

const createKey = (name: string, expiresAt?: string, by = owner) =>
  by.data<Created>(CREATE, { input: { name, scopes: ['ORDERS_READ'], ...(expiresAt ? { expiresAt } : {}) } });

async function activeKeys(): Promise<{ id: string }[]> {
  return (await owner.data<{ apiKeys: { id: string }[] }>('{ apiKeys { id } }')).apiKeys;
}

describe("a seller's rate ceiling", () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({
      config: {
        apiLimits: { maxQueryCost: 300, rateLimitBucket: 500, rateLimitRestoreRate: 1 },
        security: { ...TEST_APP_CONFIG.security, sellerRateLimit: { bucket: 600, restoreRate: 1 } },
      },
    });
  });
  afterAll(() => limited.close());

  it('is shared by all its keys: a second key does not bring a second full budget', async () => {
    const limitedOwner = await limited.signIn('owner@demo-brand.test');
    const [first, second] = [
      await createKey('Ceiling 1', undefined, limitedOwner),
      await createKey('Ceiling 2', undefined, limitedOwner),
    ];
    const asFirst = limited.withApiKey(first.createApiKey.secret!);
    const asSecond = limited.withApiKey(second.createApiKey.secret!);
    for (let i = 0; i < 5; i++) expect((await asFirst.request(PAGE_OF_30)).status).toBe(200); // 455 of 600
    expect((await asSecond.request(PAGE_OF_30)).status).toBe(200); // 546
    const refused = await asSecond.request(PAGE_OF_30);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    expect(refused.errors?.[0]?.message).toMatch(/the budget your seller's keys and sessions share/);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    // Another seller is not throttled by it.
    const other = await limited.signIn('owner@other-brand.test');
    expect((await other.request(PAGE_OF_30)).status).toBe(200);
  });
});

describe("a seller's API keys", () => {
  it('are at most 25 active at once, even when created concurrently; revoking one makes room', async () => {
    const missing = 25 - (await activeKeys()).length;
    const results = await Promise.all(Array.from({ length: missing + 3 }, (_, i) => createKey(`Bulk ${i}`)));
    const refused = results.filter((result) => result.createApiKey.userErrors.length > 0);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.createApiKey.userErrors[0]).toMatchObject({ code: 'TOO_MANY_API_KEYS' });
    expect(await activeKeys()).toHaveLength(25);
    const [oldest] = (await activeKeys()).slice(-1);
    await owner.data(REVOKE, { input: { id: oldest!.id } });
    expect((await createKey('After a revocation')).createApiKey.userErrors).toEqual([]);
  });

  it('may expire: an expired key authenticates nothing and is no longer listed; a past expiry is refused', async () => {
    const past = await createKey('Expired already', new Date(Date.now() - 60_000).toISOString());
    expect(past.createApiKey.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'expiresAt'] }),
    ]);
    const keys = await activeKeys();
    await owner.data(REVOKE, { input: { id: keys[keys.length - 1]!.id } });
    const expiring = await createKey('Expires', new Date(Date.now() + 3600_000).toISOString());
    expect(expiring.createApiKey.apiKey?.expiresAt).toBeTruthy();
    const asKey = app.withApiKey(expiring.createApiKey.secret!);
    expect((await asKey.request('{ orders(first: 1) { totalCount } }')).status).toBe(200);
    await app.db.dataSource.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.createApiKey.apiKey!.id,
    ]);
    const refused = await asKey.request('{ orders(first: 1) { totalCount } }');
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await activeKeys()).map((key) => key.id)).not.toContain(expiring.createApiKey.apiKey!.id);
  });
});
