import { signPayload } from '@order-desk/stripe-stand-in';
import { sellerTodaySql } from '../sellers/seller-today';
import { DECLINING_CARDS } from '../db/seed/demo-data';
import { eventually } from '@order-desk/testing';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { replaceCardOnFile } from './cards-on-file';

const ERRORS = `userErrors { code field message }`;
const INVOICE = `id status paymentStatus paymentMethod dueOn overdue total { amount }
  payments { attempt method status failureCode failureMessage termsMethod reference paidOn amount { amount } }`;
const CONFIRM = `mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { invoice { ${INVOICE} } ${ERRORS} } }`;
const RETRY = `mutation($input: RetryInvoicePaymentInput!) { retryInvoicePayment(input: $input) { invoice { ${INVOICE} } ${ERRORS} } }`;
const MARK_PAID = `mutation($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { invoice { ${INVOICE} } ${ERRORS} } }`;

type UserErrors = { code: string; field: string[] | null; message: string }[];
type InvoiceView = {
  id: string;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  dueOn: string | null;
  overdue: boolean;
  total: { amount: number };
  payments: {
    attempt: number;
    method: string;
    status: string;
    failureCode: string | null;
    failureMessage: string | null;
    termsMethod: string | null;
    reference: string | null;
    paidOn: string | null;
  }[];
};

let app: TestApp;
let demo: GraphQLClient;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

/** A draft invoice for a new order of `buyer` (or of a customer paying by `method`), accepted and shipped. */
async function draftInvoice({
  buyer,
  method,
}: {
  buyer?: string;
  method?: 'CARD' | 'TERMS';
}): Promise<{ invoiceId: string; orderId: string }> {
  const [customer] = await app.db.dataSource.query(
    `SELECT b.id AS buyer_id, s.id AS seller_id FROM buyers b
       JOIN customers c ON c.buyer_id = b.id JOIN sellers s ON s.id = c.seller_id AND s.name = 'Demo Brand'
      WHERE ($1::text IS NULL OR b.company_name = $1) AND ($2::text IS NULL OR b.default_payment_method = $2)
        AND ($1::text IS NOT NULL OR b.company_name <> ALL($3::text[]))
      ORDER BY b.company_name LIMIT 1`,
    [buyer ?? null, method ?? null, Object.keys(DECLINING_CARDS)],
  );
  if (!customer) throw new Error(`no Demo Brand customer for ${buyer ?? method}`);
  const order = await app.app.services.orderIntake.placeOrder({
    sellerId: customer.seller_id,
    buyerId: customer.buyer_id,
    lines: [
      { sku: 'CSC-08', quantity: 6 },
      { sku: 'LHC-2', quantity: 12 },
    ],
  });
  const run = async (query: string, input: Record<string, unknown>, name: string) => {
    const result = await demo.data<Record<string, { userErrors: UserErrors; invoice?: { id: string } }>>(query, {
      input,
    });
    expect(result[name]!.userErrors).toEqual([]);
    return result[name]!;
  };
  await run(
    `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { ${ERRORS} } }`,
    { orderId: order.id },
    'acceptOrder',
  );
  await run(
    `mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { ${ERRORS} } }`,
    { orderId: order.id, carrier: 'UPS', trackingNumbers: ['1Z1'], shippedOn: today, shippingCost: 1500 },
    'saveShipment',
  );
  const draft = await run(
    `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } ${ERRORS} } }`,
    { orderId: order.id },
    'createInvoiceDraft',
  );
  return { invoiceId: draft.invoice!.id, orderId: order.id };
}

const invoice = async (id: string) =>
  (await demo.data<{ invoice: InvoiceView }>(`query($id: ID!) { invoice(id: $id) { ${INVOICE} } }`, { id })).invoice;
const chargesFor = (invoiceId: string) =>
  app.stripe
    .standIn!.successfulCharges()
    .filter((pi) => (pi.metadata as Record<string, string>).invoiceId === invoiceId);
const eventTypes = async (orderId: string) =>
  (
    (await app.db.dataSource.query(`SELECT type FROM order_events WHERE order_id = $1 ORDER BY seq`, [orderId])) as {
      type: string;
    }[]
  ).map((e) => e.type);

/**
 * A change that queues a charge, answered while Stripe takes its time: the charge's job starts at
 * the change's commit, and a quick Stripe could settle it before the answer is read.
 */
async function answeredWhileCharging<T>(change: () => Promise<T>): Promise<T> {
  app.stripe.standIn!.setLatency(500);
  try {
    return await change();
  } finally {
    app.stripe.standIn!.setLatency(0);
  }
}

describe('card on file', () => {
  it('is charged when the invoice is confirmed, and the invoice becomes PAID', async () => {
    const { invoiceId, orderId } = await draftInvoice({ method: 'CARD' });
    const { confirmInvoice } = await answeredWhileCharging(() =>
      demo.data<{ confirmInvoice: { invoice: InvoiceView; userErrors: UserErrors } }>(CONFIRM, {
        input: { invoiceId },
      }),
    );
    expect(confirmInvoice.invoice.paymentStatus).toBe('PROCESSING');
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('PAID'));
    const paid = await invoice(invoiceId);
    expect(paid.payments).toEqual([
      expect.objectContaining({ attempt: 1, method: 'CARD', status: 'PAID', failureCode: null }),
    ]);
    expect(chargesFor(invoiceId)).toHaveLength(1);
    expect(chargesFor(invoiceId)[0]!.amount).toBe(paid.total.amount);
    const [order] = await app.db.dataSource.query(`SELECT payment_status FROM orders WHERE id = $1`, [orderId]);
    expect(order.payment_status).toBe('PAID');
    expect(await eventTypes(orderId)).toContain('PAYMENT_PAID');
  });

  it('fails with the decline reason, and a retry after the card is replaced pays, each attempt listed', async () => {
    const { invoiceId, orderId } = await draftInvoice({ buyer: 'Fernwood General Store' });
    await demo.data(CONFIRM, { input: { invoiceId } });
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('FAILED'));
    const failed = await invoice(invoiceId);
    expect(failed.payments).toEqual([
      expect.objectContaining({
        attempt: 1,
        status: 'FAILED',
        failureCode: 'insufficient_funds',
        failureMessage: 'The card has insufficient funds.',
      }),
    ]);
    // Retrying the same declining card fails again, as a new attempt.
    await demo.data(RETRY, { input: { invoiceId } });
    await eventually(async () =>
      expect((await invoice(invoiceId)).payments.map((p) => p.status)).toEqual(['FAILED', 'FAILED']),
    );

    const [{ buyer_id: buyerId }] = await app.db.dataSource.query(`SELECT buyer_id FROM orders WHERE id = $1`, [
      orderId,
    ]);
    await replaceCardOnFile(app.db.dataSource, app.stripe.stripe, buyerId, 'tok_visa');
    const { retryInvoicePayment } = await answeredWhileCharging(() =>
      demo.data<{ retryInvoicePayment: { invoice: InvoiceView; userErrors: UserErrors } }>(RETRY, {
        input: { invoiceId },
      }),
    );
    expect(retryInvoicePayment.userErrors).toEqual([]);
    expect(retryInvoicePayment.invoice.paymentStatus).toBe('PROCESSING');
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('PAID'));
    expect((await invoice(invoiceId)).payments.map((p) => p.status)).toEqual(['FAILED', 'FAILED', 'PAID']);
    expect(chargesFor(invoiceId)).toHaveLength(1);
    // Paid: nothing left to retry.
    const again = await demo.data<{ retryInvoicePayment: { userErrors: UserErrors } }>(RETRY, { input: { invoiceId } });
    expect(again.retryInvoicePayment.userErrors[0]!.code).toBe('PAYMENT_NOT_RETRYABLE');
  });

  it('records a card that needs authentication as REQUIRES_ACTION', async () => {
    const { invoiceId } = await draftInvoice({ buyer: 'Hudson Valley Provisions' });
    await demo.data(CONFIRM, { input: { invoiceId } });
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('REQUIRES_ACTION'));
    expect((await invoice(invoiceId)).payments[0]!.failureMessage).toMatch(/authenticate/);
  });

  it('charges once for a double confirm and once for a double retry, fired concurrently', async () => {
    const { invoiceId } = await draftInvoice({ method: 'CARD' });
    const confirms = await Promise.all(
      [1, 2, 3].map(() => demo.data<{ confirmInvoice: { userErrors: UserErrors } }>(CONFIRM, { input: { invoiceId } })),
    );
    expect(confirms.flatMap((c) => c.confirmInvoice.userErrors)).toEqual([]);
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('PAID'));
    expect(chargesFor(invoiceId)).toHaveLength(1);
    expect((await invoice(invoiceId)).payments).toHaveLength(1);

    const failing = await draftInvoice({ buyer: 'Bramble & Birch' });
    await demo.data(CONFIRM, { input: { invoiceId: failing.invoiceId } });
    await eventually(async () => expect((await invoice(failing.invoiceId)).paymentStatus).toBe('FAILED'));
    const [{ buyer_id: buyerId }] = await app.db.dataSource.query(`SELECT buyer_id FROM orders WHERE id = $1`, [
      failing.orderId,
    ]);
    await replaceCardOnFile(app.db.dataSource, app.stripe.stripe, buyerId, 'tok_mastercard');
    const retries = await Promise.all(
      [1, 2].map(() =>
        demo.data<{ retryInvoicePayment: { userErrors: UserErrors } }>(RETRY, {
          input: { invoiceId: failing.invoiceId },
        }),
      ),
    );
    expect(retries.flatMap((r) => r.retryInvoicePayment.userErrors).map((e) => e.code)).toEqual([
      'PAYMENT_NOT_RETRYABLE',
    ]);
    await eventually(async () => expect((await invoice(failing.invoiceId)).paymentStatus).toBe('PAID'));
    expect(chargesFor(failing.invoiceId)).toHaveLength(1);
  });

  it('survives Stripe answering 500s: the job retries with the same key and charges once', async () => {
    const { invoiceId } = await draftInvoice({ method: 'CARD' });
    app.stripe.standIn!.failNextRequests(4, 500); // more than the client's own network retries
    await demo.data(CONFIRM, { input: { invoiceId } });
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('PAID'), 30_000);
    expect(chargesFor(invoiceId)).toHaveLength(1);
  });
});

describe('Stripe webhooks', () => {
  const post = (body: string, signature: string) =>
    fetch(`${app.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body,
    });

  it('refuses a forged signature with 400 and changes nothing', async () => {
    const { invoiceId } = await draftInvoice({ method: 'CARD' });
    const [payment] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM stripe_events`);
    const forged = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: 'pi_x', object: 'payment_intent', status: 'succeeded', metadata: { invoiceId } } },
    });
    expect((await post(forged, signPayload(forged, 'whsec_wrong_secret'))).status).toBe(400);
    expect((await post(forged, 't=1,v1=deadbeef')).status).toBe(400);
    const stale = signPayload(forged, app.stripe.webhookSecret, Math.floor(Date.now() / 1000) - 3600);
    expect((await post(forged, stale)).status).toBe(400);
    expect(await app.db.dataSource.query(`SELECT count(*)::int AS n FROM stripe_events`)).toEqual([payment]);
    expect((await invoice(invoiceId)).status).toBe('DRAFT');
  });

  it('applies each event once: replays and out-of-order reports change the state once', async () => {
    const standIn = app.stripe.standIn!;
    const { invoiceId, orderId } = await draftInvoice({ method: 'CARD' });
    await demo.data(CONFIRM, { input: { invoiceId } });
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('PAID'));
    await standIn.settled();
    const succeeded = standIn.events.find(
      (e) =>
        e.type === 'payment_intent.succeeded' &&
        (e.data as { object: { metadata: Record<string, string> } }).object.metadata.invoiceId === invoiceId,
    )!;
    for (let i = 0; i < 3; i++) expect(await standIn.redeliver(String(succeeded.id))).toBe(true);
    // A failure report for the same charge arriving late (out of order) is not a transition from PAID.
    const late = JSON.stringify({ ...succeeded, id: 'evt_late_failure', type: 'payment_intent.payment_failed' });
    for (let i = 0; i < 3; i++)
      expect((await post(late, signPayload(late, app.stripe.webhookSecret))).status).toBe(200);
    expect((await invoice(invoiceId)).paymentStatus).toBe('PAID');
    expect((await eventTypes(orderId)).filter((t) => t.startsWith('PAYMENT_'))).toEqual(['PAYMENT_PAID']);
    const [{ n }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM stripe_events WHERE id IN ($1, 'evt_late_failure')`,
      [succeeded.id],
    );
    expect(n).toBe(2);
  });
});

describe('a crash between the charge and recording it', () => {
  it('is healed by the webhook', async () => {
    const { invoiceId } = await draftInvoice({ method: 'CARD' });
    const standIn = app.stripe.standIn!;
    await demo.data(CONFIRM, { input: { invoiceId } });
    const [payment] = await app.db.dataSource.query(
      `SELECT id, idempotency_key, amount_minor FROM payments WHERE invoice_id = $1`,
      [invoiceId],
    );
    // Pretend the worker charged and died: mark the attempt as if nothing was recorded, and replay Stripe's event.
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('PAID'));
    await app.db.dataSource.query(`UPDATE invoices SET payment_status = 'PROCESSING', paid_at = NULL WHERE id = $1`, [
      invoiceId,
    ]);
    await app.db.dataSource.query(
      `UPDATE payments SET status = 'PROCESSING', stripe_payment_intent_id = NULL WHERE id = $1`,
      [payment.id],
    );
    const event = standIn.events.find(
      (e) =>
        e.type === 'payment_intent.succeeded' &&
        (e.data as { object: { metadata: Record<string, string> } }).object.metadata.paymentId === payment.id,
    )!;
    const replay = JSON.stringify({ ...event, id: `${String(event.id)}_redelivered` });
    const response = await fetch(`${app.url}/webhooks/stripe`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'stripe-signature': signPayload(replay, app.stripe.webhookSecret),
      },
      body: replay,
    });
    expect(response.status).toBe(200);
    expect((await invoice(invoiceId)).paymentStatus).toBe('PAID');
    expect(chargesFor(invoiceId)).toHaveLength(1);
  });

  it('is healed by reconciliation, which asks Stripe again with the same idempotency key', async () => {
    const { invoiceId } = await draftInvoice({ method: 'CARD' });
    const standIn = app.stripe.standIn!;
    standIn.pauseWebhooks();
    await demo.data(CONFIRM, { input: { invoiceId } });
    await eventually(async () => expect((await invoice(invoiceId)).paymentStatus).toBe('PAID'));
    const [payment] = await app.db.dataSource.query(`SELECT id FROM payments WHERE invoice_id = $1`, [invoiceId]);
    // The charge went through at Stripe but our record of it was lost, and so was the webhook.
    await app.db.dataSource.query(`UPDATE invoices SET payment_status = 'PROCESSING', paid_at = NULL WHERE id = $1`, [
      invoiceId,
    ]);
    await app.db.dataSource.query(
      `UPDATE payments SET status = 'PROCESSING', stripe_payment_intent_id = NULL, updated_at = now() - interval '1 hour' WHERE id = $1`,
      [payment.id],
    );
    expect(await app.app.services.cardPayments.reconcile(60)).toBeGreaterThanOrEqual(1);
    expect((await invoice(invoiceId)).paymentStatus).toBe('PAID');
    expect(chargesFor(invoiceId)).toHaveLength(1);
    standIn.resumeWebhooks();
  });
});

describe('terms', () => {
  it('shows the due date, and Mark as Paid records how and when the buyer paid', async () => {
    const { invoiceId, orderId } = await draftInvoice({ method: 'TERMS' });
    const { confirmInvoice } = await demo.data<{ confirmInvoice: { invoice: InvoiceView } }>(CONFIRM, {
      input: { invoiceId },
    });
    expect(confirmInvoice.invoice).toMatchObject({ paymentStatus: 'UNPAID', overdue: false, payments: [] });
    expect(confirmInvoice.invoice.dueOn! >= today).toBe(true);
    const refused = await demo.data<{ markInvoicePaid: { userErrors: UserErrors } }>(MARK_PAID, {
      input: { invoiceId, method: 'CHECK', paidAt: '2999-01-01' },
    });
    expect(refused.markInvoicePaid.userErrors[0]).toMatchObject({
      code: 'INVALID_PAYMENT',
      field: ['input', 'paidAt'],
    });
    const { markInvoicePaid } = await demo.data<{ markInvoicePaid: { invoice: InvoiceView; userErrors: UserErrors } }>(
      MARK_PAID,
      {
        input: { invoiceId, method: 'ACH', reference: 'ACH 99812', paidAt: today },
      },
    );
    expect(markInvoicePaid.userErrors).toEqual([]);
    expect(markInvoicePaid.invoice.paymentStatus).toBe('PAID');
    expect(markInvoicePaid.invoice.payments).toEqual([
      expect.objectContaining({
        method: 'TERMS',
        status: 'PAID',
        termsMethod: 'ACH',
        reference: 'ACH 99812',
        paidOn: today,
      }),
    ]);
    expect((await eventTypes(orderId)).at(-1)).toBe('INVOICE_MARKED_PAID');
    const twice = await demo.data<{ markInvoicePaid: { userErrors: UserErrors } }>(MARK_PAID, {
      input: { invoiceId, method: 'ACH', paidAt: today },
    });
    expect(twice.markInvoicePaid.userErrors[0]!.code).toBe('ALREADY_PAID');
  });

  it('refuses Mark as Paid for a card invoice, and flags overdue terms invoices', async () => {
    const [card] = await app.db.dataSource.query(
      `SELECT id FROM invoices WHERE payment_method = 'CARD' AND status = 'ISSUED' LIMIT 1`,
    );
    const refused = await demo.data<{ markInvoicePaid: { userErrors: UserErrors } }>(MARK_PAID, {
      input: { invoiceId: card.id, method: 'CHECK', paidAt: today },
    });
    expect(refused.markInvoicePaid.userErrors[0]!.code).toBe('NOT_A_TERMS_INVOICE');
    const [overdue] = await app.db.dataSource.query(
      `SELECT i.id FROM invoices i JOIN sellers s ON s.id = i.seller_id
        WHERE s.name = 'Demo Brand' AND i.payment_method = 'TERMS' AND i.payment_status = 'UNPAID'
          AND i.due_on < ${sellerTodaySql('i.seller_id')} LIMIT 1`,
    );
    expect(overdue).toBeDefined();
    expect((await invoice(overdue.id)).overdue).toBe(true);
  });
});
