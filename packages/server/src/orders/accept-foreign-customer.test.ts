import crypto from 'node:crypto';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const ACCEPT = `mutation($input: AcceptOrderInput!) {
  acceptOrder(input: $input) { order { id status } customer { id } userErrors { code field message } }
}`;

let app: TestApp;
let demo: GraphQLClient;
let seed: SeedFixtures;
beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

describe("acceptOrder with another seller's customer", () => {
  it('is refused exactly like an unknown customer id, and changes nothing', async () => {
    const order = await seed.pendingOrder('Demo Brand', { withCustomer: false });
    const [theirs] = await app.db.dataSource.query(
      `SELECT c.id FROM customers c JOIN sellers s ON s.id = c.seller_id WHERE s.name = 'Other Brand' LIMIT 1`,
    );
    const before = await seed.snapshot(order.id);
    const [{ count: theirCustomerLinks }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS count FROM customers WHERE id = $1 AND buyer_id IS NOT NULL`,
      [theirs.id],
    );
    const accept = (existingCustomerId: string) =>
      demo.request(ACCEPT, { input: { orderId: order.id, customer: { existingCustomerId } } });
    const foreign = await accept(theirs.id);
    const unknown = await accept(crypto.randomUUID());
    expect(foreign.data).toEqual(unknown.data);
    expect(foreign.status).toBe(unknown.status);
    expect(foreign.data).toEqual({
      acceptOrder: {
        order: null,
        customer: null,
        userErrors: [
          {
            code: 'CUSTOMER_NOT_FOUND',
            field: ['input', 'customer', 'existingCustomerId'],
            message: 'This customer does not exist.',
          },
        ],
      },
    });
    expect(await seed.snapshot(order.id)).toEqual(before);
    expect(
      await app.db.dataSource.query(
        `SELECT count(*)::int AS count FROM customers WHERE id = $1 AND buyer_id IS NOT NULL`,
        [theirs.id],
      ),
    ).toEqual([{ count: theirCustomerLinks }]);
  });
});
