import type { AddressInfo } from 'node:net';
import { eventually } from '@order-desk/testing';
import { createClient, type Client } from 'graphql-ws';
import pino from 'pino';
import WebSocket from 'ws';
import { startApp, type App } from '../app';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, TEST_APP_CONFIG, type GraphQLClient, type TestApp } from '../test/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORDER_CHANGED = 'subscription($orderId: ID) { orderChanged(orderId: $orderId) { id events { summary } } }';
const ADD_NOTE = 'mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { userErrors { code } } }';

let a: TestApp;
/** A second API instance on the same database, events and revocations through the same Redis. */
let b: { app: App; url: string };
let owner: GraphQLClient;
let fixtures: SeedFixtures;
let orderId: string;
const clients: Client[] = [];

beforeAll(async () => {
  a = await startTestApp({ config: { redisUrl: REDIS_URL } });
  const app = await startApp(
    { ...TEST_APP_CONFIG, redisUrl: REDIS_URL, runWorker: false },
    a.db.dataSource,
    a.db.url,
    pino({ level: 'silent' }),
    a.stripe,
    null,
  );
  await new Promise<void>((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
  b = { app, url: `http://127.0.0.1:${(app.server.httpServer.address() as AddressInfo).port}` };
  owner = await a.signIn('owner@demo-brand.test');
  fixtures = new SeedFixtures(a.db.dataSource);
  orderId = (await fixtures.pendingOrder('Demo Brand')).id;
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await b?.app.stop();
  await a?.close();
});

/** A socket to `serverUrl` with a cookie and/or an API key, watching the order; what it receives and how it closed. */
function watch(serverUrl: string, { cookie, apiKey }: { cookie?: string; apiKey?: string }) {
  const received: unknown[] = [];
  const errors: unknown[] = [];
  const state: { connected: boolean; closeCode: number | null } = { connected: false, closeCode: null };
  const client = createClient({
    url: serverUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
    connectionParams: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
    retryAttempts: 0,
    lazy: false,
    // The close is what these tests expect: not an error to print.
    onNonLazyError: () => undefined,
    on: {
      connected: () => (state.connected = true),
      closed: (event) => (state.closeCode = (event as { code: number }).code),
    },
  });
  clients.push(client);
  client.subscribe(
    { query: ORDER_CHANGED, variables: { orderId } },
    { next: (value) => received.push(value.data), error: (error) => errors.push(error), complete: () => undefined },
  );
  return { client, received, errors, state };
}

/** A change to the watched order, made by the owner's own session; its note says `text`. */
const changeOrder = (text = 'A note to make an event') => owner.data(ADD_NOTE, { input: { orderId, text } });

/** Waits until a subscription is live: a change made now reaches it. */
async function live(socket: ReturnType<typeof watch>): Promise<void> {
  await eventually(async () => expect(socket.state.connected).toBe(true));
  const before = socket.received.length;
  await eventually(async () => {
    await changeOrder();
    expect(socket.received.length).toBeGreaterThan(before);
  });
}

async function upgradeStatus(origin: string | null, cookie: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${a.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { cookie, ...(origin ? { origin } : {}) },
    });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
  });
}

describe('cross-site WebSocket hijacking', () => {
  it("refuses an upgrade from another site's page, and takes the server's own origin and non-browser clients", async () => {
    const { cookie } = await a.signIn('staff@demo-brand.test');
    expect(await upgradeStatus('https://evil.example', cookie!)).toBe(403);
    expect(await upgradeStatus('null', cookie!)).toBe(403);
    expect(await upgradeStatus(`http://127.0.0.1.evil.example`, cookie!)).toBe(403);
    expect(await upgradeStatus(a.url, cookie!)).toBe(101);
    expect(await upgradeStatus(null, cookie!)).toBe(101);
  });

  it('runs only subscriptions over the socket: a mutation sent there is refused and does not run', async () => {
    const staff = await a.signIn('staff@demo-brand.test');
    const client = createClient({
      url: `${a.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie: staff.cookie! } });
        }
      },
      retryAttempts: 0,
    });
    clients.push(client);
    const error = await new Promise((resolve) =>
      client.subscribe(
        { query: 'mutation { signOut { signedOut } }' },
        { next: () => undefined, error: resolve, complete: () => resolve(null) },
      ),
    );
    expect(error).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    expect(await staff.data('{ me { email } }')).toEqual({ me: { email: 'staff@demo-brand.test' } });
  });
});

describe('subscriptions end with their credentials', () => {
  it('closes the socket of a session signed out on another instance, at once', async () => {
    const staff = await a.signIn('staff@demo-brand.test');
    const socket = watch(b.url, { cookie: staff.cookie! });
    await live(socket);
    await staff.data('mutation { signOut { signedOut } }');
    await eventually(async () => expect(socket.state.closeCode).toBe(4403));
    await changeOrder('Written after the sign-out');
    expect(JSON.stringify(socket.received)).not.toContain('Written after the sign-out');
  });

  it('closes the socket of a revoked API key', async () => {
    const created = await owner.data<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
      { input: { name: 'Socket watcher', scopes: ['ORDERS_READ'] } },
    );
    const socket = watch(a.url, { apiKey: created.createApiKey.secret });
    await live(socket);
    await owner.data('mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { userErrors { code } } }', {
      input: { id: created.createApiKey.apiKey.id },
    });
    await eventually(async () => expect(socket.state.closeCode).toBe(4403));
  });

  it('sends no event once the credential is gone, even when no revocation message arrived', async () => {
    const staff = await a.signIn('staff@demo-brand.test');
    const socket = watch(a.url, { cookie: staff.cookie! });
    await live(socket);
    // Gone from the database behind the server's back (an operator, a lost Redis message).
    await a.db.dataSource.query(
      `DELETE FROM sessions WHERE seller_user_id = (SELECT id FROM seller_users WHERE email = $1)`,
      ['staff@demo-brand.test'],
    );
    await changeOrder('Written after the session was gone');
    await eventually(async () => expect(socket.state.closeCode).toBe(4403));
    expect(JSON.stringify(socket.received)).not.toContain('Written after the session was gone');
  });

  it('closes the socket when its session expires', async () => {
    const staff = await a.signIn('staff@demo-brand.test');
    await a.db.dataSource.query(
      `UPDATE sessions SET expires_at = now() + interval '2 seconds'
        WHERE seller_user_id = (SELECT id FROM seller_users WHERE email = $1)`,
      ['staff@demo-brand.test'],
    );
    const socket = watch(a.url, { cookie: staff.cookie! });
    await eventually(async () => expect(socket.state.connected).toBe(true));
    await eventually(async () => expect(socket.state.closeCode).toBe(4403));
  });
});
