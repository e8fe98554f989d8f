import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

let app: TestApp;
let demo: GraphQLClient;
let seed: SeedFixtures;
beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

type Payload = {
  acceptOrders: {
    accepted: { id: string; status: string; deadline: { kind: string } | null }[];
    needsCustomer: { id: string; status: string }[];
    failed: { orderId: string; order: { id: string; status: string } | null; code: string; message: string }[];
    userErrors: { code: string; field: string[] }[];
  };
};
const ACCEPT_ORDERS = `mutation($input: AcceptOrdersInput!) { acceptOrders(input: $input) {
  accepted { id status deadline { kind } }
  needsCustomer { id status }
  failed { orderId order { id status } code message }
  userErrors { code field } } }`;

describe('acceptOrders (bulk Accept)', () => {
  it('accepts what it can, lists the orders needing a customer, and reports the rest, each on its own', async () => {
    const first = await seed.pendingOrder('Demo Brand');
    const second = await seed.pendingOrder('Demo Brand');
    const stranger = await seed.pendingOrder('Demo Brand', { withCustomer: false });
    const stale = await seed.pendingOrder('Demo Brand');
    const rejected = await seed.orderWithStatus('Demo Brand', 'REJECTED');
    const foreign = await seed.pendingOrder('Other Brand');
    const [{ version: rejectedVersion }] = await app.db.dataSource.query(`SELECT version FROM orders WHERE id = $1`, [
      rejected.id,
    ]);
    const before = await seed.snapshot(stranger.id);

    const { acceptOrders } = await demo.data<Payload>(ACCEPT_ORDERS, {
      input: {
        orders: [
          { orderId: first.id, expectedVersion: first.version },
          { orderId: stranger.id, expectedVersion: stranger.version },
          { orderId: stale.id, expectedVersion: stale.version - 1 },
          { orderId: rejected.id, expectedVersion: rejectedVersion },
          { orderId: foreign.id, expectedVersion: foreign.version },
          { orderId: second.id, expectedVersion: second.version },
        ],
      },
    });

    expect(acceptOrders.userErrors).toEqual([]);
    expect(acceptOrders.accepted.map((o) => [o.id, o.status, o.deadline?.kind])).toEqual([
      [first.id, 'ACCEPTED', 'SHIP'],
      [second.id, 'ACCEPTED', 'SHIP'],
    ]);
    expect(acceptOrders.needsCustomer).toEqual([{ id: stranger.id, status: 'PENDING' }]);
    expect(acceptOrders.failed.map((f) => [f.orderId, f.code, f.order?.status ?? null])).toEqual([
      [stale.id, 'STALE_ORDER', 'PENDING'],
      [rejected.id, 'ACTION_NOT_ALLOWED', 'REJECTED'],
      // Another seller's order answers like an unknown one.
      [foreign.id, 'ORDER_NOT_FOUND', null],
    ]);
    expect(acceptOrders.failed.every((f) => f.message.length > 0)).toBe(true);

    // Nothing happened to the orders that were not accepted.
    expect(await seed.snapshot(stranger.id)).toEqual(before);
    const statuses = await app.db.dataSource.query(`SELECT id, status FROM orders WHERE id = ANY($1) ORDER BY id`, [
      [stale.id, foreign.id],
    ]);
    expect(statuses.every((row: { status: string }) => row.status === 'PENDING')).toBe(true);
  });

  it('refuses an empty batch or more than 100 orders as a userError', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    const entry = { orderId: order.id, expectedVersion: order.version };
    for (const orders of [[], Array.from({ length: 101 }, () => entry)]) {
      const { acceptOrders } = await demo.data<Payload>(ACCEPT_ORDERS, { input: { orders } });
      expect(acceptOrders).toMatchObject({ accepted: [], needsCustomer: [], failed: [] });
      expect(acceptOrders.userErrors.map((e) => e.field)).toEqual([['input', 'orders']]);
    }
    const [{ status }] = await app.db.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [order.id]);
    expect(status).toBe('PENDING');
  });

  it('needs orders:write for API keys', async () => {
    const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "reader", scopes: [ORDERS_READ] }) { secret } }`,
    );
    const order = await seed.pendingOrder('Demo Brand');
    const result = await app
      .withApiKey(createApiKey.secret)
      .request(ACCEPT_ORDERS, { input: { orders: [{ orderId: order.id, expectedVersion: order.version }] } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
