import crypto from 'node:crypto';
import Redis from 'ioredis';
import { startTestApp, TEST_APP_CONFIG, type TestApp } from '../test/test-app';
import { SIGN_IN_LIMITS, SignInThrottle } from './sign-in-throttle';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } retryAfterSeconds } }`;

type Answer = { data?: { signIn: { userErrors: { code: string }[] } } };

/** One sign-in attempt; the first user error's code, or SIGNED_IN. */
async function attempt(app: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as Answer;
  return body.data?.signIn.userErrors[0]?.code ?? 'SIGNED_IN';
}

describe('the sign-in throttle', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('counts failures by email and address whatever session cookie or API key comes along', async () => {
    const owner = await app.signIn('owner@demo-brand.test');
    const staff = await app.signIn('staff@demo-brand.test');
    const key = await owner.data<{ createApiKey: { secret: string } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'Guesser', scopes: ['ORDERS_READ'] } },
    );
    const credentials: Record<string, string>[] = [
      { cookie: owner.cookie! },
      { cookie: staff.cookie! },
      { authorization: `Bearer ${key.createApiKey.secret}` },
      { cookie: `od_session=${crypto.randomUUID()}` },
      {},
    ];
    for (const headers of credentials) {
      expect(await attempt(app, 'owner@other-brand.test', 'guess', headers)).toBe('INVALID_CREDENTIALS');
    }
    for (const headers of credentials) {
      expect(await attempt(app, 'owner@other-brand.test', 'demo-password', headers)).toBe('TOO_MANY_ATTEMPTS');
    }
  });
});

describe('behind a proxy', () => {
  let proxied: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    proxied = await startTestApp({ config: { security: { ...TEST_APP_CONFIG.security, trustProxy: { hops: 1 } } } });
    direct = await startTestApp();
  });
  afterAll(async () => {
    await proxied.close();
    await direct.close();
  });

  it('counts each client by the address the trusted proxy saw: one guesser does not lock everyone out', async () => {
    const guesser = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      expect(await attempt(proxied, `nobody-${i}@demo-brand.test`, 'guess', guesser)).toBe('INVALID_CREDENTIALS');
    }
    expect(await attempt(proxied, 'staff@demo-brand.test', 'demo-password', guesser)).toBe('TOO_MANY_ATTEMPTS');
    // Another client behind the same proxy (one hop: the proxy appends the address it saw).
    const neighbour = { 'x-forwarded-for': '198.51.100.20, 203.0.113.8' };
    expect(await attempt(proxied, 'staff@demo-brand.test', 'demo-password', neighbour)).toBe('SIGNED_IN');
  });

  it('ignores X-Forwarded-For when no proxy is trusted: a client cannot pick a fresh address', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmailAndAddress; i++) {
      const spoofed = { 'x-forwarded-for': `192.0.2.${i + 1}` };
      expect(await attempt(direct, 'owner@demo-brand.test', 'guess', spoofed)).toBe('INVALID_CREDENTIALS');
    }
    const another = { 'x-forwarded-for': '192.0.2.200' };
    expect(await attempt(direct, 'owner@demo-brand.test', 'demo-password', another)).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('with several API instances', () => {
  const connections: Redis[] = [];
  afterAll(() => Promise.all(connections.map((connection) => connection.quit())));
  const instance = () => {
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    connections.push(redis);
    return new SignInThrottle(redis);
  };

  it('shares the counts through Redis: N instances do not allow N times the attempts', async () => {
    const [first, second] = [instance(), instance()];
    const email = `${crypto.randomUUID()}@demo-brand.test`;
    for (let i = 0; i < SIGN_IN_LIMITS.perEmailAndAddress; i++)
      await (i % 2 ? first : second).failed(email, '203.0.113.9');
    expect(await first.retryAfterSeconds(email, '203.0.113.9')).toBeGreaterThan(14 * 60);
    expect(await second.retryAfterSeconds(email, '203.0.113.9')).toBeGreaterThan(14 * 60);
    expect(await second.retryAfterSeconds(email, '203.0.113.10')).toBe(0);
  });

  it('keeps counting in memory while Redis is unreachable', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false });
    unreachable.on('error', () => undefined);
    const throttle = new SignInThrottle(unreachable);
    for (let i = 0; i < SIGN_IN_LIMITS.perEmailAndAddress; i++)
      await throttle.failed('a@demo-brand.test', '203.0.113.11');
    expect(await throttle.retryAfterSeconds('a@demo-brand.test', '203.0.113.11')).toBeGreaterThan(0);
    unreachable.disconnect();
  });
});
