import { eventually } from '@order-desk/testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createApiKey, graphql, signIn } from './api';
import type { Families } from './families';
import type { Instance } from './instances';
import type { SuiteContext } from './suite-context';

const ADD_NOTE = 'mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { userErrors { code } } }';

/** The HTTP status of a WebSocket upgrade to `url` from a page of `origin` (101 when it opened). */
function upgrade(url: string, cookie: string, origin: string | null): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { cookie, ...(origin === null ? {} : { origin }) },
    });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', () => resolve(0));
  });
}

type Watcher = { received: string[]; closeCode: () => number | null; dispose: () => Promise<void> };

/** A graphql-ws subscription to the order's changes, with a cookie or a key; what it receives and how it closed. */
function watch(url: string, orderId: string, credentials: { cookie?: string; apiKey?: string }): Watcher {
  const received: string[] = [];
  let closeCode: number | null = null;
  const client = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, credentials.cookie ? { headers: { cookie: credentials.cookie } } : {});
      }
    },
    connectionParams: credentials.apiKey ? { authorization: `Bearer ${credentials.apiKey}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => (closeCode = (event as { code: number }).code) },
  });
  client.subscribe(
    {
      query: 'subscription($id: ID) { orderChanged(orderId: $id) { events { summary } } }',
      variables: { id: orderId },
    },
    { next: (value) => received.push(JSON.stringify(value)), error: () => undefined, complete: () => undefined },
  );
  return { received, closeCode: () => closeCode, dispose: () => client.dispose() as Promise<void> };
}

/**
 * Cross-site WebSocket hijacking (pages of other origins, with the seller's cookie), operations other
 * than subscriptions over the socket, and sockets outliving their credentials: signed out on another
 * instance, a revoked key, a session deleted behind the server's back.
 */
export async function probeSockets(ctx: SuiteContext, families: Families, prod: Instance): Promise<void> {
  const { env, a } = ctx;
  const host = new URL(env.apiUrl).host;
  const foreign = [
    'https://evil.example',
    'null',
    `http://${host}.evil.example`,
    `http://evil.example:${new URL(env.apiUrl).port}`,
    'file://',
  ];
  for (const [url, origins] of [
    [env.apiUrl, foreign],
    [prod.url, [...foreign, 'http://localhost:5173']],
  ] as const) {
    for (const origin of origins) {
      const status = await upgrade(url, a.session.cookie, origin);
      families.record('sockets', {
        refused: status === 403,
        problem: status === 101 ? `upgrade from ${origin} to ${url} accepted` : null,
      });
    }
    for (const origin of [url, null]) {
      const status = await upgrade(url, a.session.cookie, origin);
      families.record('sockets', {
        refused: false,
        problem: status === 101 ? null : `upgrade from ${origin ?? 'no origin'} refused (${status})`,
      });
    }
  }

  const victim = await signIn(env.apiUrl, 'staff@demo-brand.test');
  for (const query of ['mutation { signOut { signedOut } }', '{ me { id } }']) {
    const client = createClient({
      url: `${env.apiUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: victim.cookie } });
        }
      },
      retryAttempts: 0,
    });
    const outcome = await new Promise<'error' | 'data'>((resolve) =>
      client.subscribe(
        { query },
        { next: () => resolve('data'), error: () => resolve('error'), complete: () => resolve('data') },
      ),
    );
    await client.dispose();
    families.record('sockets', {
      refused: outcome === 'error',
      problem: outcome === 'error' ? null : `"${query}" ran over the socket`,
    });
  }
  const me = await graphql(env.apiUrl, '{ me { id } }', {}, victim);
  families.record('sockets', {
    refused: false,
    problem: (me.body?.data?.me ?? null) === null ? 'a mutation over the socket signed the user out' : null,
  });

  const { rows } = await env.sql.query<{ id: string }>(
    `SELECT id FROM orders WHERE seller_id = $1 ORDER BY placed_at DESC LIMIT 1`,
    [a.data.sellerId],
  );
  const orderId = rows[0]!.id;
  let notes = 0;
  const change = async () => {
    const text = `probe note ${++notes}`;
    await graphql(env.apiUrl, ADD_NOTE, { input: { orderId, text } }, a.session);
    return text;
  };
  const live = async (watcher: Watcher) => {
    await eventually(async () => {
      const text = await change();
      await eventually(async () => {
        if (!watcher.received.some((r) => r.includes(text))) throw new Error('not live yet');
      }, 2_000);
    }, 30_000);
  };
  // Signed out through the other instance; the key revoked on the other instance; a row deleted by hand.
  const staffSession = await signIn(env.apiUrl, 'staff@demo-brand.test');
  const signedOut = watch(prod.url, orderId, { cookie: staffSession.cookie });
  await expectClosedAfter(families, 'signed out on another instance', signedOut, live, change, () =>
    graphql(env.apiUrl, 'mutation { signOut { signedOut } }', {}, staffSession).then(() => undefined),
  );
  const apiKey = await createApiKey(env.apiUrl, a.session, ['ORDERS_READ']);
  const { rows: keys } = await env.sql.query<{ id: string }>(
    `SELECT id FROM api_keys WHERE seller_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [a.data.sellerId],
  );
  const revoked = watch(env.apiUrl, orderId, { apiKey });
  await expectClosedAfter(families, 'a revoked API key', revoked, live, change, () =>
    graphql(
      prod.url,
      'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { userErrors { code } } }',
      { input: { id: keys[0]!.id } },
      a.session,
    ).then(() => undefined),
  );
  const deleted = await signIn(env.apiUrl, 'staff@demo-brand.test');
  const behindTheBack = watch(env.apiUrl, orderId, { cookie: deleted.cookie });
  await expectClosedAfter(families, 'a session deleted in the database', behindTheBack, live, change, async () => {
    await env.sql.query(
      `DELETE FROM sessions WHERE seller_user_id = (SELECT id FROM seller_users WHERE email = 'staff@demo-brand.test')`,
    );
  });
}

async function expectClosedAfter(
  families: Families,
  label: string,
  watcher: Watcher,
  live: (w: Watcher) => Promise<void>,
  change: () => Promise<string>,
  revoke: () => Promise<void>,
): Promise<void> {
  try {
    await live(watcher);
    await revoke();
    const after = await change();
    await eventually(async () => {
      if (watcher.closeCode() !== 4403) throw new Error(`still open (${watcher.closeCode()})`);
    }, 10_000);
    const leaked = watcher.received.some((r) => r.includes(after));
    families.record('sockets', {
      refused: true,
      problem: leaked ? `${label}: an event was sent after the revocation` : null,
    });
  } catch (error) {
    families.record('sockets', { refused: false, problem: `${label}: the socket was not closed (${String(error)})` });
  } finally {
    await watcher.dispose();
  }
}
