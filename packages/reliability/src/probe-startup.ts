import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { graphql, signIn } from './api';
import type { Families } from './families';
import { startOrRefuse, type Instance } from './instances';
import type { SuiteContext } from './suite-context';

const REQUIRED = ['DATABASE_URL', 'SMTP_URL', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'] as const;

/**
 * Production must refuse every unsafe configuration, naming each missing setting, and a production
 * instance must show nothing of development: no mail catcher, no schema to anonymous callers, the
 * security headers, no webhook signed with the stand-in's old public secret.
 */
export async function probeProductionStartup(ctx: SuiteContext, families: Families, prod: Instance): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-prod-probe-'));
  const complete: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DATABASE_URL: ctx.env.apiEnv.DATABASE_URL,
    SMTP_URL: ctx.env.apiEnv.SMTP_URL,
    REDIS_URL: ctx.env.apiEnv.REDIS_URL,
    STRIPE_SECRET_KEY: 'sk_test_reliability_production_probe',
    STRIPE_API_URL: ctx.env.apiEnv.STRIPE_API_URL,
    STRIPE_WEBHOOK_SECRET: `whsec_${crypto.randomBytes(24).toString('base64url')}`,
    RUN_WORKER: 'false',
  };
  const without = (...names: string[]) =>
    Object.fromEntries(Object.entries(complete).filter(([k]) => !names.includes(k)));
  const cases: { label: string; env: NodeJS.ProcessEnv; named: string[] }[] = [
    { label: 'nothing but NODE_ENV=production', env: without(...REQUIRED), named: [...REQUIRED] },
    ...REQUIRED.map((name) => ({ label: `no ${name}`, env: without(name), named: [name] })),
    {
      label: "the stand-in's published webhook secret",
      env: { ...complete, STRIPE_WEBHOOK_SECRET: 'whsec_order_desk_stand_in' },
      named: ['STRIPE_WEBHOOK_SECRET'],
    },
    {
      label: 'a short webhook secret',
      env: { ...complete, STRIPE_WEBHOOK_SECRET: 'whsec_abc' },
      named: ['STRIPE_WEBHOOK_SECRET'],
    },
  ];
  try {
    for (const c of cases) {
      const { code, output } = await startOrRefuse(c.env);
      const unnamed = c.named.filter((name) => !output.includes(`${name}:`));
      families.record('startup', {
        refused: code === 78,
        problem:
          code === null
            ? `started with ${c.label}`
            : code !== 78 || unnamed.length
              ? `${c.label}: exit ${code}, not naming ${unnamed.join(', ')}`
              : null,
      });
    }
    const control = await startOrRefuse(complete);
    families.record('startup', {
      refused: false,
      problem: control.code === null ? null : `a complete configuration was refused: ${control.output.slice(0, 300)}`,
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  await probeRunningProduction(ctx, families, prod);
}

async function probeRunningProduction(ctx: SuiteContext, families: Families, prod: Instance): Promise<void> {
  const mail = await fetch(`${prod.url}/dev/mail?format=json`, { headers: { cookie: ctx.a.session.cookie } });
  families.record('startup', {
    refused: mail.status === 404,
    problem: mail.status === 404 ? null : `/dev/mail answered ${mail.status} in production`,
  });

  const introspection = await graphql(prod.url, '{ __schema { types { name } } }', {}, null);
  families.record('startup', {
    refused: introspection.status === 400,
    problem: introspection.text.includes('"Query"') ? 'an anonymous caller read the schema in production' : null,
  });
  const typo = await graphql(prod.url, '{ ordrs { totalCount } }', {}, null);
  families.record('startup', {
    refused: true,
    problem: /Did you mean/.test(typo.text) ? 'suggestions shown to an anonymous caller' : null,
  });
  const staff = await signIn(prod.url, 'staff@demo-brand.test');
  const signedIn = await graphql(prod.url, '{ __schema { queryType { name } } }', {}, staff);
  families.record('startup', {
    refused: false,
    problem: signedIn.text.includes('"Query"')
      ? null
      : `a signed-in user could not introspect: ${signedIn.text.slice(0, 200)}`,
  });

  for (const page of ['/', '/orders', '/playground/', '/healthz']) {
    const response = await fetch(`${prod.url}${page}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const missing = [
      csp.includes("frame-ancestors 'none'") ? null : 'frame-ancestors',
      /script-src[^;]*unsafe-inline/.test(csp) || !csp.includes('script-src') ? 'script-src without inline' : null,
      response.headers.get('x-content-type-options') === 'nosniff' ? null : 'nosniff',
      response.headers.get('referrer-policy') ? null : 'Referrer-Policy',
      response.headers.get('strict-transport-security') ? null : 'HSTS',
    ].filter(Boolean);
    families.record('startup', {
      refused: true,
      problem: missing.length ? `${page} lacks ${missing.join(', ')}` : null,
    });
  }

  const forged = JSON.stringify({
    id: `evt_${crypto.randomUUID()}`,
    object: 'event',
    type: 'payment_intent.succeeded',
    data: { object: { id: 'pi_forged', object: 'payment_intent', status: 'succeeded' } },
  });
  const t = Math.floor(Date.now() / 1000);
  const signature = `t=${t},v1=${createHmac('sha256', 'whsec_order_desk_stand_in').update(`${t}.${forged}`).digest('hex')}`;
  const webhook = await fetch(`${prod.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: forged,
  });
  families.record('startup', {
    refused: webhook.status === 400,
    problem: webhook.status === 400 ? null : `an event signed with the public secret was answered ${webhook.status}`,
  });
}
