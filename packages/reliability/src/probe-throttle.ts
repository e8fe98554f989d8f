import { createApiKey, signIn } from './api';
import type { Families } from './families';
import type { Instance } from './instances';
import type { SuiteContext } from './suite-context';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }';
/** The server's limits (auth/sign-in-throttle.ts): per email and address, per address. */
const PER_EMAIL_AND_ADDRESS = 5;
const PER_ADDRESS = 50;

/** One sign-in through `instance`, from the client address a proxy reports, with `headers` along. */
async function attempt(url: string, email: string, password: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { data?: { signIn: { userErrors: { code: string }[] } } };
  return body.data?.signIn.userErrors[0]?.code ?? (response.ok ? 'SIGNED_IN' : `HTTP ${response.status}`);
}

/** A seller user of its own for the probes (demo-password), so no other check's account is locked. */
async function probeAccount(ctx: SuiteContext, name: string): Promise<string> {
  const email = `${name}-${Date.now()}@demo-brand.test`;
  await ctx.env.sql.query(
    `INSERT INTO seller_users (seller_id, email, name, password_hash, role)
     SELECT seller_id, $1, 'Throttle probe', password_hash, 'STAFF' FROM seller_users WHERE email = 'staff@demo-brand.test'`,
    [email],
  );
  return email;
}

/**
 * Password guessing: with any session cookie or API key along (which once gave a fresh count), from
 * one client behind the proxy (who must not lock out the proxy's other clients, nor escape by sending
 * its own X-Forwarded-For), and across two API instances (the counts live in Redis).
 */
export async function probeThrottle(
  ctx: SuiteContext,
  families: Families,
  [one, two]: [Instance, Instance],
): Promise<void> {
  const { env, a, b } = ctx;
  const key = await createApiKey(env.apiUrl, a.session, ['ORDERS_READ']);
  // (owner@other-brand.test is throttled from this address by the sessions checks by now.)
  const staff = await signIn(one.url, 'staff@demo-brand.test');
  const credentials: Record<string, string>[] = [
    { cookie: a.session.cookie },
    { cookie: b.session.cookie },
    { cookie: staff.cookie },
    { authorization: `Bearer ${key}` },
    { cookie: 'od_session=planted-by-the-guesser-0000000000000000000' },
    {},
  ];
  const guessed = await probeAccount(ctx, 'guessed');
  const guesser = { 'x-forwarded-for': '203.0.113.21' };
  for (let i = 0; i < PER_EMAIL_AND_ADDRESS; i++)
    await attempt(one.url, guessed, `guess-${i}`, { ...guesser, ...credentials[i]! });
  for (const extra of credentials) {
    const outcome = await attempt(one.url, guessed, 'demo-password', { ...guesser, ...extra });
    families.record('throttle', {
      refused: outcome === 'TOO_MANY_ATTEMPTS',
      problem:
        outcome === 'TOO_MANY_ATTEMPTS'
          ? null
          : `with ${Object.keys(extra).join('') || 'nothing'} along, a 6th attempt was answered ${outcome}`,
    });
  }

  const target = await probeAccount(ctx, 'neighbour');
  const noisy = { 'x-forwarded-for': '203.0.113.22' };
  for (let i = 0; i < PER_ADDRESS; i++) await attempt(one.url, `nobody-${i}@probe.test`, 'guess', noisy);
  for (const [label, headers] of [
    ['the guesser', noisy],
    ['the guesser sending its own X-Forwarded-For', { 'x-forwarded-for': '198.51.100.99, 203.0.113.22' }],
  ] as const) {
    const outcome = await attempt(one.url, target, 'demo-password', headers);
    families.record('throttle', {
      refused: outcome === 'TOO_MANY_ATTEMPTS',
      problem: outcome === 'TOO_MANY_ATTEMPTS' ? null : `${label} was let in (${outcome})`,
    });
  }
  const neighbour = await attempt(one.url, target, 'demo-password', { 'x-forwarded-for': '203.0.113.23' });
  families.record('throttle', {
    refused: false,
    problem: neighbour === 'SIGNED_IN' ? null : `another client of the proxy was refused (${neighbour})`,
  });

  const shared = await probeAccount(ctx, 'shared');
  const spread = { 'x-forwarded-for': '203.0.113.24' };
  for (let i = 0; i < PER_EMAIL_AND_ADDRESS; i++)
    await attempt(i % 2 ? one.url : two.url, shared, `guess-${i}`, spread);
  for (const instance of [one, two]) {
    const outcome = await attempt(instance.url, shared, 'demo-password', spread);
    families.record('throttle', {
      refused: outcome === 'TOO_MANY_ATTEMPTS',
      problem:
        outcome === 'TOO_MANY_ATTEMPTS'
          ? null
          : `two instances allowed more than ${PER_EMAIL_AND_ADDRESS} attempts (${outcome})`,
    });
  }
}
