import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

// `Buyer.customer`: the seller's customer linked to the buyer now, which an order placed before the
// link does not carry in its own `customer` (the dashboard's "No customer relationship yet" badge).

let app: TestApp;
let demo: GraphQLClient;
let seed: SeedFixtures;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

const ORDER = `query($id: ID!) { order(id: $id) { customer { id } buyer { id customer { id name } } } }`;
type Answer = {
  order: { customer: { id: string } | null; buyer: { id: string; customer: { id: string; name: string } | null } };
};

async function linkCustomer(seller: 'Demo Brand' | 'Other Brand', buyerId: string, name: string): Promise<string> {
  const [row] = await app.db.dataSource.query(
    `INSERT INTO customers (seller_id, buyer_id, name, email) VALUES ($1, $2, $3, 'ap@linked.test') RETURNING id`,
    [await seed.sellerId(seller), buyerId, name],
  );
  return row.id;
}

describe('Buyer.customer', () => {
  it("is the viewer's customer linked to the buyer now, never another seller's", async () => {
    const [pending] = await app.db.dataSource.query(
      `SELECT o.id FROM orders o JOIN sellers s ON s.id = o.seller_id
        WHERE s.name = 'Demo Brand' AND o.status = 'PENDING' AND o.customer_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.seller_id = o.seller_id AND c.buyer_id = o.buyer_id)
        ORDER BY o.number LIMIT 1`,
    );
    const before = await demo.data<Answer>(ORDER, { id: pending.id });
    expect(before.order.customer).toBeNull();
    expect(before.order.buyer.customer).toBeNull();

    // Another seller's relationship with the same buyer is not this seller's.
    await linkCustomer('Other Brand', before.order.buyer.id, 'Other Brand’s account');
    expect((await demo.data<Answer>(ORDER, { id: pending.id })).order.buyer.customer).toBeNull();

    // Linked since the order was placed (e.g. by accepting another of the buyer's orders).
    const customerId = await linkCustomer('Demo Brand', before.order.buyer.id, 'Linked Retail Co');
    const after = await demo.data<Answer>(ORDER, { id: pending.id });
    expect(after.order.customer).toBeNull();
    expect(after.order.buyer.customer).toEqual({ id: customerId, name: 'Linked Retail Co' });
  });
});
