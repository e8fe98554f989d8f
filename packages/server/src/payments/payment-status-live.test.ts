import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from '@order-desk/testing';
import { GraphQLClient, startTestApp, type TestApp } from '../test/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MAIN = path.resolve(__dirname, '../../dist/main.js');
const today = new Date().toISOString().slice(0, 10);

let a: TestApp;
let b: { url: string; process: ChildProcess; output: string[] };
const clients: Client[] = [];

/**
 * Instance B: the built server as its own process, on the same database and Stripe account as A and
 * the same Redis. It runs the workers; A runs none, so A can only learn of a payment through Redis.
 */
async function startInstanceB(): Promise<typeof b> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first`);
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...env,
      DATABASE_URL: a.db.url,
      REDIS_URL,
      PORT: String(port),
      HOST: '127.0.0.1',
      STRIPE_SECRET_KEY: 'sk_test_instance_b',
      STRIPE_WEBHOOK_SECRET: a.stripe.webhookSecret,
      STRIPE_API_URL: a.stripe.standInUrl!,
      MAIL_CATCHER_PORT: '0',
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'order-desk-b-')),
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`instance B exited:\n${output.join('')}`);
    expect((await fetch(`${url}/healthz`)).ok).toBe(true);
  }, 30_000);
  return { url, process: child, output };
}

beforeAll(async () => {
  a = await startTestApp({ config: { redisUrl: REDIS_URL, runWorker: false } });
  b = await startInstanceB();
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  b?.process.kill('SIGTERM');
  await a.close();
});

function subscribe(url: string, http: GraphQLClient, query: string, variables: Record<string, unknown>) {
  const client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
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

async function signInOnB(): Promise<GraphQLClient> {
  const client = new GraphQLClient(b.url);
  const result = await client.request(
    `mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`,
    {
      input: { email: 'owner@demo-brand.test', password: 'demo-password' },
    },
  );
  client.cookie = result.headers.get('set-cookie')!.split(';')[0]!;
  return client;
}

describe('payment status, live across API instances (Redis pub/sub)', () => {
  it('reaches a subscriber on instance A when the invoice is confirmed and paid through instance B', async () => {
    const onA = await a.signIn('owner@demo-brand.test');
    const onB = await signInOnB();
    const [customer] = await a.db.dataSource.query(
      `SELECT b.id AS buyer_id, s.id AS seller_id FROM buyers b JOIN customers c ON c.buyer_id = b.id
         JOIN sellers s ON s.id = c.seller_id AND s.name = 'Demo Brand'
        WHERE b.default_payment_method = 'CARD' AND b.company_name = 'The Curated Nest'`,
    );
    const order = await a.app.services.orderIntake.placeOrder({
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
      a.url,
      onA,
      `subscription($id: ID) { invoicePaymentStatusChanged(invoiceId: $id) { id paymentStatus } }`,
      { id: invoiceId },
    );
    const orderUpdates = subscribe(
      a.url,
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
