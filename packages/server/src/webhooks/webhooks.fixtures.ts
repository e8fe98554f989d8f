import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { verifyWebhookSignature, WebhookReceiver, type ReceivedWebhook } from '@order-desk/testing';

// Shared by webhooks-delivery.test.ts and webhooks-endpoints.test.ts, so both create, read and verify
// endpoints and deliveries the same way; each file still starts its own app and receiver.

export const ERRORS = `userErrors { code field message }`;
export const ENDPOINT = `id url description events enabled`;
export const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT} } secret ${ERRORS} } }`;
export const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT} } ${ERRORS} } }`;
export const DELETE = `mutation($input: WebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedEndpointId ${ERRORS} } }`;
export const ROLL = `mutation($input: WebhookEndpointInput!) { rollWebhookEndpointSecret(input: $input) { endpoint { id } secret ${ERRORS} } }`;
export const PING = `mutation($input: WebhookEndpointInput!) { sendWebhookTestEvent(input: $input) { delivery { id eventId status } ${ERRORS} } }`;
export const RESEND = `mutation($input: ResendWebhookDeliveryInput!) { resendWebhookDelivery(input: $input) { delivery { id status } ${ERRORS} } }`;
const DELIVERY = `id eventId eventType status attempts lastStatusCode lastError deliveredAt
  attemptLog { attempt statusCode durationMs error responseExcerpt }`;
export const DELIVERIES = `query($endpointId: ID!, $first: Int, $after: String) {
  webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
    edges { cursor node { ${DELIVERY} } } pageInfo { hasNextPage endCursor } } }`;
const ALL_EVENTS = [
  'ORDER_PLACED',
  'ORDER_ACCEPTED',
  'ORDER_REJECTED',
  'ORDER_SPLIT',
  'ORDER_EDITED',
  'ORDER_CANCELLED',
  'INVOICE_ISSUED',
  'INVOICE_PAID',
  'INVOICE_PAYMENT_FAILED',
];

export type UserErrors = { code: string; field: string[] | null; message: string }[];
export type Endpoint = { id: string; url: string; description: string | null; events: string[]; enabled: boolean };
export type Delivery = {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  attemptLog: {
    attempt: number;
    statusCode: number | null;
    durationMs: number;
    error: string | null;
    responseExcerpt: string | null;
  }[];
};
type OrderJson = {
  id: string;
  number: number;
  status: string;
  paymentStatus: string;
  parentOrderId: string | null;
  total: { amount: number; currency: string };
  items: { id: string; quantity: number }[];
};
export type Event = {
  id: string;
  type: string;
  createdAt: string;
  data: {
    order?: OrderJson;
    splitOrder?: OrderJson;
    invoice?: { id: string; status: string; paymentStatus: string } | null;
    payment?: { status: string; method: string; attempt: number };
    change?: Record<string, unknown>;
    endpoint?: { id: string };
  };
};
type Payload = {
  userErrors: UserErrors;
  invoice?: { id: string };
  order?: { version: number };
  newOrder?: { id: string };
  delivery?: { id: string; eventId: string; status: string };
  secret?: string;
};

// Set in the setup's beforeAll; the test files read them through ES module live bindings.
export let app: TestApp;
export let owner: GraphQLClient;
export let receiver: WebhookReceiver;
export let receiverUrl: string;
export let seed: SeedFixtures;

/** Starts the app and the receiver before the calling file's tests, stops them after: call once, at top level. */
export function setUpWebhooksApp(): void {
  beforeAll(async () => {
    app = await startTestApp();
    owner = await app.signIn('owner@demo-brand.test');
    seed = new SeedFixtures(app.db.dataSource);
    receiver = new WebhookReceiver();
    receiverUrl = await receiver.start();
  });
  afterAll(async () => {
    await app.close();
    await receiver.stop();
  });
  afterEach(() => {
    receiver.respond = () => 200;
  });
}

export async function createEndpoint(
  input: { url?: string; events?: string[]; description?: string },
  client = owner,
): Promise<{ endpoint: Endpoint; secret: string }> {
  const { createWebhookEndpoint } = await client.data<{
    createWebhookEndpoint: { endpoint: Endpoint; secret: string; userErrors: UserErrors };
  }>(CREATE, { input: { url: receiverUrl, events: ALL_EVENTS, ...input } });
  expect(createWebhookEndpoint.userErrors).toEqual([]);
  return createWebhookEndpoint;
}

export const deliveries = async (endpointId: string) =>
  (
    await owner.data<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(DELIVERIES, { endpointId })
  ).webhookDeliveries.edges.map((edge) => edge.node);

export const parse = (request: ReceivedWebhook) => JSON.parse(request.body) as Event;

/** Verified the way docs/webhooks.md tells receivers to. */
export function expectSigned(request: ReceivedWebhook, secret: string) {
  const header = request.headers['order-desk-signature'] as string;
  expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  expect(verifyWebhookSignature(secret, request.body, header)).toBe(true);
  expect(verifyWebhookSignature(`${secret}x`, request.body, header)).toBe(false);
  expect(verifyWebhookSignature(secret, `${request.body} `, header)).toBe(false);
  expect(request.headers['order-desk-event-id']).toBe(parse(request).id);
  expect(request.headers['content-type']).toBe('application/json');
}

export async function run(query: string, input: Record<string, unknown>): Promise<Payload> {
  const result = await owner.data<Record<string, Payload>>(query, { input });
  const payload = Object.values(result)[0]!;
  expect(payload.userErrors).toEqual([]);
  return payload;
}
