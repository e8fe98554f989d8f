import { parse } from 'csv-parse/sync';
import { eventually, pdfText } from '@order-desk/testing';
import { DECLINING_CARDS } from '../db/seed/demo-data';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const ERRORS = 'userErrors { code field message }';
const BUYER = 'Łódź Ceramika Żółw';

let app: TestApp;
let demo: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  app.db.dataSource.query(text, params) as Promise<T[]>;

async function mutate<T = Record<string, unknown>>(name: string, type: string, input: object, select = ''): Promise<T> {
  const result = await demo.data<Record<string, T & { userErrors: unknown[] }>>(
    `mutation($input: ${type}!) { ${name}(input: $input) { ${select} ${ERRORS} } }`,
    { input },
  );
  expect(result[name]!.userErrors).toEqual([]);
  return result[name]!;
}

/** "Now" for the code under test (its Date only: timers, I/O and the database run as usual). */
async function at<T>(instant: Date, act: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({
    now: instant,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
  try {
    return await act();
  } finally {
    jest.useRealTimers();
    // A job worker whose poll straddled the jump back to last night would wait that long to poll again.
    for (const id of app.app.workerIds) app.app.boss.notifyWorker(id);
  }
}

const pdfOf = async (url: string) =>
  pdfText(Buffer.from(await (await fetch(`${app.url}${url}`, { headers: { cookie: demo.cookie! } })).arrayBuffer()));

const sentEmail = async (orderId: string, kind: string) => {
  const [email] = await sql<{ id: string }>(`SELECT id FROM outbound_emails WHERE order_id = $1 AND kind = $2`, [
    orderId,
    kind,
  ]);
  const find = () => app.app.mailCatcher!.messages.find((m) => m.messageId === `<${email!.id}@order-desk.local>`);
  await eventually(async () => expect(find()).toBeDefined());
  return find()!;
};

/** A new order of the terms buyer renamed "Łódź Ceramika Żółw", placed at `placedAt`. */
async function placeOrder(placedAt: Date): Promise<{ id: string; number: number }> {
  const [customer] = await sql<{ buyer_id: string; seller_id: string }>(
    `SELECT b.id AS buyer_id, s.id AS seller_id FROM buyers b
       JOIN customers c ON c.buyer_id = b.id JOIN sellers s ON s.id = c.seller_id AND s.name = 'Demo Brand'
      WHERE b.default_payment_method = 'TERMS' AND b.company_name <> ALL($1::text[])
      ORDER BY b.company_name LIMIT 1`,
    [Object.keys(DECLINING_CARDS)],
  );
  await sql(`UPDATE buyers SET company_name = $2 WHERE id = $1`, [customer!.buyer_id, BUYER]);
  await sql(`UPDATE customers SET name = $2, payment_terms_days = 30 WHERE buyer_id = $1`, [customer!.buyer_id, BUYER]);
  const placed = await app.app.services.orderIntake.placeOrder({
    sellerId: customer!.seller_id,
    buyerId: customer!.buyer_id,
    lines: [{ sku: 'CSC-08', quantity: 6 }],
  });
  await sql(`UPDATE orders SET placed_at = $2 WHERE id = $1`, [placed.id, placedAt]);
  return placed;
}

const words = (day: string, locale: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Yesterday 23:30 on the seller's wall clock (recent, so the database's own "now" stays consistent
 * with it): in New York that instant is already the next day in UTC.
 */
async function lateLastNight(timeZone: string) {
  const [row] = await sql<{ at: Date; day: string }>(
    `SELECT (d + time '23:30') AT TIME ZONE $1 AS at, to_char(d, 'YYYY-MM-DD') AS day
       FROM (SELECT (now() AT TIME ZONE $1)::date - 1 AS d) yesterday`,
    [timeZone],
  );
  const minutes = (Date.parse(`${row!.day}T23:30:00Z`) - row!.at.getTime()) / 60_000;
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  return { at: row!.at, day: row!.day, localPlaced: `${row!.day}T23:30:00${offset}` };
}

const SELLERS = [
  { timeZone: 'America/New_York', locale: 'en-US', money: /\$\d{1,3}(,\d{3})*\.\d{2}/ },
  { timeZone: 'Europe/Berlin', locale: 'de-DE', money: /\d{1,3}(\.\d{3})*,\d{2}\s\$/ },
];

describe.each(SELLERS)('documents of a seller in $timeZone ($locale) at 23:30 local', (seller) => {
  let late: Awaited<ReturnType<typeof lateLastNight>>;
  let day: string;
  beforeAll(async () => {
    late = await lateLastNight(seller.timeZone);
    day = words(late.day, seller.locale);
    await mutate('updateSellerSettings', 'UpdateSellerSettingsInput', {
      timeZone: seller.timeZone,
      locale: seller.locale,
      legalName: 'Demo Brand Handels GmbH',
      taxId: 'DE123456789',
      replyToEmail: 'owner@demo-brand.test',
      remitToInstructions: 'IBAN DE89 3704 0044 0532 0130 00',
      address: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    });
  });

  it('the rejection email: the seller’s day and words, from the seller, replies to the seller', async () => {
    const order = await placeOrder(late.at);
    await mutate('rejectOrder', 'RejectOrderInput', { orderId: order.id, reason: 'OUT_OF_STOCK' });
    const mail = await sentEmail(order.id, 'ORDER_REJECTED');
    expect(mail.text).toContain(`Your order #${order.number}, placed on ${day}, was not accepted.`);
    expect(mail.html).toContain(`placed on ${day}`);
    expect(mail.fromHeader).toMatch(/^"?Demo Brand"? <orders@order-desk\.test>$/);
    expect(mail.replyTo).toBe('owner@demo-brand.test');
  });

  it('the invoice, credit note, cancellation email and CSV of one order, all in the seller’s day and locale', async () => {
    const order = await placeOrder(late.at);
    await mutate('acceptOrder', 'AcceptOrderInput', { orderId: order.id });
    await mutate('saveShipment', 'SaveShipmentInput', {
      orderId: order.id,
      carrier: 'UPS',
      trackingNumbers: ['1Z1'],
      // The shipment's own check compares with the UTC day of placement (not this slice's: left alone).
      shippedOn: late.at.toISOString().slice(0, 10),
      shippingCost: 1500,
    });
    const { invoice: draft } = await mutate<{ invoice: { id: string } }>(
      'createInvoiceDraft',
      'CreateInvoiceDraftInput',
      { orderId: order.id },
      'invoice { id }',
    );
    const { invoice } = await at(late.at, () =>
      mutate<{ invoice: { pdfUrl: string; document: { issueDate: string; dueDate: string; orderDate: string } } }>(
        'confirmInvoice',
        'ConfirmInvoiceInput',
        { invoiceId: draft.id },
        'invoice { pdfUrl document { issueDate dueDate orderDate } }',
      ),
    );
    // The issue date is the seller's date, and the due date (Net 30) follows from it.
    expect(invoice.document).toEqual({ issueDate: late.day, dueDate: plusDays(late.day, 30), orderDate: late.day });
    const invoiceText = await pdfOf(invoice.pdfUrl);
    for (const expected of [BUYER, 'Demo Brand Handels GmbH', 'Hauptstraße 1', 'Tax ID: DE123456789'])
      expect(invoiceText).toContain(expected);
    expect(invoiceText).toContain(day);
    expect(invoiceText).toContain(words(plusDays(late.day, 30), seller.locale));
    expect(invoiceText).toContain('IBAN DE89 3704 0044 0532 0130 00');
    expect(invoiceText).toMatch(seller.money);
    expect(invoiceText).toContain('Page 1 of 1');

    await mutate('markInvoicePaid', 'MarkInvoicePaidInput', {
      invoiceId: draft.id,
      method: 'CHECK',
      reference: '1001',
      paidAt: late.day,
    });
    const { order: cancelled } = await at(late.at, () =>
      mutate<{ order: { creditNotes: { pdfUrl: string; document: { issueDate: string } }[] } }>(
        'cancelOrder',
        'CancelOrderInput',
        { orderId: order.id, reason: 'BUYER_REQUEST', restock: true, acknowledgeShipped: true },
        'order { creditNotes { pdfUrl document { issueDate } } }',
      ),
    );
    const [creditNote] = cancelled.creditNotes;
    expect(creditNote!.document.issueDate).toBe(late.day);
    const creditText = await pdfOf(creditNote!.pdfUrl);
    for (const expected of ['CREDIT NOTE', BUYER, day, 'Tax ID: DE123456789']) expect(creditText).toContain(expected);
    expect(creditText).toMatch(seller.money);
    expect(creditText).not.toContain('IBAN');

    const mail = await sentEmail(order.id, 'ORDER_CANCELLED');
    expect(mail.text).toContain(`Your order #${order.number}, placed on ${day}, was cancelled.`);
    expect(mail.text).toMatch(new RegExp(`Demo Brand will pay you back ${seller.money.source}\\.`));
    expect(mail.replyTo).toBe('owner@demo-brand.test');

    const bytes = Buffer.from(
      await (
        await fetch(`${app.url}/exports/orders.csv?search=${order.number}&format=readable&excel=true`, {
          headers: { cookie: demo.cookie! },
        })
      ).arrayBuffer(),
    );
    // The UTF-8 byte order mark (fetch's text() would drop it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [, row] = parse(bytes.subarray(3).toString('utf8')) as string[][];
    expect(row!.slice(0, 6)).toEqual([String(order.number), late.localPlaced, BUYER, 'Cancelled', 'Paid', 'Terms']);
    expect(row![11]).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59[+-]\d{2}:\d{2}$/); // accept by: the end of a local day
    // The partner default stays: UTC with milliseconds, enum values, no byte order mark.
    const [, plain] = parse(
      await (
        await fetch(`${app.url}/exports/orders.csv?search=${order.number}`, { headers: { cookie: demo.cookie! } })
      ).text(),
    ) as string[][];
    expect(plain!.slice(1, 4)).toEqual([new Date(late.localPlaced).toISOString(), BUYER, 'CANCELLED']);
  });
});
