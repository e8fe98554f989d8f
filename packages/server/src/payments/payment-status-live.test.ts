import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from '../test/eventually';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const today = new Date().toISOString().slice(0, 10);

let a: TestApp;
let b: TestApp;
const clients: Client[] = [];

beforeAll(async () => {
  // Two API instances over one database, publishing through Redis; only B runs the workers.
  a = await startTestApp({ config: { redisUrl: REDIS_URL, runWorker: false } });
  b = await startTestApp({ sharing: a, config: { redisUrl: REDIS_URL } });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await b.close();
  await a.close();
});

function subscribe(app: TestApp, http: GraphQLClient, query: string, variables: Record<string, unknown>) {
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie: http.cookie! } });
      }
    },
    retryAttempts: 0,
  });
  clients.push(client);
  const received: Record<string, { paymentStatus: string }>[] = [];
  client.subscribe(
    { query, variables },
    {
      next: (v) => received.push(v.data as (typeof received)[number]),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return received;
}

describe('payment status, live across API instances (Redis pub/sub)', () => {
  it('reaches a subscriber on instance A when the invoice is confirmed and paid through instance B', async () => {
    const onA = await a.signIn('owner@demo-brand.test');
    const onB = await b.signIn('owner@demo-brand.test');
    const [customer] = await a.db.dataSource.query(
      `SELECT b.id AS buyer_id, s.id AS seller_id FROM buyers b JOIN customers c ON c.buyer_id = b.id
         JOIN sellers s ON s.id = c.seller_id AND s.name = 'Demo Brand'
        WHERE b.default_payment_method = 'CARD' AND b.company_name = 'The Curated Nest'`,
    );
    const order = await b.app.services.orderIntake.placeOrder({
      sellerId: customer.seller_id,
      buyerId: customer.buyer_id,
      lines: [{ sku: 'CSC-12', quantity: 12 }],
    });
    const errors = `userErrors { code }`;
    await onB.data(`mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { ${errors} } }`, {
      input: { orderId: order.id },
    });
    await onB.data(`mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { ${errors} } }`, {
      input: { orderId: order.id, carrier: 'FedEx', trackingNumbers: ['7712'], shippedOn: today, shippingCost: 900 },
    });
    const { createInvoiceDraft } = await onB.data<{ createInvoiceDraft: { invoice: { id: string } } }>(
      `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } ${errors} } }`,
      { input: { orderId: order.id } },
    );
    const invoiceId = createInvoiceDraft.invoice.id;

    const invoiceUpdates = subscribe(
      a,
      onA,
      `subscription($id: ID) { invoicePaymentStatusChanged(invoiceId: $id) { id paymentStatus } }`,
      { id: invoiceId },
    );
    const orderUpdates = subscribe(
      a,
      onA,
      `subscription($id: ID) { orderChanged(orderId: $id) { id paymentStatus } }`,
      { id: order.id },
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // subscribed on A, and A subscribed to Redis

    await onB.data(`mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { ${errors} } }`, {
      input: { invoiceId },
    });
    await eventually(async () =>
      expect(invoiceUpdates.map((u) => u.invoicePaymentStatusChanged!.paymentStatus)).toEqual(['PROCESSING', 'PAID']),
    );
    await eventually(async () => expect(orderUpdates.at(-1)?.orderChanged?.paymentStatus).toBe('PAID'));
  });
});
