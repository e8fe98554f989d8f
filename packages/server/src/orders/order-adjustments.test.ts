import { eventually, pdfText, WebhookReceiver } from '@order-desk/testing';
import { DECLINING_CARDS } from '../db/seed/demo-data';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const ERRORS = `userErrors { code field message }`;
const ADJUSTMENT = `adjustment { committed changes totalBefore { amount } totalAfter { amount } voidedInvoiceNumbers
  creditNote { number total { amount } lines { sku quantity } shipping { amount } }
  refunds { method amount { amount } } amountToInvoice { amount }
  lines { sku quantityBefore quantity } }`;
const ORDER = `id version status paymentStatus total { amount } shipping { amount } availableActions amountToInvoice { amount }
  items { id sku quantity variantId: id } invoice { id status displayNumber }
  invoices { id status displayNumber paymentStatus voidReason total { amount } }
  creditNotes { id displayNumber reason total { amount } pdfUrl document { lines { sku quantity } invoiceNumber } }
  refunds { id method status availableActions amount { amount } attempts { attempt status failureMessage stripeRefundId } }
  events { type summary }`;
const EDIT = `mutation($input: EditOrderInput!) { editOrder(input: $input) { order { ${ORDER} } ${ADJUSTMENT} creditNote { id displayNumber } ${ERRORS} } }`;
const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { order { ${ORDER} } ${ADJUSTMENT} ${ERRORS} } }`;

type UserErrors = { code: string; field: string[] | null; message: string }[];
type Adjustment = {
  committed: boolean;
  changes: string[];
  totalBefore: { amount: number };
  totalAfter: { amount: number };
  voidedInvoiceNumbers: string[];
  creditNote: { number: string; total: { amount: number }; lines: { sku: string; quantity: number }[] } | null;
  refunds: { method: string; amount: { amount: number } }[];
  amountToInvoice: { amount: number };
};
type OrderView = {
  id: string;
  version: number;
  status: string;
  paymentStatus: string;
  total: { amount: number };
  shipping: { amount: number };
  availableActions: string[];
  amountToInvoice: { amount: number };
  items: { id: string; sku: string; quantity: number }[];
  invoice: { id: string; status: string; displayNumber: string | null } | null;
  invoices: {
    id: string;
    status: string;
    displayNumber: string | null;
    paymentStatus: string;
    voidReason: string | null;
    total: { amount: number };
  }[];
  creditNotes: {
    id: string;
    displayNumber: string;
    reason: string;
    total: { amount: number };
    pdfUrl: string;
    document: { lines: { sku: string; quantity: number }[]; invoiceNumber: string };
  }[];
  refunds: {
    id: string;
    method: string;
    status: string;
    availableActions: string[];
    amount: { amount: number };
    attempts: { attempt: number; status: string; failureMessage: string | null; stripeRefundId: string | null }[];
  }[];
  events: { type: string; summary: string }[];
};
type Payload = { order: OrderView | null; adjustment: Adjustment | null; userErrors: UserErrors };

let app: TestApp;
let demo: GraphQLClient;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  // No job retries: a refund that fails at Stripe is reported failed at once (the seller retries it).
  app = await startTestApp({ config: { jobRetryLimit: 0 } });
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  app.db.dataSource.query(text, params) as Promise<T[]>;

async function run<T = Payload>(query: string, input: Record<string, unknown>, name: string): Promise<T> {
  const result = await demo.data<Record<string, T>>(query, { input });
  return result[name]!;
}

async function ok(query: string, input: Record<string, unknown>, name: string) {
  const payload = await run<{ userErrors: UserErrors; invoice?: { id: string } }>(query, input, name);
  expect(payload.userErrors).toEqual([]);
  return payload;
}

const order = async (id: string) =>
  (await demo.data<{ order: OrderView }>(`query($id: ID!) { order(id: $id) { ${ORDER} } }`, { id })).order;

/**
 * A new Demo Brand order of two lines (6 × CSC-08 at 14.00, 12 × WFC-08 at 14.00), accepted, shipped
 * for 15.00 (unless `ship` is false) and invoiced as far as asked: issued, or issued and paid.
 */
async function acceptedOrder({
  method,
  ship = true,
  invoice = 'none',
}: {
  method: 'CARD' | 'TERMS';
  ship?: boolean;
  invoice?: 'none' | 'issued' | 'paid';
}): Promise<OrderView> {
  const [customer] = await sql<{ buyer_id: string; seller_id: string }>(
    `SELECT b.id AS buyer_id, s.id AS seller_id FROM buyers b
       JOIN customers c ON c.buyer_id = b.id JOIN sellers s ON s.id = c.seller_id AND s.name = 'Demo Brand'
      WHERE b.default_payment_method = $1 AND b.company_name <> ALL($2::text[])
      ORDER BY b.company_name LIMIT 1`,
    [method, Object.keys(DECLINING_CARDS)],
  );
  const placed = await app.app.services.orderIntake.placeOrder({
    sellerId: customer!.seller_id,
    buyerId: customer!.buyer_id,
    lines: [
      { sku: 'CSC-08', quantity: 6 },
      { sku: 'WFC-08', quantity: 12 },
    ],
  });
  await ok(
    `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { ${ERRORS} } }`,
    { orderId: placed.id },
    'acceptOrder',
  );
  if (ship) {
    await ok(
      `mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { ${ERRORS} } }`,
      { orderId: placed.id, carrier: 'UPS', trackingNumbers: ['1Z1'], shippedOn: today, shippingCost: 1500 },
      'saveShipment',
    );
  }
  if (invoice !== 'none') await invoiceOrder(placed.id);
  if (invoice === 'paid') {
    if (method === 'CARD') {
      await eventually(async () => expect((await order(placed.id)).paymentStatus).toBe('PAID'));
    } else {
      const current = await order(placed.id);
      await ok(
        `mutation($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { ${ERRORS} } }`,
        { invoiceId: current.invoice!.id, method: 'CHECK', reference: '1001', paidAt: today },
        'markInvoicePaid',
      );
    }
  }
  return order(placed.id);
}

async function invoiceOrder(orderId: string): Promise<string> {
  const draft = await ok(
    `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } ${ERRORS} } }`,
    { orderId },
    'createInvoiceDraft',
  );
  await ok(
    `mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { ${ERRORS} } }`,
    { invoiceId: draft.invoice!.id },
    'confirmInvoice',
  );
  return draft.invoice!.id;
}

const variantId = async (sku: string) =>
  (
    await sql<{ id: string }>(
      `SELECT v.id FROM product_variants v JOIN sellers s ON s.id = v.seller_id
     WHERE s.name = 'Demo Brand' AND v.sku = $1`,
      [sku],
    )
  )[0]!.id;
const stockOf = async (sku: string) =>
  (
    await sql<{ stock: number }>(
      `SELECT v.stock_on_hand AS stock FROM product_variants v JOIN sellers s ON s.id = v.seller_id
     WHERE s.name = 'Demo Brand' AND v.sku = $1`,
      [sku],
    )
  )[0]!.stock;
const refundsAtStripe = (orderId: string) =>
  sql<{ intent: string }>(
    `SELECT DISTINCT p.stripe_payment_intent_id AS intent FROM payments p JOIN invoices i ON i.id = p.invoice_id
      WHERE i.order_id = $1 AND p.stripe_payment_intent_id IS NOT NULL`,
    [orderId],
  ).then(async (intents) =>
    (
      await Promise.all(
        intents.map(async ({ intent }) => (await app.stripe.stripe.refunds.list({ payment_intent: intent })).data),
      )
    ).flat(),
  );

describe('Edit Order before invoicing', () => {
  it('previews without changing anything, then saves: totals, stock and the timeline follow', async () => {
    const o = await acceptedOrder({ method: 'TERMS', ship: false });
    const csc = o.items.find((i) => i.sku === 'CSC-08')!;
    const stockBefore = { csc: await stockOf('CSC-08'), ssd: await stockOf('SSD-100') };
    const input = {
      orderId: o.id,
      expectedVersion: o.version,
      quantities: [{ orderItemId: csc.id, quantity: 10 }],
      addItems: [{ variantId: await variantId('SSD-100'), quantity: 2 }],
    };
    const preview = await run(EDIT, { ...input, preview: true }, 'editOrder');
    expect(preview.userErrors).toEqual([]);
    expect(preview.adjustment).toMatchObject({
      committed: false,
      totalBefore: { amount: 18 * 1400 },
      totalAfter: { amount: 22 * 1400 + 2 * 1650 },
      voidedInvoiceNumbers: [],
      creditNote: null,
      refunds: [],
    });
    expect(await order(o.id)).toEqual(o); // nothing saved
    expect(await stockOf('CSC-08')).toBe(stockBefore.csc);

    const saved = await run(EDIT, input, 'editOrder');
    expect(saved.userErrors).toEqual([]);
    expect(saved.adjustment!.committed).toBe(true);
    expect(saved.order!.total.amount).toBe(22 * 1400 + 2 * 1650);
    expect(saved.order!.items.map((i) => [i.sku, i.quantity])).toEqual([
      ['CSC-08', 10],
      ['WFC-08', 12],
      ['SSD-100', 2],
    ]);
    expect(await stockOf('CSC-08')).toBe(Math.max(stockBefore.csc - 4, 0));
    expect(await stockOf('SSD-100')).toBe(Math.max(stockBefore.ssd - 2, 0));
    const edited = saved.order!.events.find((e) => e.type === 'ORDER_EDITED')!;
    expect(edited.summary).toContain('CSC-08 quantity 6 → 10');
    expect(edited.summary).toContain('added 2 × SSD-100');

    // The version the seller saw is checked.
    const stale = await run(EDIT, { ...input, quantities: [{ orderItemId: csc.id, quantity: 3 }] }, 'editOrder');
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE_ORDER']);
  });

  it('refuses what makes no sense, and changes nothing', async () => {
    const o = await acceptedOrder({ method: 'TERMS', ship: false });
    const [first, second] = o.items;
    const [otherVariant] = await sql<{ id: string }>(
      `SELECT v.id FROM product_variants v JOIN sellers s ON s.id = v.seller_id WHERE s.name = 'Other Brand' LIMIT 1`,
    );
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'NO_CHANGES'],
      [{ quantities: [{ orderItemId: first!.id, quantity: first!.quantity }] }, 'NO_CHANGES'],
      [{ quantities: [{ orderItemId: first!.id, quantity: 0 }] }, 'INVALID_QUANTITY'],
      [{ quantities: [{ orderItemId: first!.id, quantity: 100_001 }] }, 'INVALID_QUANTITY'],
      [{ removeItemIds: [first!.id, second!.id] }, 'LAST_ITEM'],
      [{ addItems: [{ variantId: otherVariant!.id, quantity: 1 }] }, 'PRODUCT_NOT_FOUND'],
      [{ addItems: [{ variantId: 'not-an-id', quantity: 1 }] }, 'PRODUCT_NOT_FOUND'],
      [{ shippingCost: -1 }, 'INVALID_SHIPPING'],
      [{ quantities: [{ orderItemId: '00000000-0000-4000-8000-000000000000', quantity: 2 }] }, 'ITEM_NOT_FOUND'],
    ];
    for (const [change, code] of cases) {
      const result = await run(EDIT, { orderId: o.id, ...change }, 'editOrder');
      expect(result.userErrors.map((e) => e.code)).toEqual([code]);
    }
    expect(await order(o.id)).toEqual(o);
  });
});

describe('Edit Order after an invoice was issued', () => {
  it('voids the unpaid invoice (kept, number never reused) and the new invoice takes the next number', async () => {
    const o = await acceptedOrder({ method: 'TERMS', invoice: 'issued' });
    const voided = o.invoice!;
    const saved = await run(
      EDIT,
      { orderId: o.id, quantities: [{ orderItemId: o.items[0]!.id, quantity: 4 }], reason: 'Buyer wants fewer' },
      'editOrder',
    );
    expect(saved.userErrors).toEqual([]);
    expect(saved.adjustment!.voidedInvoiceNumbers).toEqual([voided.displayNumber]);
    expect(saved.adjustment!.creditNote).toBeNull();
    expect(saved.order!.invoice).toBeNull();
    expect(saved.order!.invoices).toMatchObject([
      { id: voided.id, status: 'VOID', paymentStatus: 'VOID', voidReason: 'Buyer wants fewer' },
    ]);
    expect(saved.order!.paymentStatus).toBe('UNPAID');
    expect(saved.order!.availableActions).toContain('CREATE_INVOICE');

    await invoiceOrder(o.id);
    const after = await order(o.id);
    const number = (n: string | null) => Number(n!.replace(/\D/g, ''));
    expect(number(after.invoice!.displayNumber)).toBeGreaterThan(number(voided.displayNumber));
    expect(after.invoice!.status).toBe('ISSUED');
    expect(after.invoices.find((i) => i.status === 'ISSUED')!.total.amount).toBe(after.total.amount);
  });

  it('on a paid card order, lowering a quantity issues a credit note and refunds the difference once', async () => {
    const o = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    const csc = o.items.find((i) => i.sku === 'CSC-08')!;
    const preview = await run(
      EDIT,
      { orderId: o.id, quantities: [{ orderItemId: csc.id, quantity: 2 }], preview: true },
      'editOrder',
    );
    expect(preview.adjustment).toMatchObject({
      committed: false,
      creditNote: { total: { amount: 4 * 1400 }, lines: [{ sku: 'CSC-08', quantity: 4 }] },
      refunds: [{ method: 'CARD', amount: { amount: 4 * 1400 } }],
      amountToInvoice: { amount: 0 },
    });
    expect((await order(o.id)).creditNotes).toEqual([]);
    const saved = await run(EDIT, { orderId: o.id, quantities: [{ orderItemId: csc.id, quantity: 2 }] }, 'editOrder');
    expect(saved.userErrors).toEqual([]);
    expect(saved.adjustment!.creditNote!.number).toBe(preview.adjustment!.creditNote!.number);
    await eventually(async () => expect((await order(o.id)).refunds.map((r) => r.status)).toEqual(['SUCCEEDED']));
    const after = await order(o.id);
    expect(after.paymentStatus).toBe('PAID');
    expect(after.creditNotes).toMatchObject([
      {
        total: { amount: 5600 },
        document: { lines: [{ sku: 'CSC-08', quantity: 4 }], invoiceNumber: o.invoice!.displayNumber },
      },
    ]);
    expect(after.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['ORDER_EDITED', 'CREDIT_NOTE_ISSUED', 'REFUND_REQUESTED', 'REFUND_SUCCEEDED']),
    );
    const refunds = await refundsAtStripe(o.id);
    expect(refunds.map((r) => r.amount)).toEqual([5600]);

    // The credit note's PDF, for this seller only.
    const pdf = await fetch(`${app.url}${after.creditNotes[0]!.pdfUrl}`, { headers: { cookie: demo.cookie! } });
    expect(pdf.status).toBe(200);
    const text = await pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain(after.creditNotes[0]!.displayNumber);
    const other = await app.signIn('owner@other-brand.test');
    expect(
      (await fetch(`${app.url}${after.creditNotes[0]!.pdfUrl}`, { headers: { cookie: other.cookie! } })).status,
    ).toBe(404);
  });

  it('on a paid order, raising it leaves the difference to a supplementary invoice, which is charged', async () => {
    const o = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    const saved = await run(
      EDIT,
      { orderId: o.id, addItems: [{ variantId: await variantId('CSC-12'), quantity: 3 }], shippingCost: 2000 },
      'editOrder',
    );
    expect(saved.userErrors).toEqual([]);
    expect(saved.adjustment).toMatchObject({ creditNote: null, amountToInvoice: { amount: 3 * 1900 + 500 } });
    expect(saved.order!.availableActions).toContain('CREATE_INVOICE');
    const invoiceId = await invoiceOrder(o.id);
    const { invoice } = await demo.data<{
      invoice: {
        total: { amount: number };
        document: { supplementary: boolean; lines: { sku: string; quantity: number }[]; shipping: { amount: number } };
      };
    }>(
      `query($id: ID!) { invoice(id: $id) { total { amount } document { supplementary lines { sku quantity } shipping { amount } } } }`,
      {
        id: invoiceId,
      },
    );
    expect(invoice).toEqual({
      total: { amount: 3 * 1900 + 500 },
      document: { supplementary: true, lines: [{ sku: 'CSC-12', quantity: 3 }], shipping: { amount: 500 } },
    });
    await eventually(async () => expect((await order(o.id)).paymentStatus).toBe('PAID'));
    const after = await order(o.id);
    expect(after.amountToInvoice.amount).toBe(0);
    expect(after.availableActions).not.toContain('CREATE_INVOICE');
  });
});

describe('Cancel Order', () => {
  it('cancels a paid card order: full credit note, refund, REFUNDED, stock back, buyer emailed, partners told', async () => {
    const receiver = new WebhookReceiver();
    const { createWebhookEndpoint } = await demo.data<{ createWebhookEndpoint: { userErrors: UserErrors } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { ${ERRORS} } }`,
      {
        input: {
          url: await receiver.start(),
          events: ['ORDER_CANCELLED', 'CREDIT_NOTE_ISSUED', 'REFUND_SUCCEEDED'],
        },
      },
    );
    expect(createWebhookEndpoint.userErrors).toEqual([]);
    const o = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    const stock = await stockOf('WFC-08');
    const input = { orderId: o.id, reason: 'BUYER_REQUEST', restock: true, acknowledgeShipped: true };
    const shippedRefusal = await run(CANCEL, { ...input, acknowledgeShipped: false }, 'cancelOrder');
    expect(shippedRefusal.userErrors.map((e) => e.code)).toEqual(['SHIPPED_ORDER']);
    const preview = await run(CANCEL, { ...input, preview: true }, 'cancelOrder');
    expect(preview.adjustment).toMatchObject({
      committed: false,
      totalAfter: { amount: 0 },
      creditNote: { total: { amount: o.total.amount } },
      refunds: [{ method: 'CARD', amount: { amount: o.total.amount } }],
    });
    expect((await order(o.id)).status).toBe('ACCEPTED');

    const cancelled = await run(CANCEL, input, 'cancelOrder');
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.order!.status).toBe('CANCELLED');
    expect(cancelled.order!.availableActions).toEqual([]);
    expect(await stockOf('WFC-08')).toBe(stock + 12);
    await eventually(async () => expect((await order(o.id)).paymentStatus).toBe('REFUNDED'));
    expect((await refundsAtStripe(o.id)).map((r) => r.amount)).toEqual([o.total.amount]);
    await eventually(async () => {
      const mail = app.app.mailCatcher!.messages.find((m) => m.subject?.includes(`was cancelled`));
      expect(mail?.text).toContain('is being refunded to your card');
    });
    const again = await run(CANCEL, input, 'cancelOrder');
    expect(again.userErrors.map((e) => e.code)).toEqual(['ACTION_NOT_ALLOWED']);
    const sent = () =>
      receiver.received
        .map(
          (request) =>
            JSON.parse(request.body) as { type: string; data: { order: { id: string; paymentStatus: string } } },
        )
        .filter((event) => event.data.order.id === o.id);
    await eventually(async () =>
      expect(
        sent()
          .map((event) => event.type)
          .sort(),
      ).toEqual(['credit_note.issued', 'order.cancelled', 'refund.succeeded']),
    );
    expect(sent().find((event) => event.type === 'refund.succeeded')!.data.order.paymentStatus).toBe('REFUNDED');
    await receiver.stop();
  });

  it('cancels a terms order: the unpaid invoice is voided; a paid one is owed back until recorded', async () => {
    const unpaid = await acceptedOrder({ method: 'TERMS', invoice: 'issued' });
    const cancelledUnpaid = await run(
      CANCEL,
      { orderId: unpaid.id, reason: 'OTHER', message: 'Closing the shop', restock: false, acknowledgeShipped: true },
      'cancelOrder',
    );
    expect(cancelledUnpaid.userErrors).toEqual([]);
    expect(cancelledUnpaid.order).toMatchObject({
      status: 'CANCELLED',
      paymentStatus: 'VOID',
      invoice: null,
      refunds: [],
    });

    const paid = await acceptedOrder({ method: 'TERMS', invoice: 'paid' });
    const cancelled = await run(
      CANCEL,
      { orderId: paid.id, reason: 'CANNOT_SHIP', restock: true, acknowledgeShipped: true },
      'cancelOrder',
    );
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.order!.refunds).toMatchObject([
      {
        method: 'TERMS',
        status: 'OWED',
        availableActions: ['RECORD_PAID_BACK'],
        amount: { amount: paid.total.amount },
      },
    ]);
    expect(cancelled.order!.paymentStatus).toBe('PAID');
    const recorded = await run<{ refund: { status: string } | null; userErrors: UserErrors }>(
      `mutation($input: RecordTermsRefundInput!) { recordTermsRefund(input: $input) { refund { status } ${ERRORS} } }`,
      { refundId: cancelled.order!.refunds[0]!.id, method: 'ACH', reference: 'RF-1', refundedOn: today },
      'recordTermsRefund',
    );
    expect(recorded).toEqual({ refund: { status: 'SUCCEEDED' }, userErrors: [] });
    expect((await order(paid.id)).paymentStatus).toBe('REFUNDED');
    expect((await order(paid.id)).refunds[0]!.availableActions).toEqual([]);
  });

  it('refuses "other" without a message, and a card order whose payment is in flight', async () => {
    const o = await acceptedOrder({ method: 'TERMS', ship: false });
    const noMessage = await run(CANCEL, { orderId: o.id, reason: 'OTHER', restock: false }, 'cancelOrder');
    expect(noMessage.userErrors.map((e) => e.code)).toEqual(['MESSAGE_REQUIRED']);

    app.stripe.standIn!.setLatency(1500);
    try {
      const card = await acceptedOrder({ method: 'CARD', invoice: 'issued' });
      expect(card.paymentStatus).toBe('PROCESSING');
      const inFlight = await run(
        CANCEL,
        { orderId: card.id, reason: 'BUYER_REQUEST', restock: false, acknowledgeShipped: true },
        'cancelOrder',
      );
      expect(inFlight.userErrors.map((e) => e.code)).toEqual(['PAYMENT_IN_PROGRESS']);
      const edit = await run(EDIT, { orderId: card.id, shippingCost: 0 }, 'editOrder');
      expect(edit.userErrors.map((e) => e.code)).toEqual(['PAYMENT_IN_PROGRESS']);
    } finally {
      app.stripe.standIn!.setLatency(0);
    }
  });
});

describe('partner apps', () => {
  it('need payments:write as well as orders:write for a change that refunds the buyer', async () => {
    const createKey = async (scopes: string[]) =>
      (
        await demo.data<{ createApiKey: { secret: string } }>(
          `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
          { input: { name: `ERP ${scopes.join(' ')}`, scopes } },
        )
      ).createApiKey.secret;
    const o = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    const input = { orderId: o.id, reason: 'BUYER_REQUEST', restock: false, acknowledgeShipped: true };
    const ordersOnly = app.withApiKey(await createKey(['ORDERS_WRITE', 'INVOICES_READ']));
    const preview = await ordersOnly.data<{ cancelOrder: Payload }>(CANCEL, { input: { ...input, preview: true } });
    expect(preview.cancelOrder.adjustment!.refunds).toHaveLength(1);
    const refused = await ordersOnly.data<{ cancelOrder: Payload }>(CANCEL, { input });
    expect(refused.cancelOrder.userErrors.map((e) => e.code)).toEqual(['REFUND_NOT_ALLOWED']);
    expect((await order(o.id)).status).toBe('ACCEPTED');

    const withPayments = app.withApiKey(await createKey(['ORDERS_WRITE', 'PAYMENTS_WRITE']));
    const cancelled = await withPayments.data<{ cancelOrder: Payload }>(
      CANCEL,
      { input },
      { 'Idempotency-Key': `cancel-${o.id}` },
    );
    expect(cancelled.cancelOrder.userErrors).toEqual([]);
    expect((await order(o.id)).events.find((e) => e.type === 'ORDER_CANCELLED')!.summary).toContain('cancelled');
  });
});

describe('refunds that fail at Stripe', () => {
  it('can be retried, and a retry after a lost answer finds the refund instead of refunding twice', async () => {
    const retry = (refundId: string) =>
      run<{ refund: { status: string } | null; userErrors: UserErrors }>(
        `mutation($input: RetryRefundInput!) { retryRefund(input: $input) { refund { status } ${ERRORS} } }`,
        { refundId },
        'retryRefund',
      );

    // Stripe down: the attempt fails, the seller retries, the refund goes through once.
    const down = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    app.stripe.standIn!.failNextRequests(20);
    await run(EDIT, { orderId: down.id, quantities: [{ orderItemId: down.items[0]!.id, quantity: 1 }] }, 'editOrder');
    await eventually(async () => expect((await order(down.id)).refunds.map((r) => r.status)).toEqual(['FAILED']));
    app.stripe.standIn!.failNextRequests(0);
    const failed = (await order(down.id)).refunds[0]!;
    expect(failed.attempts).toMatchObject([{ attempt: 1, status: 'FAILED', stripeRefundId: null }]);
    expect(failed.attempts[0]!.failureMessage).toMatch(/could not be reached/);
    expect(failed.availableActions).toEqual(['RETRY']);
    expect((await retry(failed.id)).userErrors).toEqual([]);
    await eventually(async () => expect((await order(down.id)).refunds.map((r) => r.status)).toEqual(['SUCCEEDED']));
    expect((await refundsAtStripe(down.id)).map((r) => r.amount)).toEqual([5 * 1400]);
    expect((await retry(failed.id)).userErrors.map((e) => e.code)).toEqual(['REFUND_NOT_RETRYABLE']);

    // Stripe refunds but every answer is lost: the attempt fails; the retry finds the refund Stripe made.
    const lost = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    app.stripe.standIn!.loseNextResponses(3);
    await run(EDIT, { orderId: lost.id, quantities: [{ orderItemId: lost.items[0]!.id, quantity: 1 }] }, 'editOrder');
    await eventually(async () => expect((await order(lost.id)).refunds.map((r) => r.status)).toEqual(['FAILED']));
    expect((await refundsAtStripe(lost.id)).map((r) => r.amount)).toEqual([5 * 1400]);
    expect((await retry((await order(lost.id)).refunds[0]!.id)).userErrors).toEqual([]);
    await eventually(async () => expect((await order(lost.id)).refunds.map((r) => r.status)).toEqual(['SUCCEEDED']));
    const settled = (await order(lost.id)).refunds[0]!;
    expect(settled.attempts.map((a) => a.status)).toEqual(['FAILED', 'SUCCEEDED']);
    expect((await refundsAtStripe(lost.id)).map((r) => r.amount)).toEqual([5 * 1400]);
  });
});

describe('notes', () => {
  it('adds an internal note to the timeline', async () => {
    const o = await acceptedOrder({ method: 'TERMS', ship: false });
    const added = await run(
      `mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { order { events { type summary } } ${ERRORS} } }`,
      { orderId: o.id, text: '  Called the buyer: <b>fine</b>  ' },
      'addOrderNote',
    );
    expect(added.order!.events.at(-1)).toEqual({ type: 'NOTE_ADDED', summary: 'Called the buyer: <b>fine</b>' });
    const empty = await run(
      `mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { ${ERRORS} } }`,
      { orderId: o.id, text: '   ' },
      'addOrderNote',
    );
    expect(empty.userErrors.map((e) => e.code)).toEqual(['NOTE_INVALID']);
  });
});
