import { startTestApp, TEST_APP_CONFIG, type TestApp } from '../test/test-app';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPO = '{ ordrs { totalCount } }';

async function post(app: TestApp, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, text: await response.text() };
}

describe('in production', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp({
      config: { nodeEnv: 'production', security: { ...TEST_APP_CONFIG.security, schemaVisibility: 'signed-in' } },
    });
    cookie = (await app.signIn('staff@demo-brand.test')).cookie!;
  });
  afterAll(() => app.close());

  it('shows the schema to signed-in users and API keys only: no introspection, no suggestions for anonymous callers', async () => {
    const anonymous = await post(app, INTROSPECTION);
    expect(anonymous.status).toBe(400);
    expect(anonymous.text).toMatch(/Introspection is for signed-in users and API keys/);
    expect(anonymous.text).not.toContain('"Query"');
    const typo = await post(app, TYPO);
    expect(typo.text).toContain('Cannot query field');
    expect(typo.text).not.toMatch(/Did you mean|orders/);
    const inFragment = await post(app, '{ ...F } fragment F on Query { __type(name: "Order") { name } }');
    expect(inFragment.status).toBe(400);

    expect((await post(app, INTROSPECTION, { cookie })).text).toContain('"Query"');
    expect((await post(app, TYPO, { cookie })).text).toMatch(/Did you mean/);
  });

  it('sends helmet’s headers with a CSP that allows no inline script and no framing, and HSTS', async () => {
    for (const path of [
      '/graphql?query=%7Bcarriers%7D',
      '/healthz',
      '/invoices/x/pdf',
      '/exports/orders.csv',
      '/no-such-page',
    ]) {
      const response = await fetch(`${app.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    }
  });
});

describe('outside production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('keeps introspection open and sends no HSTS (the server is reached over plain HTTP)', async () => {
    expect((await post(app, INTROSPECTION)).text).toContain('"Query"');
    const response = await fetch(`${app.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it("refuses a cookie request from another site's page, and takes the server's own origin", async () => {
    const { cookie } = await app.signIn('owner@demo-brand.test');
    const foreign = await post(app, 'mutation { signOut { signedOut } }', {
      cookie: cookie!,
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect((await post(app, '{ me { email } }', { cookie: cookie!, origin: app.url })).text).toContain(
      'owner@demo-brand.test',
    );
  });
});
