import { eventually } from '@order-desk/testing';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { runShellExample, shellExamples } from '../test/docs-examples';

type Page = {
  data: {
    orders: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; version: number } }[];
    };
  };
};

let app: TestApp;
let demo: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

describe('docs/partner-api.md', () => {
  it('syncs with the curl examples of its Incremental sync section: every order, then each change once', async () => {
    const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "docs sync", scopes: [ORDERS_READ] }) { secret } }`,
    );
    const [first, next] = shellExamples('partner-api.md', 'Incremental sync');
    const env = { ORDER_DESK_KEY: createApiKey.secret };
    const seen = new Map<string, number>();
    let cursor = '';
    const store = (page: Page) => {
      for (const { node } of page.data.orders.edges) seen.set(node.id, node.version);
      cursor = page.data.orders.pageInfo.endCursor ?? cursor;
      return page;
    };
    let page = store(JSON.parse(await runShellExample(first!, app.url, env)) as Page);
    while (page.data.orders.pageInfo.hasNextPage) {
      page = store(JSON.parse(await runShellExample(next!, app.url, { ...env, CURSOR: cursor })) as Page);
    }
    const [{ count }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS count FROM orders o JOIN sellers s ON s.id = o.seller_id WHERE s.name = 'Demo Brand'`,
    );
    expect(seen.size).toBe(count);

    const [{ order_id: orderId, item_id: orderItemId }] = await app.db.dataSource.query(
      `SELECT i.order_id, i.id AS item_id FROM order_items i JOIN orders o ON o.id = i.order_id
         JOIN sellers s ON s.id = o.seller_id WHERE s.name = 'Demo Brand' AND o.status = 'PENDING' LIMIT 1`,
    );
    const { updateOrderItemQuantity } = await demo.data<{ updateOrderItemQuantity: { userErrors: unknown[] } }>(
      `mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { userErrors { code } } }`,
      { input: { orderItemId, quantity: 3 } },
    );
    expect(updateOrderItemQuantity.userErrors).toEqual([]);
    await eventually(async () => {
      const changed = JSON.parse(await runShellExample(next!, app.url, { ...env, CURSOR: cursor })) as Page;
      expect(changed.data.orders.edges.map((e) => e.node)).toMatchObject([
        { id: orderId, version: seen.get(orderId)! + 1 },
      ]);
      store(changed);
    });
    const after = JSON.parse(await runShellExample(next!, app.url, { ...env, CURSOR: cursor })) as Page;
    expect(after.data.orders.edges).toEqual([]);
  });
});
