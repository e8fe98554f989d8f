import { randomUUID } from 'node:crypto';
import { eventually, WebhookReceiver } from '@order-desk/testing';
import { QUEUES } from '../jobs/job-queue';
import { subscribe } from '../test/subscriber';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { startOpsServer } from './ops-server';

const ERRORS = `userErrors { code field message }`;
const SERIES = [
  'order_desk_http_request_duration_seconds',
  'order_desk_graphql_operation_duration_seconds',
  'order_desk_graphql_errors_total',
  'order_desk_graphql_query_cost',
  'order_desk_db_pool_connections',
  'order_desk_job_queue_jobs',
  'order_desk_job_duration_seconds',
  'order_desk_webhook_delivery_attempts_total',
  'order_desk_card_charges_total',
  'order_desk_graphql_subscriptions',
];

type Sample = { name: string; labels: Record<string, string>; value: number };

/** The samples of a Prometheus text exposition. */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labelText = '', value] = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!]));
      return { name: name!, labels, value: Number(value) };
    });
}

/** Scrapes /metrics; `value(name, labels)` sums the samples of that series whose labels include these. */
async function scrape(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  const samples = parse(text);
  return {
    text,
    value: (name: string, labels: Record<string, string> = {}) =>
      samples
        .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
        .reduce((sum, s) => sum + s.value, 0),
  };
}

describe('/metrics', () => {
  let app: TestApp;
  let owner: GraphQLClient;
  let seed: SeedFixtures;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    app = await startTestApp();
    owner = await app.signIn('owner@demo-brand.test');
    seed = new SeedFixtures(app.db.dataSource);
    receiver = new WebhookReceiver();
  });
  afterAll(async () => {
    await app.close();
    await receiver.stop();
  });

  it('exposes every listed series in Prometheus format', async () => {
    const { text } = await scrape(app.url);
    for (const series of SERIES) expect(text).toContain(`# TYPE ${series} `);
    expect(text).toMatch(/^order_desk_db_pool_connections\{state="idle"\} \d+$/m);
  });

  it('moves with requests: durations by route and operation, cost, errors and userErrors by code', async () => {
    const before = await scrape(app.url);
    await owner.data(`query MetricsProbe { me { id } }`);
    await owner.request(`query MetricsProbe { me { nope } }`);
    const order = await seed.pendingOrder('Demo Brand');
    const reject = `mutation Reject($input: RejectOrderInput!) { rejectOrder(input: $input) { ${ERRORS} } }`;
    await owner.data(reject, { input: { orderId: order.id, reason: 'OUT_OF_STOCK' } });
    const again = await owner.data<{ rejectOrder: { userErrors: { code: string }[] } }>(reject, {
      input: { orderId: order.id, reason: 'OUT_OF_STOCK' },
    });
    const refusal = again.rejectOrder.userErrors[0]!.code;

    const after = await scrape(app.url);
    const moved = (name: string, labels: Record<string, string>) =>
      after.value(name, labels) - before.value(name, labels);
    expect(
      moved('order_desk_graphql_operation_duration_seconds_count', { operation: 'MetricsProbe', type: 'query' }),
    ).toBe(1);
    expect(
      moved('order_desk_graphql_operation_duration_seconds_count', { operation: 'Reject', type: 'mutation' }),
    ).toBe(2);
    expect(moved('order_desk_graphql_query_cost_count', { operation: 'MetricsProbe' })).toBe(1);
    expect(moved('order_desk_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(moved('order_desk_graphql_errors_total', { code: refusal })).toBe(1);
    expect(moved('order_desk_http_request_duration_seconds_count', { method: 'POST', route: '/graphql' })).toBe(4);
    // The rejection's email is a job: it runs, and is counted, in this process's worker.
    await eventually(async () => {
      const now = await scrape(app.url);
      const emails = { queue: QUEUES.EMAIL, outcome: 'completed' };
      expect(now.value('order_desk_job_duration_seconds_count', emails)).toBe(
        before.value('order_desk_job_duration_seconds_count', emails) + 1,
      );
    });
  });

  it('moves with jobs: queue depth, webhook deliveries and card charges by outcome', async () => {
    const before = await scrape(app.url);
    // A job that waits an hour stays in the queue, as a backlog would.
    await app.app.boss.send(QUEUES.EMAIL, { emailId: randomUUID() }, { startAfter: 3600 });
    const waiting = { queue: QUEUES.EMAIL, state: 'created' };
    expect((await scrape(app.url)).value('order_desk_job_queue_jobs', waiting)).toBe(
      before.value('order_desk_job_queue_jobs', waiting) + 1,
    );

    const url = await receiver.start();
    const { createWebhookEndpoint } = await owner.data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } ${ERRORS} } }`,
      { input: { url, events: ['ORDER_ACCEPTED'] } },
    );
    await owner.data(`mutation($input: WebhookEndpointInput!) { sendWebhookTestEvent(input: $input) { ${ERRORS} } }`, {
      input: { endpointId: createWebhookEndpoint.endpoint.id },
    });

    const order = await seed.pendingOrder('Demo Brand', { paymentMethod: 'CARD' });
    const run = (mutation: string, input: object) =>
      owner.data(
        `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) {
        ${mutation}(input: $input) { ${ERRORS} } }`,
        { input },
      );
    await run('acceptOrder', { orderId: order.id });
    await run('saveShipment', {
      orderId: order.id,
      carrier: 'UPS',
      trackingNumbers: ['1Z1'],
      shippedOn: new Date().toISOString().slice(0, 10),
      shippingCost: 1500,
    });
    const { createInvoiceDraft } = await owner.data<{ createInvoiceDraft: { invoice: { id: string } } }>(
      `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } ${ERRORS} } }`,
      { input: { orderId: order.id } },
    );
    await run('confirmInvoice', { invoiceId: createInvoiceDraft.invoice.id });

    await eventually(async () => {
      const now = await scrape(app.url);
      expect(now.value('order_desk_webhook_delivery_attempts_total', { outcome: 'succeeded' })).toBeGreaterThan(
        before.value('order_desk_webhook_delivery_attempts_total', { outcome: 'succeeded' }),
      );
      expect(now.value('order_desk_card_charges_total')).toBe(before.value('order_desk_card_charges_total') + 1);
    });
  });

  it('counts open subscriptions', async () => {
    const before = (await scrape(app.url)).value('order_desk_graphql_subscriptions');
    const live = subscribe(app.url, owner.cookie, `subscription { orderPlaced { id } }`);
    await eventually(async () => {
      expect((await scrape(app.url)).value('order_desk_graphql_subscriptions')).toBe(before + 1);
    });
    await live.client.dispose();
    await eventually(async () => {
      expect((await scrape(app.url)).value('order_desk_graphql_subscriptions')).toBe(before);
    });
  });
});

describe('/metrics access', () => {
  const TOKEN = 'metrics-token-for-the-test';
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      seed: false,
      config: { nodeEnv: 'production', metrics: { port: undefined, token: TOKEN } },
    });
  });
  afterAll(() => app.close());

  it('asks for the token when one is set', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    await scrape(app.url, { authorization: `Bearer ${TOKEN}` });
  });

  it('serves /metrics, /healthz and /readyz on a port of their own (METRICS_PORT)', async () => {
    const ops = await startOpsServer({ port: 0, host: '127.0.0.1', readiness: app.app.readiness, token: undefined });
    try {
      const url = `http://127.0.0.1:${ops.port}`;
      const { text } = await scrape(url);
      expect(text).toContain('# TYPE order_desk_http_request_duration_seconds ');
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/graphql`)).status).toBe(404);
    } finally {
      await ops.close();
    }
  });

  it('keeps /metrics off the public port in production without a token, and when METRICS_PORT is set', async () => {
    for (const metrics of [
      { port: undefined, token: undefined },
      { port: 9464, token: TOKEN },
    ]) {
      const other = await startTestApp({ seed: false, config: { nodeEnv: 'production', metrics } });
      try {
        expect((await fetch(`${other.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(
          404,
        );
      } finally {
        await other.close();
      }
    }
  });
});
