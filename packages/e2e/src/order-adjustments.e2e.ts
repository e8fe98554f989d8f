import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { eventually, pdfText } from '@order-desk/testing';
import type { AppServer } from './app-server';
import { cents, graphqlAs } from './graphql-api';
import { openSellerSession, SCREENSHOTS } from './seller-session';
import { serverCli } from './server-cli';

// After acceptance, in the browser: "Edit Order" (review the dry run, then save) before and after
// invoicing, on terms and on a paid card order (credit note and card refund), and "Cancel Order" of a
// paid card order (refunded) and of a terms order (invoice voided). Every order is placed fresh by
// the buyer through the CLI and brought to its starting point through the API.

/** A demo buyer whose card on file is charged and refunded without trouble (see the README). */
const CARD_BUYER = 'Little Otter Home';

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
let termsBuyer = '';

type UserErrors = Array<{ code: string; message: string }>;

interface OrderState {
  id: string;
  number: number;
  version: number;
  status: string;
  paymentStatus: string;
  total: { amount: number };
  invoice: { id: string; displayNumber: string | null; status: string; paymentStatus: string } | null;
  invoices: Array<{ id: string; displayNumber: string | null; status: string }>;
  creditNotes: Array<{ id: string; displayNumber: string; total: { amount: number } }>;
  refunds: Array<{ status: string; method: string; amount: { amount: number } }>;
}

beforeAll(async () => {
  ({ server, browser, context, page } = await openSellerSession(consoleErrors, { acceptDownloads: true }));
  // A buyer on terms who is already one of Demo Brand's customers.
  const data = await graphqlAs<{
    orders: { edges: Array<{ node: { buyerName: string; paymentMethod: string; customer: { id: string } | null } }> };
  }>(
    page,
    server.url,
    `query TermsBuyers { orders(first: 100) { edges { node { buyerName paymentMethod customer { id } } } } }`,
  );
  const found = data.orders.edges.find((edge) => edge.node.paymentMethod === 'TERMS' && edge.node.customer);
  if (!found) throw new Error('no terms customer in the demo data');
  termsBuyer = found.node.buyerName;
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

async function settle() {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

async function shot(name: string, fullPage = false) {
  await settle();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

async function expectVisible(locator: Locator, timeout = 15_000) {
  await locator.waitFor({ state: 'visible', timeout });
}

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return graphqlAs<T>(page, server.url, query, variables);
}

async function readOrder(id: string): Promise<OrderState> {
  const data = await api<{ order: OrderState }>(
    `query AdjustedOrder($id: ID!) {
       order(id: $id) {
         id number version status paymentStatus total { amount }
         invoice { id displayNumber status paymentStatus }
         invoices { id displayNumber status }
         creditNotes { id displayNumber total { amount } }
         refunds { status method amount { amount } }
       }
     }`,
    { id },
  );
  return data.order;
}

/** Places an order of `buyer` through the CLI and accepts it through the API. */
async function acceptedOrder(buyer: string, lines: string[]): Promise<OrderState> {
  const output = await serverCli(server, 'place-order', [
    '--seller',
    'Demo Brand',
    '--buyer',
    buyer,
    ...lines.flatMap((line) => ['--line', line]),
  ]);
  const number = Number(/#(\d+)/.exec(output)?.[1]);
  const data = await api<{ orders: { edges: Array<{ node: { id: string; number: number; version: number } }> } }>(
    `query Placed($filter: OrderFilter) { orders(first: 10, filter: $filter) { edges { node { id number version } } } }`,
    { filter: { search: String(number) } },
  );
  const placed = data.orders.edges.map((edge) => edge.node).find((node) => node.number === number);
  if (!placed) throw new Error(`the order placed for ${buyer} is not listed: ${output}`);
  const accepted = await api<{ acceptOrder: { order: { id: string } | null; userErrors: UserErrors } }>(
    `mutation Accept($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { id } userErrors { code message } } }`,
    { input: { orderId: placed.id, expectedVersion: placed.version } },
  );
  if (!accepted.acceptOrder.order) throw new Error(`accept: ${JSON.stringify(accepted.acceptOrder.userErrors)}`);
  return readOrder(placed.id);
}

/** Saves the shipment, creates and confirms the invoice through the API; a card invoice is paid. */
async function invoicedOrder(buyer: string, lines: string[]): Promise<OrderState> {
  const order = await acceptedOrder(buyer, lines);
  const shipped = await api<{ saveShipment: { order: { version: number } | null; userErrors: UserErrors } }>(
    `mutation Ship($input: SaveShipmentInput!) { saveShipment(input: $input) { order { version } userErrors { code message } } }`,
    {
      input: {
        orderId: order.id,
        carrier: 'UPS',
        service: 'Ground',
        trackingNumbers: [`1Z999AA1${String(order.number).padStart(10, '0')}`],
        shippedOn: new Date().toISOString().slice(0, 10),
        shippingCost: 1500,
        expectedVersion: order.version,
      },
    },
  );
  if (!shipped.saveShipment.order) throw new Error(`ship: ${JSON.stringify(shipped.saveShipment.userErrors)}`);
  const drafted = await api<{ createInvoiceDraft: { invoice: { id: string } | null; userErrors: UserErrors } }>(
    `mutation Draft($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } userErrors { code message } } }`,
    { input: { orderId: order.id } },
  );
  const invoiceId = drafted.createInvoiceDraft.invoice?.id;
  if (!invoiceId) throw new Error(`draft: ${JSON.stringify(drafted.createInvoiceDraft.userErrors)}`);
  const confirmed = await api<{ confirmInvoice: { invoice: { id: string } | null; userErrors: UserErrors } }>(
    `mutation Confirm($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { invoice { id } userErrors { code message } } }`,
    { input: { invoiceId, expectedOrderVersion: shipped.saveShipment.order.version } },
  );
  if (!confirmed.confirmInvoice.invoice)
    throw new Error(`confirm: ${JSON.stringify(confirmed.confirmInvoice.userErrors)}`);
  const expected = buyer === CARD_BUYER ? 'PAID' : 'UNPAID';
  await eventually(async () => expect((await readOrder(order.id)).paymentStatus).toBe(expected), 30_000);
  return readOrder(order.id);
}

async function openOrder(id: string) {
  await page.goto(`${server.url}/orders/${id}`);
  await expectVisible(page.getByRole('heading', { level: 1, name: /^Order #\d+$/ }));
}

const itemsTotal = async () =>
  cents((await page.getByRole('group', { name: 'Order totals' }).getByText(/^\$/).last().textContent()) ?? '');
const reviewDialog = () => page.getByRole('dialog', { name: /^Review changes to Order #\d+$/ });
const timeline = () => page.getByRole('region', { name: 'Timeline' });
/** The order's payment status badge, in the page header. */
const paymentBadge = () => page.locator('[data-payment-status]').first();

/** Edit Order → change `sku`'s quantity → Review changes: returns the review dialog. */
async function reviewQuantityChange(sku: string, quantity: number): Promise<Locator> {
  await page.getByRole('button', { name: 'Edit Order' }).click();
  const input = page.getByLabel(`Quantity of ${sku}`);
  await expectVisible(input);
  await input.fill(String(quantity));
  await page.getByRole('button', { name: 'Review changes' }).click();
  const dialog = reviewDialog();
  await expectVisible(dialog);
  return dialog;
}

describe('Edit Order and Cancel Order after acceptance (owner of Demo Brand)', () => {
  it('a. edits an accepted order before invoicing: a quantity and an added product; totals and timeline follow', async () => {
    const order = await acceptedOrder(termsBuyer, ['CSC-08:6']);
    await openOrder(order.id);
    expect(await itemsTotal()).toBe(order.total.amount);

    await page.getByRole('button', { name: 'Edit Order' }).click();
    await page.getByLabel('Quantity of CSC-08').fill('8');
    const product = page.getByRole('textbox', { name: 'Product' });
    await product.click();
    await product.fill('WFC-12');
    await page.getByRole('option', { name: /^WFC-12/ }).click();
    await page.getByLabel('Quantity to add').fill('2');
    await page.getByRole('button', { name: 'Add product' }).click();
    await expectVisible(page.getByRole('row').filter({ hasText: 'WFC-12' }));
    await page.getByRole('button', { name: 'Review changes' }).click();

    const dialog = reviewDialog();
    await expectVisible(dialog);
    // 8 × $14.00 + 2 × $19.00, no shipping yet.
    const totals = dialog.getByTestId('adjustment-totals');
    expect(await totals.textContent()).toContain(`$${(order.total.amount / 100).toFixed(2)}`);
    expect(await totals.textContent()).toContain('$150.00');
    expect(await dialog.getByRole('table', { name: 'Lines changed' }).textContent()).toContain('new → 2');
    expect(await dialog.textContent()).toContain('No invoice or payment is affected.');
    await dialog.getByLabel('Reason').fill('Buyer asked by phone');
    await shot('order-edit-review');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await eventually(async () => expect(await itemsTotal()).toBe(15000));
    await expectVisible(page.getByRole('table', { name: 'Order items' }).getByText('WFC-12'));
    await expectVisible(timeline().getByText(/^Order edited: .*CSC-08 quantity 6 → 8/));
    expect((await readOrder(order.id)).total.amount).toBe(15000);

    // An internal note joins the timeline, marked as internal.
    await timeline().getByLabel('Internal note').fill('Called the buyer: they confirmed the new quantities.');
    await timeline().getByRole('button', { name: 'Add note' }).click();
    const note = timeline().getByTestId('order-note');
    await expectVisible(note);
    expect(await note.textContent()).toBe('Called the buyer: they confirmed the new quantities.');
    await expectVisible(timeline().getByText('Internal'));
  });

  it('b. edits an order with an issued terms invoice: the invoice is voided and re-issued with a new number', async () => {
    const order = await invoicedOrder(termsBuyer, ['CSC-08:6']);
    const first = order.invoice?.displayNumber ?? '';
    expect(first).toMatch(/^[A-Z]+-\d+$/);
    await openOrder(order.id);

    const dialog = await reviewQuantityChange('CSC-08', 4);
    expect(await dialog.textContent()).toContain(`Invoice ${first} will be voided; you will issue a new one.`);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const invoices = page.getByRole('region', { name: 'All invoices' });
    await expectVisible(invoices);
    const voided = invoices.locator('[data-invoice-status="VOID"]');
    await expectVisible(voided);
    expect(await voided.textContent()).toContain(first);
    await page.getByRole('region', { name: 'Invoice' }).getByRole('button', { name: 'Create Invoice' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Invoice Preview' }));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Invoice [A-Z]+-\d+$/ });
    await expectVisible(heading);
    const second = ((await heading.textContent()) ?? '').replace('Invoice ', '').trim();
    expect(second).not.toBe(first);

    const stored = await readOrder(order.id);
    expect(stored.invoices.map((invoice) => [invoice.displayNumber, invoice.status])).toEqual([
      [first, 'VOID'],
      [second, 'ISSUED'],
    ]);
    // 4 × $14.00 + $15.00 shipping.
    expect(stored.total.amount).toBe(7100);

    // The voided invoice says so on its own page.
    await page.goto(`${server.url}/invoices/${stored.invoices[0]?.id ?? ''}`);
    await expectVisible(page.getByText(/^VOID: this invoice was cancelled/));
  });

  let creditNoteId = '';
  let creditedInvoiceId = '';

  it('c. lowers a quantity on a paid card order: a credit note and a card refund', async () => {
    const order = await invoicedOrder(CARD_BUYER, ['CSC-08:6']);
    await openOrder(order.id);

    const dialog = await reviewQuantityChange('CSC-08', 4);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toMatch(/Credit note [A-Z]+-CN-\d+ of \$28\.00 will be issued\./);
    expect(text).toContain("$28.00 will be refunded to the buyer's card.");
    await dialog.getByLabel('Reason').fill('Two mugs arrived broken');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const section = page.getByRole('region', { name: 'Credit notes & refunds' });
    await expectVisible(section);
    // The refund is made by a job: first the API, then the open page (live) must say it succeeded.
    await eventually(
      async () => expect((await readOrder(order.id)).refunds.map((refund) => refund.status)).toEqual(['SUCCEEDED']),
      30_000,
    );
    await eventually(async () =>
      expect(await section.getByTestId('refund-status').first().textContent()).toBe('Refunded'),
    );
    expect(await section.getByRole('list', { name: 'Credit notes' }).textContent()).toContain(
      'Two mugs arrived broken',
    );
    await section.scrollIntoViewIfNeeded();
    await shot('order-credit-notes-refunds');

    const stored = await readOrder(order.id);
    expect(stored.creditNotes).toHaveLength(1);
    expect(stored.creditNotes[0]?.total.amount).toBe(2800);
    expect(stored.refunds).toEqual([{ status: 'SUCCEEDED', method: 'CARD', amount: { amount: 2800 } }]);
    creditNoteId = stored.creditNotes[0]?.id ?? '';
    creditedInvoiceId = stored.invoice?.id ?? '';
    const creditNoteNumber = stored.creditNotes[0]?.displayNumber ?? '';

    await section.getByRole('link', { name: creditNoteNumber, exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: `Credit note ${creditNoteNumber}` }));
    const sheet = page.getByRole('article', { name: `Credit note ${creditNoteNumber}` });
    expect(await sheet.getByRole('table', { name: 'Credit note lines' }).textContent()).toContain('CSC-08');
    expect(await sheet.textContent()).toContain('Two mugs arrived broken');
    await shot('credit-note-page', true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfContent = await pdfText(pdf);
    expect(pdfContent).toContain(creditNoteNumber);
    expect(pdfContent).toContain('28.00');
  });

  it('shows the credit note against the invoice it credits', async () => {
    expect(creditNoteId).not.toBe('');
    await page.goto(`${server.url}/invoices/${creditedInvoiceId}`);
    await expectVisible(page.getByRole('heading', { name: 'Credit notes against this invoice' }));
    expect(await page.getByRole('list', { name: 'Credit notes' }).getByRole('link').first().getAttribute('href')).toBe(
      `/credit-notes/${creditNoteId}`,
    );
  });

  it('d. cancels a paid card order: the payment is refunded', async () => {
    const order = await invoicedOrder(CARD_BUYER, ['CSC-08:3']);
    await openOrder(order.id);
    await page.getByRole('button', { name: 'Cancel Order' }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel Order #${order.number}` });
    await expectVisible(dialog);
    await dialog.getByRole('textbox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'The buyer asked to cancel' }).click();
    await dialog.getByRole('button', { name: 'Review cancellation' }).click();
    // A shipped order needs the explicit acknowledgement first.
    await expectVisible(dialog.getByText('This order was shipped: confirm you are cancelling it anyway.'));
    await dialog.getByLabel('I know this order was shipped and cancel it anyway').check();
    await dialog.getByRole('button', { name: 'Review cancellation' }).click();
    await expectVisible(dialog.getByRole('group', { name: 'Changes to review' }));
    const total = `$${(order.total.amount / 100).toFixed(2)}`;
    expect(await dialog.textContent()).toContain(`${total} will be refunded to the buyer's card.`);
    await shot('order-cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel Order' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expectVisible(page.getByRole('heading', { level: 1, name: `Order #${order.number}` }));
    await eventually(
      async () => expect(await paymentBadge().getAttribute('data-payment-status')).toBe('REFUNDED'),
      30_000,
    );
    const section = page.getByRole('region', { name: 'Credit notes & refunds' });
    await eventually(async () =>
      expect(await section.getByTestId('refund-status').first().textContent()).toBe('Refunded'),
    );
    const stored = await readOrder(order.id);
    expect(stored.status).toBe('CANCELLED');
    expect(stored.paymentStatus).toBe('REFUNDED');
    expect(stored.refunds).toEqual([{ status: 'SUCCEEDED', method: 'CARD', amount: { amount: order.total.amount } }]);
    await expectVisible(
      timeline()
        .getByText(/cancelled/i)
        .first(),
    );
  });

  it('e. cancels a terms order: its unpaid invoice is voided', async () => {
    const order = await invoicedOrder(termsBuyer, ['CSC-08:2']);
    const number = order.invoice?.displayNumber ?? '';
    await openOrder(order.id);
    await page.getByRole('button', { name: 'Cancel Order' }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel Order #${order.number}` });
    await dialog.getByRole('textbox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Other' }).click();
    await dialog.getByLabel('I know this order was shipped and cancel it anyway').check();
    await dialog.getByRole('button', { name: 'Review cancellation' }).click();
    // "Other" needs a message to the buyer.
    await expectVisible(dialog.getByText('Tell the buyer why: a message is required for "Other".'));
    await dialog.getByLabel('Message to the buyer').fill('We are closing this product line.');
    await dialog.getByRole('button', { name: 'Review cancellation' }).click();
    await expectVisible(dialog.getByText(`Invoice ${number} will be voided.`));
    await dialog.getByRole('button', { name: 'Cancel Order' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await eventually(async () => expect(await paymentBadge().getAttribute('data-payment-status')).toBe('VOID'));
    const stored = await readOrder(order.id);
    expect(stored.status).toBe('CANCELLED');
    expect(stored.paymentStatus).toBe('VOID');
    expect(stored.invoices.map((invoice) => invoice.status)).toEqual(['VOID']);
    expect(await page.getByRole('button', { name: 'Edit Order' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Cancel Order' }).count()).toBe(0);
  });
});
