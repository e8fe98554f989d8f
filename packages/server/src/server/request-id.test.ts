import { eventually, WebhookReceiver } from '@order-desk/testing';
import { createLogger } from '../common/logger';
import { QUEUES } from '../jobs/job-queue';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const ERRORS = `userErrors { code field message }`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type LogLine = Record<string, unknown> & { msg?: string; requestId?: string };

describe('request ids', () => {
  const lines: LogLine[] = [];
  let app: TestApp;
  let owner: GraphQLClient;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    app = await startTestApp({ logger });
    owner = await app.signIn('owner@demo-brand.test');
    receiver = new WebhookReceiver();
  });
  afterAll(async () => {
    await app.close();
    await receiver.stop();
  });

  /** A GraphQL request as the owner, with the headers given. */
  const post = (query: string, variables: object, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: owner.cookie!, ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const linesOf = (requestId: string) => lines.filter((line) => line.requestId === requestId);

  it('returns the id sent in, and logs it on the access line with the operation, caller, duration and cost', async () => {
    const response = await post(`query WhoAmI { me { id } }`, {}, { 'x-request-id': 'probe-0001' });
    expect(response.headers.get('x-request-id')).toBe('probe-0001');
    await eventually(async () => {
      expect(linesOf('probe-0001').find((line) => line.msg === 'request completed')).toMatchObject({
        operation: 'WhoAmI',
        caller: { seller: await new SeedFixtures(app.db.dataSource).sellerId('Demo Brand'), user: expect.any(String) },
        cost: expect.any(Number),
        responseTime: expect.any(Number),
        res: { statusCode: 200 },
      });
    });
  });

  it('makes a UUID when none (or an unusable one) is sent, on every response', async () => {
    const sent: Record<string, string>[] = [
      {},
      { 'x-request-id': 'has spaces and "quotes"' },
      { 'x-request-id': 'x'.repeat(200) },
    ];
    for (const headers of sent) {
      const response = await fetch(`${app.url}/no-such-page`, { headers });
      expect(response.status).toBe(404);
      expect(response.headers.get('x-request-id')).toMatch(UUID);
    }
  });

  it('puts it in a masked error and in the logged error', async () => {
    // A table that is gone makes an unexpected SQL error, which clients only see masked.
    await app.db.dataSource.query(`ALTER TABLE webhook_endpoints RENAME TO webhook_endpoints_gone`);
    try {
      const response = await post(`{ webhookEndpoints { id } }`, {}, { 'x-request-id': 'broken-0002' });
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]).toMatchObject({
        message: 'Something went wrong on our side. Please try again.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'broken-0002' },
      });
      expect(JSON.stringify(body)).not.toMatch(/webhook_endpoints|relation|SELECT/);
      expect(linesOf('broken-0002').find((line) => line.msg === 'unexpected error in GraphQL operation')).toBeDefined();
    } finally {
      await app.db.dataSource.query(`ALTER TABLE webhook_endpoints_gone RENAME TO webhook_endpoints`);
    }
  });

  it('masks an unexpected error below the top level too, and answers the rest of the operation', async () => {
    // An order's shipment fails (its table is gone) while the order itself reads: the operation still
    // answers 200 with what it could read and one masked error (an error without extensions from the
    // compiled execution once made this a 500 for the whole operation).
    await app.db.dataSource.query(`ALTER TABLE shipments RENAME TO shipments_gone`);
    try {
      const response = await post(
        `{ me { id } orders(first: 1) { edges { node { id shipment { id } } } } }`,
        {},
        { 'x-request-id': 'nested-0004' },
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        data: { me: { id: string } } | null;
        errors: { message: string; path: unknown[]; extensions: Record<string, unknown> }[];
      };
      expect(body.data?.me.id).toEqual(expect.any(String));
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({
        message: 'Something went wrong on our side. Please try again.',
        path: ['orders', 'edges', 0, 'node', 'shipment'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'nested-0004' },
      });
      expect(JSON.stringify(body)).not.toMatch(/shipments|relation|SELECT/);
      expect(linesOf('nested-0004').find((line) => line.msg === 'unexpected error in GraphQL operation')).toBeDefined();
    } finally {
      await app.db.dataSource.query(`ALTER TABLE shipments_gone RENAME TO shipments`);
    }
  });

  it('carries it into the jobs the request queues and onto their log lines', async () => {
    const url = await receiver.start();
    receiver.respond = () => 500;
    const { createWebhookEndpoint } = await owner.data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } ${ERRORS} } }`,
      { input: { url, events: ['ORDER_ACCEPTED'] } },
    );
    await post(
      `mutation Ping($input: WebhookEndpointInput!) { sendWebhookTestEvent(input: $input) { ${ERRORS} } }`,
      { input: { endpointId: createWebhookEndpoint.endpoint.id } },
      { 'x-request-id': 'queues-0003' },
    );
    const jobs = await app.db.dataSource.query(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'requestId' = $2`,
      [QUEUES.WEBHOOK_DELIVERY, 'queues-0003'],
    );
    expect(jobs).toHaveLength(1);
    // The worker's line about the failed try names the request that queued the delivery.
    await eventually(async () => {
      expect(linesOf('queues-0003').find((line) => line.msg === 'webhook try failed')).toBeDefined();
    });
  });
});
