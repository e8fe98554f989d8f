import { randomUUID } from 'node:crypto';
import { eventually } from '@order-desk/testing';
import { cardInvoiceDraft } from '../test/card-invoice-draft';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { NODE_TABLES, type NodeTypeName } from './node-types';

const FIELDS = /* GraphQL */ `
  __typename
  id
  ... on Order {
    number
    updatedAt
  }
  ... on Invoice {
    invoiceStatus: status
    updatedAt
  }
  ... on CreditNote {
    displayNumber
    updatedAt
  }
  ... on Refund {
    refundStatus: status
    updatedAt
  }
  ... on Customer {
    name
    updatedAt
  }
  ... on Shipment {
    carrier
    updatedAt
  }
`;
const NODE = `query($id: ID!) { node(id: $id) { ${FIELDS} } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { ${FIELDS} } }`;
type Found = { __typename: string; id: string; updatedAt: string };

let app: TestApp;
let demo: GraphQLClient;
let other: GraphQLClient;
/** One ID of each type per seller, straight from the database (Other Brand has no credit note or refund). */
let ids: { demo: Record<NodeTypeName, string>; other: Partial<Record<NodeTypeName, string>> };

/** A paid card order of Demo Brand, cancelled: it gets a credit note and a refund, as the seed has none. */
async function cancelPaidOrder(): Promise<void> {
  const { orderId, invoiceId } = await cardInvoiceDraft(app, demo);
  await demo.data(`mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { userErrors { code } } }`, {
    input: { invoiceId },
  });
  await eventually(async () => {
    const { order } = await demo.data<{ order: { paymentStatus: string } }>(
      `query($id: ID!) { order(id: $id) { paymentStatus } }`,
      { id: orderId },
    );
    expect(order.paymentStatus).toBe('PAID');
  });
  const { cancelOrder } = await demo.data<{ cancelOrder: { userErrors: unknown[] } }>(
    `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { userErrors { code } } }`,
    { input: { orderId, reason: 'BUYER_REQUEST', restock: false, acknowledgeShipped: true } },
  );
  expect(cancelOrder.userErrors).toEqual([]);
}

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  other = await app.signIn('owner@other-brand.test');
  await cancelPaidOrder();
  const idsOf = async (seller: string) => {
    const found = await Promise.all(
      Object.entries(NODE_TABLES).map(async ([type, table]) => {
        const [row] = await app.db.dataSource.query(
          `SELECT t.id FROM ${table} t JOIN sellers s ON s.id = t.seller_id WHERE s.name = $1 ORDER BY t.id LIMIT 1`,
          [seller],
        );
        return row ? [[type, row.id as string]] : [];
      }),
    );
    return Object.fromEntries(found.flat());
  };
  ids = { demo: (await idsOf('Demo Brand')) as Record<NodeTypeName, string>, other: await idsOf('Other Brand') };
  expect(Object.keys(ids.demo).sort()).toEqual(Object.keys(NODE_TABLES).sort());
});
afterAll(() => app.close());

async function keyWith(scopes: string[]): Promise<GraphQLClient> {
  const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { name: `node ${scopes.join(' ')}`, scopes } },
  );
  return app.withApiKey(createApiKey.secret);
}

describe('node(id:) and nodes(ids:)', () => {
  it("finds each type of the seller's objects by the ID its own query takes", async () => {
    for (const [type, id] of Object.entries(ids.demo)) {
      const { node } = await demo.data<{ node: Found }>(NODE, { id });
      expect(node).toMatchObject({ __typename: type, id });
      expect(Date.parse(node.updatedAt)).not.toBeNaN();
    }
    const order = await demo.data<{ order: { number: number } }>(`query($id: ID!) { order(id: $id) { number } }`, {
      id: ids.demo.Order,
    });
    const { node } = await demo.data<{ node: { number: number } }>(NODE, { id: ids.demo.Order });
    expect(node.number).toBe(order.order.number);
  });

  it("answers null for another seller's IDs, unknown and malformed ones, like the types' own queries", async () => {
    for (const id of Object.values(ids.other)) {
      expect(await demo.data(NODE, { id })).toEqual({ node: null });
    }
    const asked = [ids.demo.Invoice, ids.other.Order, randomUUID(), 'not-an-id', ids.demo.Order];
    const { nodes } = await demo.data<{ nodes: (Found | null)[] }>(NODES, { ids: asked });
    expect(nodes.map((n) => n && n.__typename)).toEqual(['Invoice', null, null, null, 'Order']);
    expect(nodes[0]!.id).toBe(asked[0]);

    const { node } = await other.data<{ node: Found }>(NODE, { id: ids.other.Order });
    expect(node).toMatchObject({ __typename: 'Order', id: ids.other.Order });
    for (const id of Object.values(ids.demo)) {
      expect(await other.data(NODE, { id })).toEqual({ node: null });
    }
  });

  it("respects an API key's scopes per type, and another seller's ID stays null whatever the scopes", async () => {
    const orders = await keyWith(['ORDERS_READ']);
    const invoices = await keyWith(['INVOICES_READ']);

    for (const type of ['Order', 'Customer', 'Shipment'] as const) {
      expect((await orders.data<{ node: Found }>(NODE, { id: ids.demo[type] })).node.__typename).toBe(type);
      expect((await invoices.request(NODE, { id: ids.demo[type] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const type of ['Invoice', 'CreditNote', 'Refund'] as const) {
      expect((await invoices.data<{ node: Found }>(NODE, { id: ids.demo[type] })).node.__typename).toBe(type);
      expect((await orders.request(NODE, { id: ids.demo[type] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const id of Object.values(ids.other)) {
      expect(await orders.data(NODE, { id })).toEqual({ node: null });
      expect(await invoices.data(NODE, { id })).toEqual({ node: null });
    }
  });

  it('refuses the anonymous and a list of more than 100 IDs with typed errors', async () => {
    const anonymous = await app.anonymous().request(NODE, { id: ids.demo.Order });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const many = await demo.request(NODES, { ids: Array.from({ length: 101 }, () => randomUUID()) });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['ids'] });
  });
});
