import { eventually } from '@order-desk/testing';
import { cardInvoiceDraft } from '../test/card-invoice-draft';
import { startTestApp, type GraphQLClient, type GraphQLResponse, type TestApp } from '../test/test-app';
import { purgeExpiredRecords } from '../jobs/retention';

const ERRORS = 'userErrors { code field message }';
const CONFIRM = `mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) {
  invoice { id displayNumber } order { id version } ${ERRORS} } }`;
const EDIT = `mutation($input: EditOrderInput!) { editOrder(input: $input) {
  order { id version refunds { status } } adjustment { committed refunds { amount { amount } } } ${ERRORS} } }`;
const NOTE = `mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { order { id version } ${ERRORS} } }`;

type Answer = GraphQLResponse<Record<string, { userErrors: { code: string }[] } & Record<string, unknown>>>;

let app: TestApp;
let demo: GraphQLClient;
let partner: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  partner = await apiKey(demo, 'ERP');
});
afterAll(() => app.close());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  app.db.dataSource.query(text, params) as Promise<T[]>;

async function apiKey(owner: GraphQLClient, name: string): Promise<GraphQLClient> {
  const { createApiKey } = await owner.data<{ createApiKey: { secret: string } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { name, scopes: ['ORDERS_WRITE', 'INVOICES_WRITE', 'PAYMENTS_WRITE'] } },
  );
  return app.withApiKey(createApiKey.secret);
}

/** Sends `query` with `Idempotency-Key: key` (none when key is null). */
const send = (client: GraphQLClient, query: string, input: Record<string, unknown>, key: string | null) =>
  client.request(query, { input }, key === null ? {} : { 'Idempotency-Key': key }) as Promise<Answer>;

/** The payload of mutation `name` in an answer that has data. */
const payload = (answer: Answer, name: string) => answer.data![name]!;

const replayed = (answer: Answer) => answer.headers.get('idempotent-replayed') === 'true';

const invoiceDraft = () => cardInvoiceDraft(app, demo);

const orderOf = async (orderId: string) =>
  (
    await demo.data<{ order: { version: number; paymentStatus: string; refunds: { status: string }[] } }>(
      `query($id: ID!) { order(id: $id) { version paymentStatus refunds { status } } }`,
      { id: orderId },
    )
  ).order;

const notes = async (orderId: string) =>
  (
    await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM order_events WHERE order_id = $1 AND type = 'NOTE_ADDED'`,
      [orderId],
    )
  )[0]!.count;

const issuedInvoices = async () =>
  (await sql<{ count: number }>(`SELECT count(*)::int AS count FROM invoices WHERE number IS NOT NULL`))[0]!.count;

/** The POSTs the stand-in received since `from` (charges, refunds: what moves money). */
const stripePosts = (from: number) =>
  app.stripe.standIn!.requests.slice(from).filter((request) => request.method === 'POST');

/** Confirms a draft with one request and waits for the charge: what a single confirm does at Stripe and to the order. */
async function confirmOnce(key: string): Promise<{ stripePosts: number; versions: number }> {
  const { orderId, invoiceId } = await invoiceDraft();
  const before = (await orderOf(orderId)).version;
  const from = app.stripe.standIn!.requests.length;
  const answer = await send(partner, CONFIRM, { invoiceId }, key);
  expect(payload(answer, 'confirmInvoice').userErrors).toEqual([]);
  await eventually(async () => expect((await orderOf(orderId)).paymentStatus).toBe('PAID'));
  return { stripePosts: stripePosts(from).length, versions: (await orderOf(orderId)).version - before };
}

describe('a mutation retried with the same Idempotency-Key', () => {
  it('acts once: the retry gets the first answer back, marked replayed, and nothing runs again', async () => {
    const single = await confirmOnce('baseline-confirm');
    expect(single.stripePosts).toBeGreaterThan(0);
    const { orderId, invoiceId } = await invoiceDraft();
    const before = { version: (await orderOf(orderId)).version, invoices: await issuedInvoices() };
    const from = app.stripe.standIn!.requests.length;

    const first = await send(partner, CONFIRM, { invoiceId }, 'confirm-1');
    expect(first.status).toBe(200);
    expect(replayed(first)).toBe(false);
    expect(payload(first, 'confirmInvoice').userErrors).toEqual([]);
    await eventually(async () => expect((await orderOf(orderId)).paymentStatus).toBe('PAID'));
    const settled = await orderOf(orderId);

    const retry = await send(partner, CONFIRM, { invoiceId }, 'confirm-1');
    expect(retry.status).toBe(200);
    expect(replayed(retry)).toBe(true);
    expect(retry.data).toEqual(first.data);
    expect(await issuedInvoices()).toBe(before.invoices + 1);
    expect((await orderOf(orderId)).version).toBe(settled.version);
    expect(settled.version - before.version).toBe(single.versions);
    expect(stripePosts(from)).toHaveLength(single.stripePosts);
  });

  it('acts once under 20 concurrent retries of confirmInvoice: one runs, the others are told it runs (409) or replay', async () => {
    const single = await confirmOnce('baseline-concurrent');
    const { orderId, invoiceId } = await invoiceDraft();
    const before = { version: (await orderOf(orderId)).version, invoices: await issuedInvoices() };
    const from = app.stripe.standIn!.requests.length;

    const answers = await Promise.all(
      Array.from({ length: 20 }, () => send(partner, CONFIRM, { invoiceId }, 'confirm-concurrent')),
    );
    const ran = answers.filter((answer) => answer.status === 200 && !replayed(answer));
    expect(ran).toHaveLength(1);
    for (const answer of answers) {
      if (answer.status === 409) {
        expect(answer.errors!.map((e) => e.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_IN_PROGRESS']);
        expect(answer.headers.get('retry-after')).toBe('1');
      } else {
        expect(answer.status).toBe(200);
        expect(answer.data).toEqual(ran[0]!.data);
      }
    }
    const late = await send(partner, CONFIRM, { invoiceId }, 'confirm-concurrent');
    expect(replayed(late)).toBe(true);
    expect(late.data).toEqual(ran[0]!.data);

    await eventually(async () => expect((await orderOf(orderId)).paymentStatus).toBe('PAID'));
    expect(await issuedInvoices()).toBe(before.invoices + 1);
    expect((await orderOf(orderId)).version - before.version).toBe(single.versions);
    expect(stripePosts(from)).toHaveLength(single.stripePosts);
  });

  it('answers 409 while the first still runs, then the first answer', async () => {
    const { orderId } = await invoiceDraft();
    // Holding the order's lock keeps the first request running (it waits for the lock).
    const runner = app.db.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`SELECT id FROM orders WHERE id = $1 FOR UPDATE`, [orderId]);
    const input = { orderId, text: 'Called the buyer' };
    const first = send(partner, NOTE, input, 'note-slow');
    await eventually(async () =>
      expect(await sql(`SELECT 1 FROM idempotency_keys WHERE key = 'note-slow'`)).toHaveLength(1),
    );
    const meanwhile = await send(partner, NOTE, input, 'note-slow');
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.errors!.map((e) => e.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_IN_PROGRESS']);
    await runner.commitTransaction();
    await runner.release();
    const done = await first;
    expect(payload(done, 'addOrderNote').userErrors).toEqual([]);
    const after = await send(partner, NOTE, input, 'note-slow');
    expect(replayed(after)).toBe(true);
    expect(after.data).toEqual(done.data);
  });
  it('keeps the answer of a request whose client went away, for its retry', async () => {
    const { orderId } = await invoiceDraft();
    const runner = app.db.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`SELECT id FROM orders WHERE id = $1 FOR UPDATE`, [orderId]);
    const body = JSON.stringify({ query: NOTE, variables: { input: { orderId, text: 'Gone' } } });
    const gone = new AbortController();
    const request = fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: partner.authorization!,
        'Idempotency-Key': 'note-gone',
      },
      body,
      signal: gone.signal,
    });
    await eventually(async () =>
      expect(await sql(`SELECT 1 FROM idempotency_keys WHERE key = 'note-gone'`)).toHaveLength(1),
    );
    gone.abort();
    await expect(request).rejects.toThrow();
    await runner.commitTransaction();
    await runner.release();
    await eventually(async () =>
      expect(
        await sql(`SELECT 1 FROM idempotency_keys WHERE key = 'note-gone' AND response_status = 200`),
      ).toHaveLength(1),
    );
    const retry = await send(partner, NOTE, { orderId, text: 'Gone' }, 'note-gone');
    expect(replayed(retry)).toBe(true);
    expect(await notes(orderId)).toBe(1);
  });
});

describe('refusals', () => {
  it('refuse the same key with another body (422), and keep replaying the first', async () => {
    const { orderId } = await invoiceDraft();
    const first = await send(partner, NOTE, { orderId, text: 'First' }, 'note-reused');
    const other = await send(partner, NOTE, { orderId, text: 'Second' }, 'note-reused');
    expect(other.status).toBe(422);
    expect(other.errors).toEqual([expect.objectContaining({ extensions: { code: 'IDEMPOTENCY_KEY_REUSED' } })]);
    const again = await send(partner, NOTE, { orderId, text: 'First' }, 'note-reused');
    expect(replayed(again)).toBe(true);
    expect(again.data).toEqual(first.data);
  });

  it('refuse a key that is empty, too long or not printable ASCII (400); a query ignores its key', async () => {
    const { orderId } = await invoiceDraft();
    for (const key of ['', 'k'.repeat(256), 'clé']) {
      const answer = await send(partner, NOTE, { orderId, text: 'Note' }, key);
      expect(answer.status).toBe(400);
      expect(answer.errors!.map((e) => e.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_INVALID']);
    }
    expect(await send(partner, NOTE, { orderId, text: 'Note' }, 'k'.repeat(255))).toMatchObject({ status: 200 });
    const query = await partner.request(`{ orders(first: 1) { totalCount } }`, {}, { 'Idempotency-Key': 'read' });
    expect(query.status).toBe(200);
    expect(await sql(`SELECT 1 FROM idempotency_keys WHERE key = 'read'`)).toEqual([]);
  });

  it('do not keep an answer whose mutation did not run (FORBIDDEN): the key is released', async () => {
    const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "reader", scopes: [ORDERS_READ] }) { secret } }`,
    );
    const reader = app.withApiKey(createApiKey.secret);
    const { orderId } = await invoiceDraft();
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await send(reader, NOTE, { orderId, text: 'Note' }, 'forbidden');
      expect(answer.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(replayed(answer)).toBe(false);
    }
    expect(await sql(`SELECT 1 FROM idempotency_keys WHERE key = 'forbidden'`)).toEqual([]);
  });
});

describe('money-moving mutations by API key', () => {
  it('are refused without a key (a refunding editOrder rolls back whole), previewed without one, run with one', async () => {
    const { orderId, invoiceId } = await invoiceDraft();
    const confirmWithout = await send(partner, CONFIRM, { invoiceId }, null);
    expect(payload(confirmWithout, 'confirmInvoice').userErrors.map((e) => e.code)).toEqual([
      'IDEMPOTENCY_KEY_REQUIRED',
    ]);
    expect(await send(partner, CONFIRM, { invoiceId }, 'confirm-edit')).toMatchObject({ status: 200 });
    await eventually(async () => expect((await orderOf(orderId)).paymentStatus).toBe('PAID'));
    const [item] = await sql<{ id: string }>(`SELECT id FROM order_items WHERE order_id = $1`, [orderId]);
    const input = { orderId, quantities: [{ orderItemId: item!.id, quantity: 2 }] };
    const paid = await orderOf(orderId);

    const preview = await send(partner, EDIT, { ...input, preview: true }, null);
    expect(preview.data!.editOrder).toMatchObject({ adjustment: { committed: false, refunds: [{}] }, userErrors: [] });
    const refused = await send(partner, EDIT, input, null);
    expect(payload(refused, 'editOrder').userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REQUIRED']);
    expect(await orderOf(orderId)).toEqual(paid);

    const from = app.stripe.standIn!.requests.length;
    const edited = await send(partner, EDIT, input, 'edit-refund');
    expect(edited.data!.editOrder).toMatchObject({ adjustment: { committed: true }, userErrors: [] });
    expect((await orderOf(orderId)).version).toBe(paid.version + 1);
    await eventually(async () => expect((await orderOf(orderId)).refunds).toEqual([{ status: 'SUCCEEDED' }]));
    const refunded = await orderOf(orderId);
    const retry = await send(partner, EDIT, input, 'edit-refund');
    expect(replayed(retry)).toBe(true);
    expect(retry.data).toEqual(edited.data);
    expect(await orderOf(orderId)).toEqual(refunded);
    expect(stripePosts(from).filter((request) => request.path === '/v1/refunds')).toHaveLength(1);
  });

  it('are all refused without a key, before anything is looked up', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const today = new Date().toISOString().slice(0, 10);
    const mutations: [string, string, Record<string, unknown>, string][] = [
      ['retryInvoicePayment', 'RetryInvoicePaymentInput', { invoiceId: unknown }, 'INVOICE_NOT_FOUND'],
      [
        'markInvoicePaid',
        'MarkInvoicePaidInput',
        { invoiceId: unknown, method: 'CHECK', paidAt: today },
        'INVOICE_NOT_FOUND',
      ],
      ['retryRefund', 'RetryRefundInput', { refundId: unknown }, 'REFUND_NOT_FOUND'],
      [
        'recordTermsRefund',
        'RecordTermsRefundInput',
        { refundId: unknown, method: 'ACH', refundedOn: today },
        'REFUND_NOT_FOUND',
      ],
    ];
    for (const [name, type, input, notFound] of mutations) {
      const query = `mutation($input: ${type}!) { ${name}(input: $input) { ${ERRORS} } }`;
      const codes = async (key: string | null) =>
        payload(await send(partner, query, input, key), name).userErrors.map((e) => e.code);
      expect(await codes(null)).toEqual(['IDEMPOTENCY_KEY_REQUIRED']);
      expect(await codes(`${name}-1`)).toEqual([notFound]);
    }
  });

  it('are not held to a key for a signed-in seller user', async () => {
    const { invoiceId } = await invoiceDraft();
    const confirmed = await send(demo, CONFIRM, { invoiceId }, null);
    expect(payload(confirmed, 'confirmInvoice').userErrors).toEqual([]);
  });
});

describe('key scopes and expiry', () => {
  it('keep the keys of two sellers and of two credentials of one seller apart', async () => {
    const other = await app.signIn('owner@other-brand.test');
    const [otherOrder] = await sql<{ id: string }>(
      `SELECT o.id FROM orders o JOIN sellers s ON s.id = o.seller_id AND s.name = 'Other Brand' LIMIT 1`,
    );
    const { orderId } = await invoiceDraft();
    const callers: [GraphQLClient, string][] = [
      [partner, orderId],
      [await apiKey(demo, 'Accounting'), orderId],
      [demo, orderId],
      [other, otherOrder!.id],
      [await apiKey(other, 'Other ERP'), otherOrder!.id],
    ];
    for (const [client, id] of callers) {
      const answer = await send(client, NOTE, { orderId: id, text: 'Same key, another caller' }, 'shared-key');
      expect(replayed(answer)).toBe(false);
      expect(payload(answer, 'addOrderNote').userErrors).toEqual([]);
    }
    expect(await notes(orderId)).toBe(3);
    expect(await notes(otherOrder!.id)).toBe(2);
  });

  it('are kept 24 hours: an expired key runs again, and the daily purge deletes it', async () => {
    const { orderId } = await invoiceDraft();
    const input = { orderId, text: 'Daily check' };
    await send(partner, NOTE, input, 'note-expiring');
    expect(replayed(await send(partner, NOTE, input, 'note-expiring'))).toBe(true);
    const [row] = await sql<{ hours: number }>(
      `SELECT extract(epoch FROM expires_at - claimed_at) / 3600 AS hours FROM idempotency_keys WHERE key = 'note-expiring'`,
    );
    expect(Number(row!.hours)).toBe(24);
    // 24 hours later, as far as the key is concerned.
    await sql(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = 'note-expiring'`);
    const later = await send(partner, NOTE, input, 'note-expiring');
    expect(replayed(later)).toBe(false);
    expect(payload(later, 'addOrderNote').userErrors).toEqual([]);
    expect(await notes(orderId)).toBe(2);

    await sql(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = 'note-expiring'`);
    // The nightly retention job (jobs/retention.ts) deletes expired keys.
    const purged = await purgeExpiredRecords(app.db.dataSource, {
      webhookAttemptsDays: 30,
      sentEmailsDays: 90,
      jobArchiveDays: 7,
    });
    expect(purged.expiredIdempotencyKeys).toBeGreaterThanOrEqual(1);
    expect(await sql(`SELECT key FROM idempotency_keys WHERE key = 'note-expiring'`)).toEqual([]);
    expect(await sql(`SELECT key FROM idempotency_keys WHERE key = 'confirm-1'`)).toHaveLength(1);
  });
});
