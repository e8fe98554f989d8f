import { DECLINING_CARDS } from '../db/seed/demo-data';
import type { GraphQLClient, TestApp } from './test-app';

/** A new card order of Demo Brand, accepted and shipped by the owner, with an invoice draft to confirm. */
export async function cardInvoiceDraft(
  app: TestApp,
  owner: GraphQLClient,
): Promise<{ orderId: string; invoiceId: string }> {
  const [buyer] = (await app.db.dataSource.query(
    `SELECT c.buyer_id, c.seller_id FROM customers c JOIN sellers s ON s.id = c.seller_id AND s.name = 'Demo Brand'
       JOIN buyers b ON b.id = c.buyer_id
      WHERE b.default_payment_method = 'CARD' AND b.company_name <> ALL($1::text[]) ORDER BY b.company_name LIMIT 1`,
    [Object.keys(DECLINING_CARDS)],
  )) as { buyer_id: string; seller_id: string }[];
  const { id: orderId } = await app.app.services.orderIntake.placeOrder({
    sellerId: buyer!.seller_id,
    buyerId: buyer!.buyer_id,
    lines: [{ sku: 'CSC-08', quantity: 6 }],
  });
  const steps: [string, string, Record<string, unknown>][] = [
    ['acceptOrder', 'AcceptOrderInput', { orderId }],
    [
      'saveShipment',
      'SaveShipmentInput',
      {
        orderId,
        carrier: 'UPS',
        trackingNumbers: ['1Z9'],
        shippedOn: new Date().toISOString().slice(0, 10),
        shippingCost: 0,
      },
    ],
  ];
  for (const [name, type, input] of steps) {
    const done = await owner.data<Record<string, { userErrors: unknown[] }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { userErrors { code message } } }`,
      { input },
    );
    expect(done[name]!.userErrors).toEqual([]);
  }
  const { createInvoiceDraft } = await owner.data<{ createInvoiceDraft: { invoice: { id: string } } }>(
    `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } } }`,
    { input: { orderId } },
  );
  return { orderId, invoiceId: createInvoiceDraft.invoice.id };
}
