import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventually, freePort, startNodeProcess } from '@order-desk/testing';
import { createApiKey, graphql, signIn } from './api';
import type { Families } from './families';

const SERVER_MAIN = path.resolve(__dirname, '../../server/dist/main.js');
const REJECT = 'mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { userErrors { code } } }';
const PENDING = '{ orders(first: 1, filter: { status: PENDING }) { edges { node { id number } } } }';

type Caught = { id: number; messageId: string | null; subject: string };

/**
 * The mail catcher of a development server (the README's zero-setup start: embedded PostgreSQL,
 * demo data, no SMTP_URL): each seller's users see their own seller's emails only, by list, by id
 * and by Message-ID; a visitor without a session sees nothing.
 */
export async function probeMailCatcher(families: Families): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-mail-probe-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const server = await startNodeProcess({
    entry: SERVER_MAIN,
    env: {
      ...inherited,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      STRIPE_STAND_IN_PORT: String(await freePort()),
      MAIL_CATCHER_PORT: '0',
      LOG_LEVEL: 'warn',
    },
    ready: { url: `${url}/healthz` },
    timeoutMs: 180_000,
  });
  try {
    const sellers = {
      'Demo Brand': {
        owner: await signIn(url, 'owner@demo-brand.test'),
        staff: await signIn(url, 'staff@demo-brand.test'),
      },
      'Other Brand': { owner: await signIn(url, 'owner@other-brand.test'), staff: null },
    };
    for (const { owner } of Object.values(sellers)) {
      const pending = await graphql(url, PENDING, {}, owner);
      const orderId = (pending.body?.data?.orders as { edges: { node: { id: string } }[] }).edges[0]!.node.id;
      await graphql(url, REJECT, { input: { orderId, reason: 'OUT_OF_TERRITORY' } }, owner);
    }
    const list = async (cookie: string | null) => {
      const response = await fetch(`${url}/dev/mail?format=json`, { headers: cookie ? { cookie } : {} });
      return { status: response.status, mail: response.ok ? ((await response.json()) as Caught[]) : [] };
    };
    // Each seller's rejection email, once its delivery is recorded.
    const own: Record<string, Caught[]> = {};
    for (const [name, { owner }] of Object.entries(sellers)) {
      await eventually(async () => {
        own[name] = (await list(owner.cookie)).mail;
        if (own[name]!.length === 0) throw new Error(`no email of ${name} yet`);
      }, 60_000);
    }
    const readers = [
      { seller: 'Demo Brand', cookie: sellers['Demo Brand'].owner.cookie },
      { seller: 'Demo Brand', cookie: sellers['Demo Brand'].staff.cookie },
      { seller: 'Other Brand', cookie: sellers['Other Brand'].owner.cookie },
    ];
    for (const reader of readers) {
      const other = reader.seller === 'Demo Brand' ? 'Other Brand' : 'Demo Brand';
      const { mail } = await list(reader.cookie);
      families.record('mail', {
        refused: true,
        problem: mail.some((m) => !m.subject.includes(reader.seller))
          ? `${reader.seller} listed another seller's mail`
          : null,
      });
      for (const theirs of own[other]!) {
        const byId = await fetch(`${url}/dev/mail/${theirs.id}`, { headers: { cookie: reader.cookie } });
        const text = await byId.text();
        families.record('mail', {
          refused: byId.status === 404,
          problem:
            byId.status !== 404 || text.includes(theirs.subject)
              ? `${reader.seller} read ${other}'s message ${theirs.id} (${byId.status})`
              : null,
        });
        const byMessageId = await fetch(`${url}/dev/mail?messageId=${encodeURIComponent(theirs.messageId ?? '')}`, {
          headers: { cookie: reader.cookie },
          redirect: 'manual',
        });
        const shown = byMessageId.status === 302 || (await byMessageId.text()).includes(theirs.subject);
        families.record('mail', {
          refused: !shown,
          problem: shown ? `${reader.seller} found ${other}'s message by its Message-ID` : null,
        });
      }
    }
    const key = await createApiKey(url, sellers['Demo Brand'].owner, ['ORDERS_READ', 'INVOICES_READ']);
    const strangers: [string, Record<string, string>][] = [
      ['no credentials', {}],
      ['a forged session', { cookie: 'od_session=forged-session-token-0000000000000000000' }],
      ['an API key', { authorization: `Bearer ${key}` }],
    ];
    for (const [label, headers] of strangers) {
      const response = await fetch(`${url}/dev/mail?format=json`, { headers });
      families.record('mail', {
        refused: response.status === 401,
        problem: response.status === 401 ? null : `${label}: /dev/mail answered ${response.status}`,
      });
    }
  } finally {
    const code = await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (code !== 0)
      families.record('mail', { refused: false, problem: `the development server did not stop cleanly (${code})` });
  }
}
