import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { user { email role seller { name } } userErrors { code field message } }
}`;

describe('seller sign-in', () => {
  it('signs in with a httpOnly SameSite session cookie and answers `me` with the seller', async () => {
    const client = app.anonymous();
    const result = await client.request(SIGN_IN, {
      input: { email: ' Owner@Demo-Brand.test ', password: 'demo-password' },
    });
    expect(result.data).toEqual({
      signIn: {
        user: { email: 'owner@demo-brand.test', role: 'OWNER', seller: { name: 'Demo Brand' } },
        userErrors: [],
      },
    });
    const cookie = result.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^od_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    client.cookie = cookie.split(';')[0]!;
    expect(await client.data(`{ me { name seller { name buyerAccessRequiresApproval } } }`)).toEqual({
      me: { name: 'Dana Whitfield', seller: { name: 'Demo Brand', buyerAccessRequiresApproval: false } },
    });
  });

  it('refuses a wrong password or unknown email with the same clear error and no cookie', async () => {
    for (const input of [
      { email: 'owner@demo-brand.test', password: 'wrong' },
      { email: 'nobody@demo-brand.test', password: 'demo-password' },
    ]) {
      const result = await app.anonymous().request(SIGN_IN, { input });
      expect(result.data).toEqual({
        signIn: {
          user: null,
          userErrors: [
            {
              code: 'INVALID_CREDENTIALS',
              field: ['input', 'password'],
              message: 'That email and password do not match an account.',
            },
          ],
        },
      });
      expect(result.headers.get('set-cookie')).toBeNull();
    }
    const empty = await app.anonymous().request(SIGN_IN, { input: { email: '', password: 'x' } });
    expect(empty.data).toMatchObject({ signIn: { userErrors: [{ code: 'REQUIRED', field: ['input', 'email'] }] } });
  });

  it('signs out: the session stops working and the cookie is cleared', async () => {
    const client = await app.signIn('staff@demo-brand.test');
    expect(await client.data(`{ me { role } }`)).toEqual({ me: { role: 'STAFF' } });
    const result = await client.request(`mutation { signOut { signedOut } }`);
    expect(result.data).toEqual({ signOut: { signedOut: true } });
    expect(result.headers.get('set-cookie')).toMatch(/od_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await client.data(`{ me { role } }`)).toEqual({ me: null });
  });

  it('answers signed-out reads with UNAUTHENTICATED and a forged cookie like no cookie', async () => {
    const anonymous = app.anonymous();
    const result = await anonymous.request(`{ orders(first: 1) { totalCount } }`);
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'You are not signed in.', extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    anonymous.cookie = 'od_session=forged-token';
    expect((await anonymous.request(`{ order(id: "x") { id } }`)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('sign-in abuse (found by the reliability suite)', () => {
  it('refuses further attempts on an email after 5 failures, even with the right password, saying when to retry', async () => {
    const attempt = (password: string) =>
      app
        .anonymous()
        .request<{ signIn: { userErrors: { code: string; message: string }[]; retryAfterSeconds: number | null } }>(
          `mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code message } retryAfterSeconds } }`,
          { input: { email: 'staff@demo-brand.test', password } },
        );
    for (let i = 0; i < 5; i++) {
      expect((await attempt('guess')).data?.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const throttled = await attempt('demo-password');
    expect(throttled.data?.signIn.userErrors).toEqual([
      { code: 'TOO_MANY_ATTEMPTS', message: 'Too many failed sign-in attempts. Try again in 15 minutes.' },
    ]);
    expect(throttled.data?.signIn.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(throttled.headers.get('set-cookie')).toBeNull();
    // Another account from the same caller is not locked out by it.
    await expect(app.signIn('owner@other-brand.test')).resolves.toBeDefined();
  });

  it('issues a new session token at sign-in, whatever cookie the browser had before (no session fixation)', async () => {
    const planted = 'od_session=planted-by-an-attacker-000000000000000000000000';
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: planted },
      body: JSON.stringify({
        query: `mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`,
        variables: { input: { email: 'owner@demo-brand.test', password: 'demo-password' } },
      }),
    });
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie).toMatch(/^od_session=[\w-]{40,}$/);
    expect(cookie).not.toBe(planted);
    const withPlanted = app.anonymous();
    withPlanted.cookie = planted;
    expect(await withPlanted.data(`{ me { id } }`)).toEqual({ me: null });
  });
});

describe('errors a client can read', () => {
  it('reports malformed and invalid queries clearly, with no stack trace', async () => {
    const client = await app.signIn('owner@demo-brand.test');
    const parse = await client.request(`{ orders(first: 1 { totalCount } }`);
    expect(parse.status).toBe(400);
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await client.request(`{ orders { nope } }`);
    expect(invalid.status).toBe(400);
    expect(invalid.errors?.[0]).toMatchObject({
      message: 'Cannot query field "nope" on type "OrderConnection".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const badEnum = await client.request(`query($s: OrderStatus) { orders(filter: { status: $s }) { totalCount } }`, {
      s: 'SHIPPED',
    });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const response of [parse, invalid, badEnum])
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });

  it('refuses batched requests and simple cross-site requests (CSRF)', async () => {
    const batched = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batched.status).toBe(400);
    const simple = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  // /healthz became liveness only (issue 17); database reachability moved to /readyz.
  it('reports database reachability on /readyz, and liveness on /healthz', async () => {
    const response = await fetch(`${app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', checks: { postgres: 'up' } });
    const live = await fetch(`${app.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
  });
});
