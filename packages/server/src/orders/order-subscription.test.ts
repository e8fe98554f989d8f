import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SeedFixtures } from '../test/fixtures';
import { eventually } from '@order-desk/testing';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

let app: TestApp;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await app.close();
});

/** A graphql-ws client authenticated like the dashboard: by the session cookie on the upgrade request. */
function subscriber(http: GraphQLClient | null) {
  const cookie = http?.cookie;
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
    retryAttempts: 0,
  });
  clients.push(client);
  const received: {
    orderChanged: { id: string; version: number; items: { quantity: number }[]; customer: { name: string } | null };
  }[] = [];
  const errors: unknown[] = [];
  const subscribe = (orderId: string | null) =>
    client.subscribe(
      {
        query: `subscription($id: ID) { orderChanged(orderId: $id) { id version items { quantity } customer { name } } }`,
        variables: { id: orderId },
      },
      {
        next: (value) => received.push(value.data as (typeof received)[number]),
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
  return { subscribe, received, errors };
}

describe('orderChanged subscription', () => {
  it("pushes the changed order to its seller's open views, and nothing to other sellers", async () => {
    const seed = new SeedFixtures(app.db.dataSource);
    const demo = await app.signIn('owner@demo-brand.test');
    const other = await app.signIn('owner@other-brand.test');
    const order = await seed.pendingOrder('Demo Brand', { minItems: 2 });

    const onOrder = subscriber(demo);
    onOrder.subscribe(order.id);
    const onAnyOrder = subscriber(demo);
    onAnyOrder.subscribe(null);
    const foreign = subscriber(other);
    foreign.subscribe(null);
    foreign.subscribe(order.id);
    await new Promise((resolve) => setTimeout(resolve, 300)); // subscriptions established

    await demo.data(
      `mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { userErrors { code } } }`,
      {
        input: { orderItemId: order.itemIds[0], quantity: 42 },
      },
    );
    await eventually(async () => expect(onOrder.received).toHaveLength(1));
    expect(onOrder.received[0]!.orderChanged).toMatchObject({ id: order.id, version: order.version + 1 });
    expect(onOrder.received[0]!.orderChanged.items[0]!.quantity).toBe(42);
    await eventually(async () => expect(onAnyOrder.received.map((r) => r.orderChanged.id)).toEqual([order.id]));

    // Every push reads fresh data, related rows included (no cache across the events of a subscription).
    await app.db.dataSource.query(
      `UPDATE customers SET name = 'Renamed Retail' WHERE id = (SELECT customer_id FROM orders WHERE id = $1)`,
      [order.id],
    );
    await demo.data(
      `mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { userErrors { code } } }`,
      {
        input: { orderItemId: order.itemIds[0], quantity: 43 },
      },
    );
    await eventually(async () => expect(onOrder.received).toHaveLength(2));
    expect(onOrder.received[1]!.orderChanged).toMatchObject({
      version: order.version + 2,
      customer: { name: 'Renamed Retail' },
    });
    expect(onOrder.received[1]!.orderChanged.items[0]!.quantity).toBe(43);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(foreign.received).toEqual([]);
  });

  it('refuses subscribers that are not signed in', async () => {
    const anonymous = subscriber(null);
    anonymous.subscribe(null);
    await eventually(async () => expect(anonymous.errors).toHaveLength(1));
    expect(JSON.stringify(anonymous.errors[0])).toContain('You are not signed in.');
  });
});
