import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { AppServer } from './app-server';
import { eventually } from '@order-desk/testing';
import { expectAccessible } from './accessibility';
import { openSellerSession, SCREENSHOTS, watchConsole } from './seller-session';
import { graphqlAs } from './graphql-api';
import { serverCli } from './server-cli';

// The article's "Marking the Invoice As Paid", in the browser: confirming a card invoice charges the
// buyer's card on file and the invoice turns paid by itself; a declined card shows why, with "Retry
// Payment", which charges the buyer's new card; a terms invoice is marked paid by the seller. Every
// change reaches the open page live, without a reload.

/** Demo buyers whose card on file declines (see the README's demo data). */
const DECLINING_BUYERS = [
  'Fernwood General Store',
  'Bramble & Birch',
  'Prairie Rose Market',
  'Hudson Valley Provisions',
];
const FERNWOOD = 'Fernwood General Store';

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser, context, page } = await openSellerSession(consoleErrors));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function settle(target: Page = page) {
  await target.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

async function shot(name: string, options: { fullPage?: boolean; target?: Page } = {}) {
  const target = options.target ?? page;
  await settle(target);
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
}

async function expectVisible(locator: Locator, timeout = 15_000) {
  await locator.waitFor({ state: 'visible', timeout });
}

type UserErrors = Array<{ code: string; message: string }>;

interface PendingOrder {
  id: string;
  number: number;
  version: number;
  buyerName: string;
  paymentMethod: 'CARD' | 'TERMS';
  customer: { id: string } | null;
}

async function pendingOrders(search?: string): Promise<PendingOrder[]> {
  const data = await graphqlAs<{ orders: { edges: Array<{ node: PendingOrder }> } }>(
    page,
    server.url,
    `query PendingOrders($filter: OrderFilter) {
       orders(first: 100, filter: $filter) {
         edges { node { id number version buyerName paymentMethod customer { id } } }
       }
     }`,
    { filter: { status: 'PENDING', ...(search ? { search } : {}) } },
  );
  return data.orders.edges.map((edge) => edge.node);
}

async function readOrder(id: string) {
  const data = await graphqlAs<{
    order: {
      id: string;
      number: number;
      version: number;
      buyerName: string;
      paymentStatus: string;
      invoice: { id: string; paymentStatus: string; displayNumber: string | null } | null;
    };
  }>(
    page,
    server.url,
    `query PaymentOrder($id: ID!) {
       order(id: $id) { id number version buyerName paymentStatus invoice { id paymentStatus displayNumber } }
     }`,
    { id },
  );
  return data.order;
}

/** A pending order of `buyer` (an existing customer), placed by the buyer through the CLI when it has none. */
async function pendingOrderOf(buyer: string): Promise<PendingOrder> {
  const existing = (await pendingOrders(buyer)).find((order) => order.buyerName === buyer && order.customer);
  if (existing) return existing;
  const output = await serverCli(server, 'place-order', [
    '--seller',
    'Demo Brand',
    '--buyer',
    buyer,
    '--line',
    'CSC-08:6',
  ]);
  const number = Number(/#(\d+)/.exec(output)?.[1]);
  const placed = (await pendingOrders(String(number))).find((order) => order.number === number);
  if (!placed) throw new Error(`the order placed for ${buyer} is not listed: ${output}`);
  return placed;
}

/**
 * Accepts the order, saves its shipment and creates its draft invoice, through the API (the
 * invoicing browser test covers those screens): returns the draft invoice's id.
 */
async function draftInvoiceFor(order: PendingOrder): Promise<string> {
  const accepted = await graphqlAs<{ acceptOrder: { order: { version: number } | null; userErrors: UserErrors } }>(
    page,
    server.url,
    `mutation Accept($input: AcceptOrderInput!) {
       acceptOrder(input: $input) { order { version } userErrors { code message } }
     }`,
    { input: { orderId: order.id, expectedVersion: order.version } },
  );
  if (!accepted.acceptOrder.order) throw new Error(`accept: ${JSON.stringify(accepted.acceptOrder.userErrors)}`);

  const shipped = await graphqlAs<{ saveShipment: { order: { version: number } | null; userErrors: UserErrors } }>(
    page,
    server.url,
    `mutation Ship($input: SaveShipmentInput!) {
       saveShipment(input: $input) { order { version } userErrors { code message } }
     }`,
    {
      input: {
        orderId: order.id,
        carrier: 'UPS',
        service: 'Ground',
        trackingNumbers: [`1Z999AA1${String(order.number).padStart(10, '0')}`],
        shippedOn: new Date().toISOString().slice(0, 10),
        shippingCost: 1500,
        expectedVersion: accepted.acceptOrder.order.version,
      },
    },
  );
  if (!shipped.saveShipment.order) throw new Error(`ship: ${JSON.stringify(shipped.saveShipment.userErrors)}`);

  const drafted = await graphqlAs<{ createInvoiceDraft: { invoice: { id: string } | null; userErrors: UserErrors } }>(
    page,
    server.url,
    `mutation Draft($input: CreateInvoiceDraftInput!) {
       createInvoiceDraft(input: $input) { invoice { id } userErrors { code message } }
     }`,
    { input: { orderId: order.id } },
  );
  if (!drafted.createInvoiceDraft.invoice) {
    throw new Error(`draft: ${JSON.stringify(drafted.createInvoiceDraft.userErrors)}`);
  }
  return drafted.createInvoiceDraft.invoice.id;
}

/** Marks the page's JavaScript context: still marked later means the page was never reloaded. */
async function markPage(target: Page = page) {
  await target.evaluate(() => {
    document.documentElement.dataset['e2eNoReload'] = 'yes';
  });
}

async function expectNotReloaded(target: Page = page) {
  expect(await target.evaluate(() => document.documentElement.dataset['e2eNoReload'])).toBe('yes');
}

const paymentSection = () => page.getByRole('region', { name: 'Payment' });
/** The status badge heading the Payment section. */
const paymentStatusShown = async () =>
  (await paymentSection().locator('[data-payment-status]').first().textContent())?.trim();
const attemptRows = () => paymentSection().getByRole('table', { name: 'Payment attempts' }).locator('tbody tr');

/** Opens the Invoice Preview of a draft and clicks "Confirm": returns the issued number. */
async function confirmInBrowser(invoiceId: string): Promise<string> {
  await page.goto(`${server.url}/invoices/${invoiceId}`);
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Invoice Preview' }));
  await markPage();
  await page.getByRole('button', { name: 'Confirm' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Invoice [A-Z]+-\d+$/ });
  await expectVisible(heading);
  return ((await heading.textContent()) ?? '').replace('Invoice ', '').trim();
}

async function browserToday(): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date()));
}

describe('card payments (owner of Demo Brand)', () => {
  let paidOrderId = '';

  it('confirming the invoice of a buyer with a good card charges it: the page turns Paid by itself', async () => {
    const candidates = (await pendingOrders()).filter(
      (order) => order.paymentMethod === 'CARD' && order.customer && !DECLINING_BUYERS.includes(order.buyerName),
    );
    const order = candidates[0] ?? (await pendingOrderOf('Little Otter Home'));
    paidOrderId = order.id;
    const invoiceId = await draftInvoiceFor(order);

    const number = await confirmInBrowser(invoiceId);
    const section = paymentSection();
    await expectVisible(section);
    await eventually(async () => expect(await paymentStatusShown()).toBe('Paid'));
    await expectVisible(section.getByText(`Paid on ${await browserToday()} by credit card`));
    expect(await section.textContent()).toContain('Credit card on file');
    await eventually(async () => expect(await attemptRows().count()).toBe(1));
    expect(await attemptRows().first().textContent()).toMatch(/^#1.*Paid/);
    expect(await section.getByRole('button', { name: 'Retry Payment' }).count()).toBe(0);
    await expectNotReloaded();

    const stored = await readOrder(order.id);
    expect(stored.paymentStatus).toBe('PAID');
    expect(stored.invoice).toEqual({ id: invoiceId, paymentStatus: 'PAID', displayNumber: number });
    await shot('invoice-paid', { fullPage: true });

    // The printed invoice is the sheet alone: no payment controls.
    await page.emulateMedia({ media: 'print' });
    expect(await section.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the order as paid on Order Details', async () => {
    await page.goto(`${server.url}/orders/${paidOrderId}`);
    const invoice = page.getByRole('region', { name: 'Invoice' });
    await expectVisible(invoice);
    await expectVisible(page.getByTitle('Payment: Paid').first());
    expect(await page.getByTitle('Payment: Paid').count()).toBe(2);
  });

  let fernwoodInvoiceId = '';
  let fernwoodOrderId = '';
  let orderTab: Page | undefined;

  it('a declined card shows why, with "Retry Payment"', async () => {
    const order = await pendingOrderOf(FERNWOOD);
    fernwoodOrderId = order.id;
    fernwoodInvoiceId = await draftInvoiceFor(order);

    await confirmInBrowser(fernwoodInvoiceId);
    const section = paymentSection();
    await eventually(async () => expect(await paymentStatusShown()).toBe('Failed'));
    const alert = section.getByRole('alert', { name: 'The card payment failed' });
    await expectVisible(alert);
    expect(await alert.textContent()).toContain('The card has insufficient funds.');
    await expectVisible(alert.getByRole('button', { name: 'Retry Payment' }));
    expect(await attemptRows().count()).toBe(1);
    expect(await attemptRows().first().textContent()).toContain('The card has insufficient funds.');
    await expectNotReloaded();
    expect((await readOrder(order.id)).paymentStatus).toBe('FAILED');
    await shot('invoice-payment-failed', { fullPage: true });
  });

  it('Order Details sends the seller to the invoice to retry', async () => {
    await page.goto(`${server.url}/orders/${fernwoodOrderId}`);
    const invoice = page.getByRole('region', { name: 'Invoice' });
    const link = invoice.getByRole('link', { name: 'Open invoice to retry' });
    await expectVisible(link);
    expect(await invoice.textContent()).toContain('The card has insufficient funds.');
    expect(await page.getByTitle('Payment: Failed').count()).toBe(2);
    await shot('order-details-payment-failed');
    await expectAccessible(page, 'order-details-payment-failed');
    await link.click();
    await page.waitForURL(new RegExp(`/invoices/${fernwoodInvoiceId}$`));
    await expectVisible(paymentSection().getByRole('button', { name: 'Retry Payment' }));
  });

  it('after the buyer replaces the card, "Retry Payment" charges it and the page turns Paid live', async () => {
    const output = await serverCli(server, 'replace-card', ['--buyer', FERNWOOD, '--token', 'tok_visa']);
    expect(output).toContain(`${FERNWOOD} now pays with visa`);

    // The order, open in another tab, follows too (checked below).
    orderTab = await context.newPage();
    watchConsole(orderTab, consoleErrors);

    await orderTab.goto(`${server.url}/orders/${fernwoodOrderId}`);
    await expectVisible(orderTab.getByRole('link', { name: 'Open invoice to retry' }));
    await markPage(orderTab);
    await page.bringToFront();

    await markPage();
    await paymentSection().getByRole('button', { name: 'Retry Payment' }).click();
    await eventually(async () => expect(await paymentStatusShown()).toBe('Paid'));
    await expectVisible(paymentSection().getByText(`Paid on ${await browserToday()} by credit card`));
    await eventually(async () => expect(await attemptRows().count()).toBe(2));
    expect(await attemptRows().nth(0).textContent()).toMatch(/^#1.*Failed/);
    expect(await attemptRows().nth(1).textContent()).toMatch(/^#2.*Paid/);
    expect(await paymentSection().getByRole('button', { name: 'Retry Payment' }).count()).toBe(0);
    await expectNotReloaded();
    expect((await readOrder(fernwoodOrderId)).paymentStatus).toBe('PAID');
    await shot('invoice-paid-after-retry', { fullPage: true });
  });

  it('Order Details, open in another tab, follows the payment live: header and invoice card', async () => {
    const tab = orderTab;
    if (!tab) throw new Error('no order tab');
    try {
      await eventually(async () => {
        const shown = await tab
          .locator('[data-payment-status]')
          .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('title')));
        // The header's badge, then the invoice card's.
        expect(shown).toEqual(['Payment: Paid', 'Payment: Paid']);
      });
      expect(await tab.getByRole('link', { name: 'Open invoice to retry' }).count()).toBe(0);
      await expectNotReloaded(tab);
    } finally {
      await tab.close();
    }
  });
});

describe('terms payments (owner of Demo Brand)', () => {
  let order: Awaited<ReturnType<typeof readOrder>>;
  let listPage: Page;

  it('the orders list flags overdue invoices, and the Overdue filter lists only them', async () => {
    await page.goto(`${server.url}/orders`);
    // The toggle is a chip: its label is what the seller clicks.
    const overdueChip = page.locator('label').filter({ hasText: /^Overdue$/ });
    await overdueChip.click();
    await page.waitForURL(/[?&]overdue=1/);
    const rows = page.getByRole('table', { name: 'Orders' }).locator('tbody tr');
    await eventually(async () => {
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.count()).toBe(await page.locator('tbody tr[data-overdue]').count());
    });
    const first = rows.first();
    expect(await first.textContent()).toMatch(/UnpaidOverdueDue [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    await shot('orders-overdue');
    await expectAccessible(page, 'orders-overdue');

    const id = ((await first.getByRole('link', { name: /^#\d+$/ }).getAttribute('href')) ?? '').split('/').pop() ?? '';
    order = await readOrder(id);
    expect(order.invoice?.paymentStatus).toBe('UNPAID');

    // The whole list, overdue rows flagged among the others.
    expect(await page.getByRole('checkbox', { name: 'Overdue' }).isChecked()).toBe(true);
    await overdueChip.click();
    await page.waitForURL((url) => !url.search.includes('overdue'));
    await eventually(async () => expect(await page.locator('tbody tr:not([data-overdue])').count()).toBeGreaterThan(0));

    // All Orders has the same toggle.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /^All Orders/ })
      .click();
    await page.waitForURL(/view=all/);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'All Orders' }));
    await overdueChip.click();
    await page.waitForURL(/view=all.*overdue=1/);
    await eventually(async () => {
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.count()).toBe(await page.locator('tbody tr[data-overdue]').count());
    });
    await shot('all-orders-overdue');
  });

  it('"Mark as Paid" records the payment: the invoice turns Paid, and the open orders list follows live', async () => {
    if (!order.invoice) throw new Error('no invoice');
    // A second tab with the order in the orders list, to see the change arrive there.
    listPage = await context.newPage();
    watchConsole(listPage, consoleErrors);
    await listPage.goto(`${server.url}/orders?q=${order.number}`);
    const row = listPage
      .getByRole('table', { name: 'Orders' })
      .locator('tbody tr')
      .filter({ has: listPage.getByRole('link', { name: `#${order.number}`, exact: true }) });
    await expectVisible(row);
    await eventually(async () => expect(await row.textContent()).toContain('Overdue'));
    await markPage(listPage);
    // Back to the seller's tab (a background tab gets no animation frames: transitions would stall).
    await page.bringToFront();

    await page.goto(`${server.url}/invoices/${order.invoice.id}`);
    const section = paymentSection();
    await expectVisible(section);
    expect(await paymentStatusShown()).toBe('Unpaid');
    await expectVisible(section.getByText('Overdue', { exact: true }));
    await markPage();
    await shot('invoice-overdue');

    await section.getByRole('button', { name: 'Mark as Paid' }).click();
    const dialog = page.getByRole('dialog', { name: `Mark Invoice ${order.invoice.displayNumber} as Paid` });
    await expectVisible(dialog);
    const today = await browserToday();
    expect(await dialog.getByRole('button', { name: 'Paid on' }).textContent()).toContain(today);

    await dialog.getByRole('button', { name: 'Mark as Paid' }).click();
    await expectVisible(dialog.getByText('Choose how the buyer paid.'));

    await dialog.getByRole('textbox', { name: 'Payment method' }).click();
    await page.getByRole('option', { name: 'Check / money order' }).click();
    await dialog.getByRole('textbox', { name: 'Reference' }).fill('Check #4417');
    await shot('mark-as-paid-dialog');
    await expectAccessible(page, 'mark-as-paid-dialog');

    await dialog.getByRole('button', { name: 'Mark as Paid' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await paymentStatusShown()).toBe('Paid'));
    await expectVisible(section.getByText(`Paid on ${today} by check / money order (Check #4417)`));
    expect(await section.getByText('Overdue', { exact: true }).count()).toBe(0);
    await expectNotReloaded();
    const stored = await readOrder(order.id);
    expect(stored.paymentStatus).toBe('PAID');
    expect(stored.invoice?.paymentStatus).toBe('PAID');
    await shot('invoice-marked-paid', { fullPage: true });

    // The orders list in the other tab caught up by itself.
    await eventually(async () => {
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('Paid');
      expect(text).not.toContain('Overdue');
    });
    await expectNotReloaded(listPage);
    await listPage.close();
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
