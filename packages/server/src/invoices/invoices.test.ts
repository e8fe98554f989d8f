import { formatMoney } from '../common/money-format';
import { sellerTodaySql } from '../sellers/seller-today';
import { SeedFixtures } from '../test/fixtures';
import { pdfText } from '@order-desk/testing';
import { formatDay } from '../common/date-format';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const ERRORS = `userErrors { code field message }`;
const SAVE_SHIPMENT = `mutation($input: SaveShipmentInput!) { saveShipment(input: $input) {
  order { id version status subtotal { amount } shipping { amount } total { amount } availableActions }
  shipment { carrier service trackingNumbers shippedOn cost { amount } } ${ERRORS} } }`;
const DOCUMENT = `document { number issueDate dueDate paymentMethod paymentTerms billTo orderNumber
  seller { name addressLines } lines { sku description quantity unitPrice { amount } lineTotal { amount } }
  shipment { carrier trackingNumbers shippedOn } subtotal { amount currency } shipping { amount } total { amount currency } }`;
const CREATE_DRAFT = `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) {
  invoice { id status number displayNumber pdfUrl ${DOCUMENT} } order { version } ${ERRORS} } }`;
const CONFIRM = `mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) {
  invoice { id status number displayNumber paymentStatus dueOn issuedAt pdfUrl total { amount } ${DOCUMENT} }
  order { id paymentStatus invoice { displayNumber } availableActions } ${ERRORS} } }`;

type UserErrors = { code: string; field: string[] | null; message: string }[];
type Document = {
  number: string;
  issueDate: string;
  dueDate: string | null;
  paymentMethod: string;
  paymentTerms: string | null;
  billTo: string;
  orderNumber: number;
  lines: { sku: string; quantity: number; unitPrice: { amount: number }; lineTotal: { amount: number } }[];
  subtotal: { amount: number; currency: string };
  shipping: { amount: number };
  total: { amount: number; currency: string };
};
type InvoiceView = {
  id: string;
  status: string;
  number: number | null;
  displayNumber: string | null;
  pdfUrl: string | null;
  document: Document;
};

let app: TestApp;
let demo: GraphQLClient;
let other: GraphQLClient;
let seed: SeedFixtures;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  other = await app.signIn('owner@other-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

const takenAccepted = new Set<string>();
/** An accepted order without shipment or invoice (a fresh one each call). */
async function acceptedOrder(
  seller = 'Demo Brand',
  paymentMethod?: 'CARD' | 'TERMS',
): Promise<{ id: string; number: number; version: number }> {
  const [order] = await app.db.dataSource.query(
    `SELECT o.id, o.number, o.version FROM orders o JOIN sellers s ON s.id = o.seller_id
      WHERE s.name = $1 AND o.status = 'ACCEPTED' AND ($2::text IS NULL OR o.payment_method = $2)
        AND NOT EXISTS (SELECT 1 FROM shipments sh WHERE sh.order_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id) AND o.id <> ALL($3::uuid[])
      ORDER BY o.number LIMIT 1`,
    [seller, paymentMethod ?? null, [...takenAccepted]],
  );
  if (order) {
    takenAccepted.add(order.id);
    return order;
  }
  // The seed's supply is used up: accept a pending order, as a seller would.
  const pending = await seed.pendingOrder(seller as 'Demo Brand' | 'Other Brand', { paymentMethod });
  const client = seller === 'Demo Brand' ? demo : other;
  const { acceptOrder } = await client.data<{ acceptOrder: { order: { version: number }; userErrors: UserErrors } }>(
    `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { version } userErrors { code } } }`,
    { input: { orderId: pending.id } },
  );
  expect(acceptOrder.userErrors).toEqual([]);
  return { id: pending.id, number: pending.number, version: acceptOrder.order.version };
}

const shipmentInput = (orderId: string, overrides: Record<string, unknown> = {}) => ({
  orderId,
  carrier: 'UPS',
  service: 'Ground',
  trackingNumbers: ['1Z999AA10123456784'],
  shippedOn: today,
  shippingCost: 2450,
  ...overrides,
});

async function shippedOrder(paymentMethod?: 'CARD' | 'TERMS') {
  const order = await acceptedOrder('Demo Brand', paymentMethod);
  const { saveShipment } = await demo.data<{ saveShipment: { userErrors: UserErrors } }>(SAVE_SHIPMENT, {
    input: shipmentInput(order.id),
  });
  expect(saveShipment.userErrors).toEqual([]);
  return order;
}

async function draftFor(orderId: string): Promise<InvoiceView> {
  const { createInvoiceDraft } = await demo.data<{
    createInvoiceDraft: { invoice: InvoiceView; userErrors: UserErrors };
  }>(CREATE_DRAFT, { input: { orderId } });
  expect(createInvoiceDraft.userErrors).toEqual([]);
  return createInvoiceDraft.invoice;
}

const nextInvoiceNumber = async () =>
  (
    await app.db.dataSource.query(
      `SELECT next_value FROM seller_counters c JOIN sellers s ON s.id = c.seller_id WHERE s.name = 'Demo Brand' AND kind = 'INVOICE_NUMBER'`,
    )
  )[0].next_value as number;

describe('Save Shipment Info', () => {
  it('saves carrier, tracking, date and cost, and the cost flows into the order total', async () => {
    const order = await acceptedOrder();
    const { saveShipment } = await demo.data<{
      saveShipment: {
        order: {
          subtotal: { amount: number };
          shipping: { amount: number };
          total: { amount: number };
          availableActions: string[];
          version: number;
        };
        shipment: unknown;
        userErrors: UserErrors;
      };
    }>(SAVE_SHIPMENT, {
      input: shipmentInput(order.id, { trackingNumbers: [' 1Z1 ', '1Z2'], expectedVersion: order.version }),
    });
    expect(saveShipment.userErrors).toEqual([]);
    expect(saveShipment.shipment).toEqual({
      carrier: 'UPS',
      service: 'Ground',
      trackingNumbers: ['1Z1', '1Z2'],
      shippedOn: today,
      cost: { amount: 2450 },
    });
    expect(saveShipment.order.shipping.amount).toBe(2450);
    expect(saveShipment.order.total.amount).toBe(saveShipment.order.subtotal.amount + 2450);
    expect(saveShipment.order.availableActions).toEqual(['SPLIT', 'SAVE_SHIPMENT', 'CREATE_INVOICE', 'EDIT', 'CANCEL']);
    // Editable until the invoice is issued.
    const again = await demo.data<{
      saveShipment: { order: { total: { amount: number }; subtotal: { amount: number } }; userErrors: UserErrors };
    }>(SAVE_SHIPMENT, {
      input: shipmentInput(order.id, { shippingCost: 0, carrier: 'Local courier' }),
    });
    expect(again.saveShipment.userErrors).toEqual([]);
    expect(again.saveShipment.order.total.amount).toBe(again.saveShipment.order.subtotal.amount);
  });

  it.each([
    ['a ship date before the order', { shippedOn: '2001-01-01' }, 'shippedOn'],
    ['a ship date far ahead', { shippedOn: '2099-01-01' }, 'shippedOn'],
    ['an impossible date', { shippedOn: '2026-02-30' }, 'shippedOn'],
    ['a negative cost', { shippingCost: -1 }, 'shippingCost'],
    ['no tracking number', { trackingNumbers: [] }, 'trackingNumbers'],
    ['an empty tracking number', { trackingNumbers: ['  '] }, 'trackingNumbers'],
    ['an absurd tracking number', { trackingNumbers: ['x'.repeat(65)] }, 'trackingNumbers'],
    ['no carrier', { carrier: ' ' }, 'carrier'],
  ])('refuses %s, changing nothing', async (_what, overrides, field) => {
    const order = await acceptedOrder();
    const before = await seed.snapshot(order.id);
    const { saveShipment } = await demo.data<{ saveShipment: { userErrors: UserErrors } }>(SAVE_SHIPMENT, {
      input: shipmentInput(order.id, overrides),
    });
    expect(saveShipment.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_SHIPMENT', field: ['input', field] }),
    ]);
    expect(await seed.snapshot(order.id)).toEqual(before);
  });

  it('refuses shipment info on a pending order and on another seller’s order', async () => {
    const pending = await seed.pendingOrder('Demo Brand');
    const refusedPending = await demo.data<{ saveShipment: { userErrors: UserErrors } }>(SAVE_SHIPMENT, {
      input: shipmentInput(pending.id),
    });
    expect(refusedPending.saveShipment.userErrors[0]!.code).toBe('ACTION_NOT_ALLOWED');
    const theirs = await acceptedOrder('Other Brand');
    const refusedTheirs = await demo.data<{ saveShipment: { userErrors: UserErrors } }>(SAVE_SHIPMENT, {
      input: shipmentInput(theirs.id),
    });
    expect(refusedTheirs.saveShipment.userErrors[0]!.code).toBe('ORDER_NOT_FOUND');
  });
});

describe('Create Invoice and the Invoice Preview', () => {
  it.each([
    ['a pending order', async () => (await seed.pendingOrder('Demo Brand')).id, 'ACTION_NOT_ALLOWED'],
    ['a rejected order', async () => (await seed.orderWithStatus('Demo Brand', 'REJECTED')).id, 'ACTION_NOT_ALLOWED'],
    ['an order without shipment info', async () => (await acceptedOrder()).id, 'SHIPMENT_REQUIRED'],
    ["another seller's order", async () => (await acceptedOrder('Other Brand')).id, 'ORDER_NOT_FOUND'],
  ])('refuses %s', async (_what, orderId, code) => {
    const id = await orderId();
    const before = await seed.snapshot(id);
    const { createInvoiceDraft } = await demo.data<{ createInvoiceDraft: { invoice: null; userErrors: UserErrors } }>(
      CREATE_DRAFT,
      { input: { orderId: id } },
    );
    expect(createInvoiceDraft.invoice).toBeNull();
    expect(createInvoiceDraft.userErrors[0]!.code).toBe(code);
    expect(await seed.snapshot(id)).toEqual(before);
  });

  it('shows exactly what will be issued, with the number it will get; creating it twice gives the same draft', async () => {
    const order = await shippedOrder('TERMS');
    const draft = await draftFor(order.id);
    expect(draft).toMatchObject({ status: 'DRAFT', number: null, displayNumber: null, pdfUrl: null });
    expect(draft.document.number).toBe(`DB-${await nextInvoiceNumber()}`);
    // Issued on the seller's today, which is not UTC's for hours a day.
    const [{ sellerToday }] = await app.db.dataSource.query(
      `SELECT ${sellerTodaySql(`(SELECT id FROM sellers WHERE name = 'Demo Brand')`)}::text AS "sellerToday"`,
    );
    expect(draft.document.issueDate).toBe(sellerToday);
    const [{ terms }] = await app.db.dataSource.query(
      `SELECT c.payment_terms_days AS terms FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = $1`,
      [order.id],
    );
    expect(draft.document.paymentTerms).toBe(terms === 0 ? 'Due on receipt' : `Net ${terms}`);
    expect(draft.document.dueDate).toBe(
      new Date(Date.parse(`${sellerToday}T00:00:00Z`) + terms * 86_400_000).toISOString().slice(0, 10),
    );
    expect(draft.document.shipping.amount).toBe(2450);
    expect(draft.document.total.amount).toBe(draft.document.subtotal.amount + 2450);
    expect(draft.document.subtotal.amount).toBe(draft.document.lines.reduce((sum, l) => sum + l.lineTotal.amount, 0));
    expect((await draftFor(order.id)).id).toBe(draft.id);
  });
});

describe('Confirm', () => {
  it("answers each root field of one mutation with its order as that field's change left it", async () => {
    const order = await shippedOrder('TERMS');
    const draft = await draftFor(order.id);
    // The first field changes nothing (the draft exists) and reads the order; the second issues the
    // invoice, after which nothing is left to invoice, and must not answer what the first one read.
    type Answer = { order: { version: number; amountToInvoice: { amount: number } } };
    const { before, after } = await demo.data<{ before: Answer; after: Answer & { userErrors: UserErrors } }>(
      `mutation($orderId: ID!, $invoiceId: ID!) {
        before: createInvoiceDraft(input: { orderId: $orderId }) { order { version amountToInvoice { amount } } }
        after: confirmInvoice(input: { invoiceId: $invoiceId }) { order { version amountToInvoice { amount } } ${ERRORS} }
      }`,
      { orderId: order.id, invoiceId: draft.id },
    );
    expect(after.userErrors).toEqual([]);
    expect(before.order.amountToInvoice.amount).toBeGreaterThan(0);
    expect(after.order).toEqual({ version: before.order.version, amountToInvoice: { amount: 0 } });
  });

  it('issues the invoice with the next number, freezes it, and confirming again changes nothing', async () => {
    const order = await shippedOrder('CARD');
    const draft = await draftFor(order.id);
    const expected = await nextInvoiceNumber();
    const { confirmInvoice } = await demo.data<{
      confirmInvoice: {
        invoice: InvoiceView & { paymentStatus: string; dueOn: string | null };
        order: { paymentStatus: string; invoice: { displayNumber: string }; availableActions: string[] };
        userErrors: UserErrors;
      };
    }>(CONFIRM, { input: { invoiceId: draft.id } });
    expect(confirmInvoice.userErrors).toEqual([]);
    expect(confirmInvoice.invoice).toMatchObject({
      status: 'ISSUED',
      number: expected,
      displayNumber: `DB-${expected}`,
      // A card invoice is charged as it is issued.
      paymentStatus: 'PROCESSING',
      dueOn: null,
      pdfUrl: `/invoices/${draft.id}/pdf`,
    });
    expect(confirmInvoice.invoice.document).toEqual({ ...draft.document, number: `DB-${expected}` });
    expect(confirmInvoice.order).toMatchObject({
      paymentStatus: 'PROCESSING',
      invoice: { displayNumber: `DB-${expected}` },
      availableActions: [],
    });

    const twice = await demo.data<{ confirmInvoice: { invoice: InvoiceView; userErrors: UserErrors } }>(CONFIRM, {
      input: { invoiceId: draft.id },
    });
    expect(twice.confirmInvoice.userErrors).toEqual([]);
    expect(twice.confirmInvoice.invoice.number).toBe(expected);
    expect(await nextInvoiceNumber()).toBe(expected + 1);

    // Later changes to the customer or the product do not change the issued invoice.
    await app.db.dataSource.query(
      `UPDATE customers SET name = 'Renamed Co' WHERE id = (SELECT customer_id FROM orders WHERE id = $1)`,
      [order.id],
    );
    await app.db.dataSource.query(`UPDATE order_items SET product_name = 'Renamed product' WHERE order_id = $1`, [
      order.id,
    ]);
    const { invoice } = await demo.data<{ invoice: InvoiceView }>(
      `query($id: ID!) { invoice(id: $id) { id status number displayNumber pdfUrl ${DOCUMENT} } }`,
      { id: draft.id },
    );
    expect(invoice.document).toEqual(confirmInvoice.invoice.document);
    // Shipment info is closed once invoiced.
    const closed = await demo.data<{ saveShipment: { userErrors: UserErrors } }>(SAVE_SHIPMENT, {
      input: shipmentInput(order.id),
    });
    expect(closed.saveShipment.userErrors[0]!.code).toBe('INVOICE_ALREADY_ISSUED');
    const events: { type: string }[] = await app.db.dataSource.query(
      `SELECT type FROM order_events WHERE order_id = $1 ORDER BY seq`,
      [order.id],
    );
    // The card charge (a job) may already have recorded its outcome.
    expect(
      events
        .map((e) => e.type)
        .filter((type) => !type.startsWith('PAYMENT_'))
        .slice(-3),
    ).toEqual(['SHIPMENT_SAVED', 'INVOICE_DRAFTED', 'INVOICE_ISSUED']);
  });

  it("refuses another seller's invoice and a stale preview", async () => {
    const order = await shippedOrder();
    const draft = await draftFor(order.id);
    const theirs = await other.data<{ confirmInvoice: { userErrors: UserErrors } }>(CONFIRM, {
      input: { invoiceId: draft.id },
    });
    expect(theirs.confirmInvoice.userErrors[0]!.code).toBe('INVOICE_NOT_FOUND');
    const stale = await demo.data<{ confirmInvoice: { userErrors: UserErrors } }>(CONFIRM, {
      input: { invoiceId: draft.id, expectedOrderVersion: 1 },
    });
    expect(stale.confirmInvoice.userErrors[0]!.code).toBe('STALE_ORDER');
    expect(
      (
        await demo.data<{ invoice: { status: string } }>(`query($id: ID!) { invoice(id: $id) { status } }`, {
          id: draft.id,
        })
      ).invoice.status,
    ).toBe('DRAFT');
    expect(
      (await other.data<{ invoice: null }>(`query($id: ID!) { invoice(id: $id) { id } }`, { id: draft.id })).invoice,
    ).toBeNull();
  });

  it('numbers invoices 1..N with no gap and no duplicate under concurrent confirms, failed transactions included', async () => {
    const drafts: InvoiceView[] = [];
    for (let i = 0; i < 16; i++) drafts.push(await draftFor((await shippedOrder()).id));
    // Make a quarter of the confirming transactions fail after they took their number.
    const failing = drafts.filter((_, i) => i % 4 === 1).map((d) => d.id);
    await app.db.dataSource.query(`CREATE TABLE test_failing_invoices (id uuid PRIMARY KEY)`);
    await app.db.dataSource.query(`INSERT INTO test_failing_invoices SELECT unnest($1::uuid[])`, [failing]);
    await app.db.dataSource.query(`CREATE FUNCTION test_fail_confirm() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF EXISTS (SELECT 1 FROM test_failing_invoices WHERE id = NEW.id) THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await app.db.dataSource.query(
      `CREATE TRIGGER test_fail_confirm AFTER UPDATE ON invoices FOR EACH ROW WHEN (NEW.status = 'ISSUED') EXECUTE FUNCTION test_fail_confirm()`,
    );
    const first = await nextInvoiceNumber();
    try {
      const results = await Promise.all(
        drafts.map((d) =>
          demo.request<{ confirmInvoice: { userErrors: UserErrors } }>(CONFIRM, { input: { invoiceId: d.id } }),
        ),
      );
      expect(results.filter((r) => r.errors?.length)).toHaveLength(failing.length);
      expect(results.every((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toBe(true);
    } finally {
      await app.db.dataSource.query(`DROP TRIGGER test_fail_confirm ON invoices`);
    }
    // The failed ones are still drafts and confirm fine now.
    await Promise.all(failing.map((id) => demo.data(CONFIRM, { input: { invoiceId: id } })));
    const numbers: { number: number }[] = await app.db.dataSource.query(
      `SELECT number FROM invoices WHERE id = ANY($1) ORDER BY number`,
      [drafts.map((d) => d.id)],
    );
    expect(numbers.map((n) => n.number)).toEqual(Array.from({ length: drafts.length }, (_, i) => first + i));
    const all: { number: number }[] = await app.db.dataSource.query(
      `SELECT number FROM invoices i JOIN sellers s ON s.id = i.seller_id WHERE s.name = 'Demo Brand' AND number IS NOT NULL ORDER BY number`,
    );
    expect(all.map((n) => n.number)).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
  });
});

describe('the invoice PDF', () => {
  it('downloads with the same number, dates, lines and totals as the API, for its seller only', async () => {
    const order = await shippedOrder('TERMS');
    const { confirmInvoice } = await demo.data<{ confirmInvoice: { invoice: InvoiceView } }>(CONFIRM, {
      input: { invoiceId: (await draftFor(order.id)).id },
    });
    const invoice = confirmInvoice.invoice;
    const response = await fetch(`${app.url}${invoice.pdfUrl}`, { headers: { cookie: demo.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="invoice-${invoice.displayNumber}.pdf"`,
    );
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    const doc = invoice.document;
    for (const expected of [
      doc.number,
      // Dates as the seller's locale (en-US) writes them.
      formatDay(doc.issueDate, 'en-US'),
      formatDay(doc.dueDate!, 'en-US'),
      `#${doc.orderNumber}`,
      formatMoney(doc.subtotal),
      formatMoney({ amount: doc.shipping.amount, currency: doc.total.currency }),
      formatMoney(doc.total),
      ...doc.lines.map((l) => l.sku),
    ]) {
      expect(text).toContain(expected);
    }

    expect((await fetch(`${app.url}${invoice.pdfUrl}`)).status).toBe(401);
    expect((await fetch(`${app.url}${invoice.pdfUrl}`, { headers: { cookie: other.cookie! } })).status).toBe(404);
    const draft = await draftFor((await shippedOrder()).id);
    expect((await fetch(`${app.url}/invoices/${draft.id}/pdf`, { headers: { cookie: demo.cookie! } })).status).toBe(
      404,
    );
    expect((await fetch(`${app.url}/invoices/not-an-id/pdf`, { headers: { cookie: demo.cookie! } })).status).toBe(404);
  });
});
