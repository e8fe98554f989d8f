import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ids = async (seller: string, buyer: string) => {
  const [s] = await app.db.dataSource.query(`SELECT id FROM sellers WHERE name = $1`, [seller]);
  const [b] = await app.db.dataSource.query(`SELECT id FROM buyers WHERE company_name = $1`, [buyer]);
  return { sellerId: s.id as string, buyerId: b.id as string };
};

describe('buyer-side order intake', () => {
  it('places a pending order with the next number, price snapshots and the buyer on the timeline', async () => {
    const { sellerId } = await ids('Demo Brand', 'Little Otter Home');
    const [stranger] = await app.db.dataSource.query(
      `SELECT b.id FROM buyers b WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.buyer_id = b.id AND c.seller_id = $1) LIMIT 1`,
      [sellerId],
    );
    const order = await app.app.services.orderIntake.placeOrder({
      sellerId,
      buyerId: stranger.id,
      lines: [
        { sku: 'CSC-08', quantity: 12 },
        { sku: 'WFC-12', quantity: 6 },
      ],
    });
    const demo = await app.signIn('owner@demo-brand.test');
    const { order: view } = await demo.data<{
      order: {
        number: number;
        status: string;
        customer: null;
        total: { amount: number };
        items: { sku: string; lineTotal: { amount: number } }[];
        events: { type: string; actor: { type: string } }[];
      };
    }>(
      `query($id: ID!) { order(id: $id) { number status customer { id } total { amount } items { sku lineTotal { amount } } events { type actor { type } } } }`,
      {
        id: order.id,
      },
    );
    expect(view).toMatchObject({ number: order.number, status: 'PENDING', customer: null });
    expect(view.items.map((i) => i.sku)).toEqual(['CSC-08', 'WFC-12']);
    expect(view.total.amount).toBe(12 * 1400 + 6 * 1900);
    expect(view.events).toEqual([{ type: 'ORDER_PLACED', actor: { type: 'BUYER' } }]);
  });

  it('refuses a buyer who is not a customer of a gated seller', async () => {
    const { sellerId } = await ids('Other Brand', 'Little Otter Home');
    const [stranger] = await app.db.dataSource.query(
      `SELECT b.id FROM buyers b WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.buyer_id = b.id AND c.seller_id = $1) LIMIT 1`,
      [sellerId],
    );
    await expect(
      app.app.services.orderIntake.placeOrder({
        sellerId,
        buyerId: stranger.id,
        lines: [{ sku: 'RNB-A5', quantity: 1 }],
      }),
    ).rejects.toThrow('Other Brand only takes orders from approved customers');
  });
});

describe('seller settings', () => {
  const UPDATE = `mutation($input: UpdateSellerSettingsInput!) { updateSellerSettings(input: $input) { seller { buyerAccessRequiresApproval } userErrors { code } } }`;

  it('lets the owner switch "Buyer Access Requires Approval", and not the staff', async () => {
    const owner = await app.signIn('owner@demo-brand.test');
    const on = await owner.data<{ updateSellerSettings: { seller: { buyerAccessRequiresApproval: boolean } } }>(
      UPDATE,
      {
        input: { buyerAccessRequiresApproval: true },
      },
    );
    expect(on.updateSellerSettings.seller.buyerAccessRequiresApproval).toBe(true);
    const staff = await app.signIn('staff@demo-brand.test');
    const refused = await staff.request(UPDATE, { input: { buyerAccessRequiresApproval: false } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const off = await owner.data<{ updateSellerSettings: { seller: { buyerAccessRequiresApproval: boolean } } }>(
      UPDATE,
      {
        input: { buyerAccessRequiresApproval: false },
      },
    );
    expect(off.updateSellerSettings.seller.buyerAccessRequiresApproval).toBe(false);
  });
});
