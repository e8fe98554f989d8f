import { signIn, usedSecrets } from './api';
import { startEnvironment, type Environment } from './environment';
import { runHostileInput } from './hostile-input';
import { checkInvariants } from './invariants';
import { runIsolationProbes } from './isolation';
import { runStorms } from './storms';
import { runFaults } from './faults';
import { Families } from './families';
import { runSecurityProbes } from './security-probes';
import { runSessionChecks } from './sessions';
import { introspect } from './schema-operations';
import { loadSellerData, sellerIdByName } from './seller-data';
import { modeFromEnvironment, type SuiteContext } from './suite-context';
import { Tally } from './tally';

const mode = modeFromEnvironment();
const tally = new Tally();
const families = new Families();
let env: Environment;
let ctx: SuiteContext;

beforeAll(async () => {
  env = await startEnvironment();
  const [aSession, bSession] = [
    await signIn(env.apiUrl, 'owner@demo-brand.test'),
    await signIn(env.apiUrl, 'owner@other-brand.test'),
  ];
  const aId = await sellerIdByName(env.sql, 'Demo Brand');
  ctx = {
    env,
    tally,
    mode,
    startedAt: new Date(),
    a: { session: aSession, data: await loadSellerData(env.sql, aId) },
    b: { session: bSession, sellerId: await sellerIdByName(env.sql, 'Other Brand') },
  };
}, 300_000);

afterAll(async () => {
  // The server's own account of what went wrong (pino level 50 = error), to find the cause of a failure.
  const errors =
    tally.failures() + families.failures() > 0 && env
      ? env
          .logs()
          .split('\n')
          .filter((line) => line.includes('"level":50'))
      : [];
  await env?.close();
  // Printed past jest's console capture, so CI logs show the table as is.
  process.stdout.write(
    `\n${tally.table(mode)}\n\n${families.table()}\n${errors
      .slice(0, 10)
      .map((line) => line.slice(0, 1500))
      .join('\n')}\n\n`,
  );
});

test('tenant isolation: every operation of the schema, as everyone but seller A', async () => {
  await runIsolationProbes(ctx, await introspect(env.apiUrl, ctx.b.session));
  expect(tally.parts.probes.findings).toEqual([]);
});

test('hostile input: every mutation argument, malformed requests, forged credentials and signatures', async () => {
  await runHostileInput(ctx, await introspect(env.apiUrl, ctx.a.session));
  expect(tally.parts.hostile.findings).toEqual([]);
});

test('concurrency storms: conflicting changes to the same orders and invoices, then the invariants', async () => {
  await checkInvariants(ctx, 'storms');
  await runStorms(ctx);
  expect(tally.parts.storms.findings).toEqual([]);
});

test('fault injection: PostgreSQL, the worker, Stripe, Redis and SMTP fail under load and come back', async () => {
  await runFaults(ctx);
  expect(tally.parts.faults.findings).toEqual([]);
});

test('sessions and secrets: cookie flags, fixation, sign-in throttle, password hashing, no secret in code or logs', async () => {
  await runSessionChecks(ctx, [...env.secrets, ...usedSecrets]);
  expect(tally.parts.sessions.findings).toEqual([]);
});

test('security probe families: production start-up, mail catcher, sockets, sign-in throttle, expensive documents, client mistakes, field failures', async () => {
  await runSecurityProbes(ctx, families);
  expect(Object.values(families.tallies).flatMap((family) => family.findings)).toEqual([]);
});
