import { pdfText } from '@order-desk/testing';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

let app: TestApp;
let demo: GraphQLClient;
let other: GraphQLClient;
let seed: SeedFixtures;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  other = await app.signIn('owner@other-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

type SlipOrder = {
  order: {
    number: number;
    packingSlipUrl: string;
    shippingAddress: { name: string; line1: string; city: string; postalCode: string | null };
    items: { sku: string; quantity: number; unitPrice: { amount: number }; lineTotal: { amount: number } }[];
    subtotal: { amount: number };
  };
};

describe('packing slip', () => {
  it('prints SKUs, quantities, the ship-to address and the buyer’s note in the seller’s locale, and no price', async () => {
    const { id } = await seed.pendingOrder('Demo Brand', { minItems: 2 });
    const db = app.db.dataSource;
    await db.query(`UPDATE orders SET buyer_note = 'Leave at the loading dock, Łódź entrance' WHERE id = $1`, [id]);
    await db.query(`UPDATE sellers SET locale = 'de-DE' WHERE id = (SELECT seller_id FROM orders WHERE id = $1)`, [id]);
    const { order } = await demo.data<SlipOrder>(
      `query($id: ID!) { order(id: $id) { number packingSlipUrl shippingAddress { name line1 city postalCode }
         items { sku quantity unitPrice { amount } lineTotal { amount } } subtotal { amount } } }`,
      { id },
    );
    expect(order.packingSlipUrl).toBe(`/orders/${id}/packing-slip.pdf`);

    const response = await fetch(`${app.url}${order.packingSlipUrl}`, { headers: { cookie: demo.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="packing-slip-${order.number}.pdf"`);
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    for (const expected of [
      'PACKING SLIP',
      `#${order.number}`,
      order.shippingAddress.name,
      order.shippingAddress.line1,
      order.shippingAddress.city,
      'Leave at the loading dock, Łódź entrance',
      'Page 1 of 1',
    ])
      expect(text).toContain(expected);
    for (const item of order.items) expect(text).toMatch(new RegExp(`${item.sku}[\\s\\S]*?\\b${item.quantity}\\b`));
    // No money: no currency sign, no price written the de-DE way (1.234,50) or any other.
    expect(text).not.toMatch(/[$€£]|\d+[.,]\d\d\b/);
    await db.query(`UPDATE sellers SET locale = 'en-US' WHERE id = (SELECT seller_id FROM orders WHERE id = $1)`, [id]);
  });

  it('is the signed-in seller’s only: another seller and an unknown ID get 404, nobody signed in 401', async () => {
    const { id } = await seed.pendingOrder('Demo Brand');
    const url = `${app.url}/orders/${id}/packing-slip.pdf`;
    expect((await fetch(url, { headers: { cookie: other.cookie! } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
    expect(
      (await fetch(`${app.url}/orders/not-an-id/packing-slip.pdf`, { headers: { cookie: demo.cookie! } })).status,
    ).toBe(404);
    expect((await fetch(url, { headers: { cookie: demo.cookie! } })).status).toBe(200);
  });
});
