import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { graphql } from './api';
import type { SuiteContext } from './suite-context';

const SERVER = path.resolve(__dirname, '../../server');
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } retryAfterSeconds } }';

/** Session handling, password hashing, where secrets come from, and what reaches the logs. */
export async function runSessionChecks(ctx: SuiteContext, secrets: string[]): Promise<void> {
  const checks: [string, () => Promise<string | null>][] = [
    ['cookie flags', () => cookieFlags(ctx)],
    ['Secure cookie in production', async () => secureInProduction()],
    ['session fixation', () => sessionFixation(ctx)],
    ['sign-in rate limit', () => signInRateLimit(ctx)],
    ['argon2 parameters', () => argon2Parameters(ctx)],
    ['secrets only from configuration', async () => hardCodedSecrets()],
    ['no secret in the logs', async () => secretsInLogs(ctx, secrets)],
  ];
  for (const [name, check] of checks) {
    ctx.tally.run('sessions');
    const problem = await check();
    if (problem) ctx.tally.fail('sessions', 'leaks', `${name}: ${problem}`);
  }
}

async function signInResponse(ctx: SuiteContext, email: string, password: string, cookie?: string) {
  return fetch(`${ctx.env.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
}

async function cookieFlags(ctx: SuiteContext): Promise<string | null> {
  const cookie = (await signInResponse(ctx, 'staff@demo-brand.test', 'demo-password')).headers.get('set-cookie') ?? '';
  const missing = ['HttpOnly', 'SameSite=Lax', 'Path=/'].filter((flag) => !cookie.includes(flag));
  return missing.length ? `the session cookie lacks ${missing.join(', ')} (${cookie.replace(/=[^;]+/, '=…')})` : null;
}

/** The built server's configuration, as NODE_ENV=production reads it. */
function secureInProduction(): string | null {
  const script = `const { loadConfig } = require(${JSON.stringify(require.resolve('@order-desk/server/config'))});
    process.stdout.write(String(loadConfig({ NODE_ENV: 'production' }).cookieSecure));`;
  const secure = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return secure === 'true' ? null : 'NODE_ENV=production does not mark the session cookie Secure';
}

async function sessionFixation(ctx: SuiteContext): Promise<string | null> {
  const planted = `od_session=${'f'.repeat(43)}`;
  const response = await signInResponse(ctx, 'staff@demo-brand.test', 'demo-password', planted);
  const issued = response.headers.get('set-cookie')?.split(';')[0];
  if (!issued || issued === planted) return 'sign-in kept the cookie the browser had before';
  const me = await graphql(ctx.env.apiUrl, '{ me { id } }', {}, { cookie: planted });
  return (me.body?.data?.me ?? null) === null ? null : 'the planted cookie became a session';
}

async function signInRateLimit(ctx: SuiteContext): Promise<string | null> {
  const email = 'owner@other-brand.test';
  // From a caller of its own (an API key's session would share a key with other checks).
  for (let i = 0; i < 5; i++) await signInResponse(ctx, email, `wrong-${i}`);
  const response = await signInResponse(ctx, email, 'demo-password');
  const body = (await response.json()) as {
    data?: { signIn: { userErrors: { code: string }[]; retryAfterSeconds: number | null } };
  };
  const result = body.data?.signIn;
  if (result?.userErrors[0]?.code !== 'TOO_MANY_ATTEMPTS')
    return `the 6th attempt was answered ${JSON.stringify(result)}`;
  if (!result.retryAfterSeconds || result.retryAfterSeconds <= 0) return 'no retry-after given';
  return response.headers.get('set-cookie') ? 'a throttled sign-in still set a cookie' : null;
}

async function argon2Parameters(ctx: SuiteContext): Promise<string | null> {
  const { rows } = await ctx.env.sql.query<{ password_hash: string }>(`SELECT password_hash FROM seller_users`);
  for (const { password_hash: hash } of rows) {
    if (!hash.startsWith('$argon2id$')) return `a password is not hashed with argon2id (${hash.slice(0, 10)}…)`;
    const parameter = (name: string) => Number(new RegExp(`[$,]${name}=(\\d+)`).exec(hash)?.[1] ?? 0);
    const [memory, time] = [parameter('m'), parameter('t')];
    // OWASP's floor for argon2id: 19 MiB with 2 passes.
    if (memory < 19_456 || time < 2) return `argon2id m=${memory} KiB t=${time} is below OWASP's minimum`;
  }
  return null;
}

/** Stripe keys, webhook secrets and passwords written into the server's code (the dev stand-in's own excepted). */
function hardCodedSecrets(): string | null {
  const pattern =
    /\b(sk|rk)_(live|test)_[A-Za-z0-9]{8,}|whsec_[A-Za-z0-9_]{8,}|postgres:\/\/[^:\s]+:[^@\s]+@(?!localhost)/;
  const allowed = new Set(['sk_test_order_desk_stand_in', 'whsec_order_desk_stand_in']);
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (
        /\.ts$/.test(entry.name) &&
        !/\.test\.ts$/.test(entry.name) &&
        !file.includes(`${path.sep}test${path.sep}`)
      ) {
        for (const match of fs.readFileSync(file, 'utf8').matchAll(new RegExp(pattern, 'g'))) {
          if (!allowed.has(match[0])) found.push(`${path.relative(SERVER, file)}: ${match[0].slice(0, 16)}…`);
        }
      }
    }
  };
  walk(path.join(SERVER, 'src'));
  return found.length ? `secrets in the code: ${found.join('; ')}` : null;
}

function secretsInLogs(ctx: SuiteContext, secrets: string[]): string | null {
  const logs = ctx.env.logs();
  const leaked = secrets.filter((secret) => secret.length >= 8 && logs.includes(secret));
  return leaked.length ? `${leaked.length} secret(s) in the logs, e.g. ${leaked[0]!.slice(0, 6)}…` : null;
}
