import crypto from 'node:crypto';
import { StatementNames } from '../db/prepared-statements';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

/**
 * Statements per write, as the bench sends them (bench/src/scenarios.ts: an API key, the same
 * selections): each statement is a round trip, so every write's count is pinned here. The figures are
 * the whole request: the API key lookup, BEGIN/COMMIT, the change and the answer's reads (before
 * issue 15's write side: quantity 13, split 18, accept 15, reject 12, save shipment 13, confirm 20 without
 * the Idempotency-Key it now needs).
 */
const CHANGED = `id number buyerName status paymentStatus placedAt itemCount total { amount currency } version
  subtotal { amount currency }`;
const ERRORS = `userErrors { code field message }`;
const QUANTITY = `mutation($input: UpdateOrderItemQuantityInput!) {
  updateOrderItemQuantity(input: $input) { order { ${CHANGED} } orderItem { id quantity lineTotal { amount currency } } ${ERRORS} }
}`;
const SPLIT = `mutation($input: SplitOrderInput!) { splitOrder(input: $input) { order { ${CHANGED} } newOrder { ${CHANGED} } ${ERRORS} } }`;
const ACCEPT = `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { ${CHANGED} } customer { id name } ${ERRORS} } }`;
const REJECT = `mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { order { ${CHANGED} } ${ERRORS} } }`;
const SAVE_SHIPMENT = `mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { order { ${CHANGED} } ${ERRORS} } }`;
const CREATE_DRAFT = `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } ${ERRORS} } }`;
const CONFIRM = `mutation($input: ConfirmInvoiceInput!) {
  confirmInvoice(input: $input) { invoice { id number status paymentStatus total { amount currency } } order { ${CHANGED} } ${ERRORS} }
}`;

let app: TestApp;
let partner: GraphQLClient;
let seed: SeedFixtures;

beforeAll(async () => {
  // No worker: its jobs would send statements of their own while a write is being counted.
  app = await startTestApp({ config: { runWorker: false } });
  const demo = await app.signIn('owner@demo-brand.test');
  const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
    `mutation { createApiKey(input: { name: "bench", scopes: [ORDERS_READ, ORDERS_WRITE, INVOICES_READ, INVOICES_WRITE] }) { secret } }`,
  );
  partner = app.withApiKey(createApiKey.secret);
  // The key's first use records when it was used (one statement more than every later request).
  await partner.data(`{ __typename }`);
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

/** Runs the mutation and answers how many statements the whole request sent. */
async function statementsOf(
  query: string,
  input: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<number> {
  app.db.statements.length = 0;
  const data = await partner.data<Record<string, { userErrors: unknown[] }>>(query, { input }, headers);
  expect(Object.values(data)[0]!.userErrors).toEqual([]);
  return app.db.statements.length;
}

/** An accepted terms order with its shipment saved and an invoice draft: what Confirm needs. */
async function draftInvoice(): Promise<string> {
  const order = await seed.pendingOrder('Demo Brand', { paymentMethod: 'TERMS' });
  await statementsOf(ACCEPT, { orderId: order.id });
  await statementsOf(SAVE_SHIPMENT, shipmentOf(order.id));
  const { createInvoiceDraft } = await partner.data<{ createInvoiceDraft: { invoice: { id: string } } }>(CREATE_DRAFT, {
    input: { orderId: order.id },
  });
  return createInvoiceDraft.invoice.id;
}

const shipmentOf = (orderId: string) => ({
  orderId,
  carrier: 'UPS',
  trackingNumbers: ['1Z999'],
  shippedOn: new Date().toISOString().slice(0, 10),
  shippingCost: 500,
});

describe('statements per write (the bench scenarios)', () => {
  it('update quantity', async () => {
    const order = await seed.pendingOrder('Demo Brand', { minItems: 2 });
    expect(await statementsOf(QUANTITY, { orderItemId: order.itemIds[0], quantity: 7 })).toBe(8);
  });

  it('split', async () => {
    const order = await seed.pendingOrder('Demo Brand', { minItems: 2 });
    // The baseline's count: the new order comes back from the (prepared) statement that moves the items.
    expect(await statementsOf(SPLIT, { orderId: order.id, itemIds: [order.itemIds[0]] })).toBe(11);
  });

  it('accept', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    expect(await statementsOf(ACCEPT, { orderId: order.id })).toBe(10);
  });

  it('reject', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    expect(await statementsOf(REJECT, { orderId: order.id, reason: 'OUT_OF_STOCK' })).toBe(9);
  });

  it('save shipment', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    await statementsOf(ACCEPT, { orderId: order.id });
    expect(await statementsOf(SAVE_SHIPMENT, shipmentOf(order.id))).toBe(8);
  });

  it('confirm invoice (terms)', async () => {
    const invoiceId = await draftInvoice();
    // Confirming moves money: an API key sends an Idempotency-Key (its claim and its stored answer).
    expect(await statementsOf(CONFIRM, { invoiceId }, { 'idempotency-key': crypto.randomUUID() })).toBe(19);
  });
});

describe("a change's RETURNING reads what its answer selects", () => {
  /** The RETURNING list of the statement that changed the orders row (`UPDATE orders o … RETURNING …`). */
  const returningOfOrderUpdate = () => {
    const update = app.db.statements.find((sql) => /^\s*(WITH[\s\S]*)?UPDATE orders o\b/.test(sql));
    expect(update).toBeDefined();
    return update!.slice(update!.lastIndexOf('RETURNING'));
  };

  it('the bench selection: the selected columns, no related facts', async () => {
    const order = await seed.pendingOrder('Demo Brand', { minItems: 2 });
    await statementsOf(QUANTITY, { orderItemId: order.itemIds[0], quantity: 7 });
    const returning = returningOfOrderUpdate();
    expect(returning).toContain('o.subtotal_amount');
    expect(returning).not.toMatch(/related_facts|billing_line1|shipping_line1|deadline_at/);
  });

  it('the actions and the amount to invoice: the related facts, answered as a read after the commit answers them', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    const selection = `id version status availableActions amountToInvoice { amount currency } deadline { kind dueAt }`;
    app.db.statements.length = 0;
    const { acceptOrder } = await partner.data<{ acceptOrder: { order: unknown } }>(
      `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { ${selection} } ${ERRORS} } }`,
      { input: { orderId: order.id } },
    );
    expect(returningOfOrderUpdate()).toMatch(/related_facts/);
    const read = await partner.data<{ order: unknown }>(`query($id: ID!) { order(id: $id) { ${selection} } }`, {
      id: order.id,
    });
    expect(acceptOrder.order).toEqual(read.order);
  });

  it('split: the new order from the statement that moves its items, prepared, as a read after the commit answers it', async () => {
    const order = await seed.pendingOrder('Demo Brand', { minItems: 2 });
    const selection = `id number version status itemCount total { amount currency } availableActions
      amountToInvoice { amount currency } deadline { kind dueAt status } parentOrder { id }`;
    app.db.statements.length = 0;
    const { splitOrder } = await partner.data<{ splitOrder: { newOrder: { id: string } } }>(
      `mutation($input: SplitOrderInput!) { splitOrder(input: $input) { newOrder { ${selection} } ${ERRORS} } }`,
      { input: { orderId: order.id, itemIds: [order.itemIds[0]] } },
    );
    const move = app.db.statements.find((sql) => sql.startsWith('WITH moved AS'));
    expect(move).toMatch(/RETURNING[\s\S]*related_facts/);
    // Prepared from its second use, like the baseline's statements (a list parameter would not be).
    const names = new StatementNames();
    names.nameOf(move!);
    expect(names.nameOf(move!)).toBeDefined();
    const read = await partner.data<{ order: unknown }>(`query($id: ID!) { order(id: $id) { ${selection} } }`, {
      id: splitOrder.newOrder.id,
    });
    expect(splitOrder.newOrder).toEqual(read.order);
  });

  it('confirm: the invoice without its frozen document unless the answer shows it', async () => {
    const invoiceId = await draftInvoice();
    await statementsOf(CONFIRM, { invoiceId }, { 'idempotency-key': crypto.randomUUID() });
    const update = app.db.statements.find((sql) => sql.startsWith('UPDATE invoices i SET number'));
    expect(update?.slice(update.lastIndexOf('RETURNING'))).not.toMatch(/snapshot/);
  });
});
