import crypto from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from '@order-desk/testing';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

let app: TestApp;
let seed: SeedFixtures;
let owner: GraphQLClient;
const sockets: Client[] = [];

beforeAll(async () => {
  app = await startTestApp();
  seed = new SeedFixtures(app.db.dataSource);
  owner = await app.signIn('owner@demo-brand.test');
});
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await app.close();
});

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name scopes prefix createdAt lastUsedAt revokedAt } userErrors { code field message } }
}`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } userErrors { code } } }`;
const ACCEPT = `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { id status } userErrors { code message } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id status events { type summary actor { type name } } } }`;

type Created = { secret: string; apiKey: { id: string; name: string; scopes: string[]; prefix: string } };

async function createKey(name: string, scopes: string[], by: GraphQLClient = owner): Promise<Created> {
  const { createApiKey } = await by.data<{ createApiKey: Created & { userErrors: unknown[] } }>(CREATE, {
    input: { name, scopes },
  });
  expect(createApiKey.userErrors).toEqual([]);
  return createApiKey;
}

describe('API keys', () => {
  it('are created by an owner, shown once, stored only as a hash, listed without their secret', async () => {
    const created = await createKey('ERP sync', ['ORDERS_READ', 'INVOICES_READ']);
    expect(created.secret).toMatch(/^odk_[\w-]{43}$/);
    expect(created.apiKey).toMatchObject({ name: 'ERP sync', scopes: ['ORDERS_READ', 'INVOICES_READ'] });
    expect(created.secret.startsWith(created.apiKey.prefix)).toBe(true);

    const [row] = await app.db.dataSource.query(`SELECT * FROM api_keys WHERE id = $1`, [created.apiKey.id]);
    expect(row.token_hash).toEqual(crypto.createHash('sha256').update(created.secret).digest());
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(8));
    expect(row.scopes).toEqual(['orders:read', 'invoices:read']);

    const { apiKeys } = await owner.data<{ apiKeys: { id: string; name: string }[] }>(
      `{ apiKeys { id name scopes prefix createdAt lastUsedAt } }`,
    );
    expect(apiKeys.map((key) => key.id)).toContain(created.apiKey.id);
    expect(JSON.stringify(apiKeys)).not.toContain(created.secret);
  });

  it('refuse a key without a name or scopes with user errors', async () => {
    const { createApiKey } = await owner.data<{ createApiKey: { apiKey: null; userErrors: { field: string[] }[] } }>(
      CREATE,
      { input: { name: '  ', scopes: ['ORDERS_READ'] } },
    );
    expect(createApiKey).toMatchObject({ apiKey: null, userErrors: [{ code: 'REQUIRED', field: ['input', 'name'] }] });
    const noScopes = await owner.data<{ createApiKey: { userErrors: { field: string[] }[] } }>(CREATE, {
      input: { name: 'Nothing', scopes: [] },
    });
    expect(noScopes.createApiKey.userErrors).toMatchObject([{ code: 'REQUIRED', field: ['input', 'scopes'] }]);
  });

  it('are managed by owners only: not by staff, nor by a key', async () => {
    const staff = await app.signIn('staff@demo-brand.test');
    for (const client of [staff, app.withApiKey((await createKey('All', ['ORDERS_WRITE'])).secret)]) {
      const list = await client.request(`{ apiKeys { id } }`);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const create = await client.request(CREATE, { input: { name: 'Mine', scopes: ['ORDERS_READ'] } });
      expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('read the orders of their own seller only', async () => {
    const key = app.withApiKey((await createKey('Reporting', ['ORDERS_READ'])).secret);
    const foreign = await seed.pendingOrder('Other Brand');
    const own = await seed.pendingOrder('Demo Brand');
    expect((await key.data<{ order: unknown }>(ORDER, { id: foreign.id })).order).toBeNull();
    expect((await key.data<{ order: { id: string } }>(ORDER, { id: own.id })).order.id).toBe(own.id);

    const otherSeller = await app.db.dataSource.query(`SELECT id FROM sellers WHERE name = 'Other Brand'`);
    const { orders } = await key.data<{ orders: { edges: { node: { id: string } }[] } }>(
      `{ orders(first: 100) { edges { node { id } } } }`,
    );
    const sellers = await app.db.dataSource.query(`SELECT DISTINCT seller_id FROM orders WHERE id = ANY($1::uuid[])`, [
      orders.edges.map((edge) => edge.node.id),
    ]);
    expect(sellers).toEqual([{ seller_id: await seed.sellerId('Demo Brand') }]);
    expect(sellers).not.toContainEqual({ seller_id: otherSeller[0].id });
  });

  it('need orders:write to accept an order, and the timeline names the key that did', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    const reader = app.withApiKey((await createKey('Read only', ['ORDERS_READ', 'INVOICES_WRITE'])).secret);
    const refused = await reader.request<{ acceptOrder: null }>(ACCEPT, { input: { orderId: order.id } });
    expect(refused.status).toBe(403);
    expect(refused.errors).toMatchObject([
      { message: 'This API key does not have the orders:write scope.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect((await owner.data<{ order: { status: string } }>(ORDER, { id: order.id })).order.status).toBe('PENDING');

    const writer = await createKey('Warehouse', ['ORDERS_WRITE']);
    const { acceptOrder } = await app
      .withApiKey(writer.secret)
      .data<{ acceptOrder: { order: { status: string }; userErrors: unknown[] } }>(ACCEPT, {
        input: { orderId: order.id },
      });
    expect(acceptOrder).toEqual({ order: { id: order.id, status: 'ACCEPTED' }, userErrors: [] });

    const { order: seen } = await owner.data<{ order: { events: { type: string; actor: unknown }[] } }>(ORDER, {
      id: order.id,
    });
    expect(seen.events.at(-1)).toMatchObject({
      type: 'ORDER_ACCEPTED',
      actor: { type: 'API_KEY', name: 'API key "Warehouse"' },
    });
    const [event] = await app.db.dataSource.query(
      `SELECT actor_api_key_id FROM order_events WHERE order_id = $1 AND type = 'ORDER_ACCEPTED'`,
      [order.id],
    );
    expect(event.actor_api_key_id).toBe(writer.apiKey.id);
    const [key] = await app.db.dataSource.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [writer.apiKey.id]);
    expect(key.last_used_at).toBeInstanceOf(Date);
  });

  it('stop working once revoked, and an unknown key is refused rather than treated as signed out', async () => {
    const created = await createKey('Old integration', ['ORDERS_READ']);
    const key = app.withApiKey(created.secret);
    expect((await key.request(`{ orders(first: 1) { totalCount } }`)).status).toBe(200);

    const { revokeApiKey } = await owner.data<{ revokeApiKey: { apiKey: { revokedAt: string | null } } }>(REVOKE, {
      id: created.apiKey.id,
    });
    expect(revokeApiKey.apiKey.revokedAt).not.toBeNull();
    const refused = await key.request(`{ orders(first: 1) { totalCount } }`);
    expect(refused.status).toBe(401);
    expect(refused.errors).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(refused.errors?.[0]?.message).toMatch(/not valid/);

    for (const authorization of ['Bearer odk_made-up', 'Basic b3duZXI6cGFzcw==']) {
      const client = app.anonymous();
      client.authorization = authorization;
      expect((await client.request(`{ carriers }`)).status).toBe(401);
    }
    const { apiKeys } = await owner.data<{ apiKeys: { id: string }[] }>(`{ apiKeys { id } }`);
    expect(apiKeys.map((k) => k.id)).not.toContain(created.apiKey.id);
  });

  it('download invoice PDFs with invoices:read only', async () => {
    const [invoice] = await app.db.dataSource.query(
      `SELECT id FROM invoices WHERE status = 'ISSUED' AND seller_id = $1 LIMIT 1`,
      [await seed.sellerId('Demo Brand')],
    );
    const download = async (scopes: string[]) =>
      fetch(`${app.url}/invoices/${invoice.id}/pdf`, {
        headers: { authorization: `Bearer ${(await createKey('Accounting', scopes)).secret}` },
      });
    expect((await download(['ORDERS_READ'])).status).toBe(403);
    const allowed = await download(['INVOICES_READ']);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toBe('application/pdf');
  });

  it("cannot revoke another seller's key", async () => {
    const other = await app.signIn('owner@other-brand.test');
    const created = await createKey('Theirs', ['ORDERS_READ'], other);
    const { revokeApiKey } = await owner.data<{ revokeApiKey: { userErrors: { code: string }[] } }>(REVOKE, {
      id: created.apiKey.id,
    });
    expect(revokeApiKey.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await app.withApiKey(created.secret).request(`{ carriers }`)).status).toBe(200);
  });
});

describe('subscriptions with an API key', () => {
  /** A graphql-ws client that sends the key in connection_init, as partners do (no cookie). */
  function connect(secret: string) {
    const closed: number[] = [];
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${secret}` },
      retryAttempts: 0,
      on: { closed: (event) => closed.push((event as { code: number }).code) },
    });
    sockets.push(client);
    const received: unknown[] = [];
    const errors: unknown[] = [];
    client.subscribe(
      { query: `subscription { orderChanged { id status } }` },
      { next: (value) => received.push(value), error: (error) => errors.push(error), complete: () => undefined },
    );
    return { received, errors, closed };
  }

  it('authenticate with the key in connection_init and get their seller’s changes', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    const live = connect((await createKey('Live board', ['ORDERS_READ'])).secret);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await owner.data(ACCEPT, { input: { orderId: order.id } });
    await eventually(async () =>
      expect(live.received).toContainEqual({ data: { orderChanged: { id: order.id, status: 'ACCEPTED' } } }),
    );
    expect(live.errors).toEqual([]);
  });

  it('are refused for a key without orders:read, and a revoked key cannot connect', async () => {
    const invoicesOnly = connect((await createKey('Invoices', ['INVOICES_READ'])).secret);
    // The subscription never starts: its one result is the error, then it completes.
    await eventually(async () =>
      expect(invoicesOnly.received).toMatchObject([
        { errors: [{ message: 'This API key does not have the orders:read scope.' }] },
      ]),
    );

    const revoked = await createKey('Gone', ['ORDERS_READ']);
    await owner.data(REVOKE, { id: revoked.apiKey.id });
    const refused = connect(revoked.secret);
    await eventually(async () => expect(refused.closed).toEqual([4403]));
  });
});
