import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { AppServer } from './app-server';
import { eventually } from '@order-desk/testing';
import { openSellerSession, SCREENSHOTS } from './seller-session';
import { cents, graphqlAs } from './graphql-api';
import { pdfText } from '@order-desk/testing';

// The article's "How do I create an invoice for the order?", in the browser: an accepted order's
// Shipping tab, "Save Shipment Info", "Create Invoice" at the bottom right, the Invoice Preview page,
// "Confirm", then the invoice on the All Orders table and its PDF.

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

interface OrderFigures {
  id: string;
  number: number;
  version: number;
  subtotal: { amount: number; currency: string };
  shipping: { amount: number };
  total: { amount: number };
  items: Array<{ id: string }>;
  shipment: { id: string } | null;
  invoice: { id: string; status: string; displayNumber: string | null } | null;
  availableActions: string[];
}

const ORDER_FIELDS = `
  id number version
  subtotal { amount currency } shipping { amount } total { amount }
  items { id }
  shipment { id }
  invoice { id status displayNumber }
  availableActions
`;

/** The order under test, fresh from the API. */
let order: OrderFigures;
/** What the preview said the invoice number will be. */
let expectedNumber = '';
let invoiceId = '';

async function readOrder(id: string): Promise<OrderFigures> {
  const data = await graphqlAs<{ order: OrderFigures }>(
    page,
    server.url,
    `query InvoicingOrder($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`,
    { id },
  );
  return data.order;
}

/**
 * An accepted order with no shipment and no invoice. The demo data usually has some; otherwise a
 * pending order of an existing customer is accepted through the API.
 */
async function pickAcceptedOrder(): Promise<OrderFigures> {
  const accepted = await graphqlAs<{ orders: { edges: Array<{ node: OrderFigures }> } }>(
    page,
    server.url,
    `query AcceptedOrders { orders(first: 100, filter: { status: ACCEPTED }) { edges { node { ${ORDER_FIELDS} } } } }`,
  );
  const ready = accepted.orders.edges
    .map((edge) => edge.node)
    .find((node) => !node.shipment && !node.invoice && node.availableActions.includes('SAVE_SHIPMENT'));
  if (ready) return ready;

  const pending = await graphqlAs<{
    orders: { edges: Array<{ node: { id: string; version: number; customer: { id: string } | null } }> };
  }>(
    page,
    server.url,
    `query PendingOrders { orders(first: 100, filter: { status: PENDING }) { edges { node { id version customer { id } } } } }`,
  );
  const candidate = pending.orders.edges.map((edge) => edge.node).find((node) => node.customer !== null);
  if (!candidate) throw new Error('the demo data has no accepted order to ship and no pending order of a customer');
  const result = await graphqlAs<{ acceptOrder: { order: { id: string } | null; userErrors: unknown[] } }>(
    page,
    server.url,
    `mutation Accept($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { id } userErrors { code message } } }`,
    { input: { orderId: candidate.id, expectedVersion: candidate.version } },
  );
  if (!result.acceptOrder.order) throw new Error(`could not accept: ${JSON.stringify(result.acceptOrder.userErrors)}`);
  return readOrder(candidate.id);
}

beforeAll(async () => {
  ({ server, browser, context, page } = await openSellerSession(consoleErrors, { acceptDownloads: true }));
  order = await pickAcceptedOrder();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** Waits for CSS transitions (notifications sliding in, tabs) to finish. */
async function settle() {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

async function shot(name: string, options: { fullPage?: boolean } = {}) {
  await settle();
  if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
}

async function expectVisible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

/** A money row ("Subtotal", "Shipping", "Total") of a totals group, in cents. */
async function totalIn(group: Locator, label: 'Subtotal' | 'Shipping' | 'Total'): Promise<number> {
  const row = group
    .locator('div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .last();
  return cents(((await row.textContent()) ?? '').replace(label, ''));
}

const usd = (amount: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount / 100);

const SHIPPING_COST = 2450;

describe('invoicing an accepted order (owner of Demo Brand)', () => {
  it('starts from an accepted order without shipment or invoice', () => {
    expect(order.availableActions).toContain('SAVE_SHIPMENT');
    expect(order.availableActions).not.toContain('CREATE_INVOICE');
    expect(order.shipment).toBeNull();
    expect(order.subtotal.currency).toBe('USD');
  });

  it('saves the shipment info on the Shipping tab, and the totals include the shipping cost', async () => {
    await page.goto(`${server.url}/orders/${order.id}`);
    await expectVisible(page.getByRole('heading', { level: 1, name: `Order #${order.number}` }));
    await page.getByRole('tab', { name: 'Shipping' }).click();
    await page.waitForURL(/tab=shipping/);
    const form = page.getByRole('form', { name: 'Shipment info' });
    await expectVisible(form);
    // No invoice before the shipment is saved.
    expect(await page.getByRole('button', { name: 'Create Invoice' }).count()).toBe(0);

    const field = (name: string) => form.getByRole('textbox', { name, exact: true });
    await field('Carrier').click();
    await page.getByRole('option', { name: 'UPS', exact: true }).click();
    await field('Service').fill('Ground');
    await field('Tracking number 1').fill('1Z999AA10123456784');
    await form.getByRole('button', { name: 'Add tracking number' }).click();
    await field('Tracking number 2').fill('1Z999AA10123456785');
    await field('Shipping cost').fill('24.50');
    await form.getByRole('button', { name: 'Save Shipment Info' }).click();

    await expectVisible(page.getByText('Shipment info saved'));
    const totals = page.getByRole('region', { name: 'Order Totals' }).getByRole('group', { name: 'Order totals' });
    await eventually(async () => expect(await totalIn(totals, 'Shipping')).toBe(SHIPPING_COST));
    expect(await totalIn(totals, 'Subtotal')).toBe(order.subtotal.amount);
    expect(await totalIn(totals, 'Total')).toBe(order.subtotal.amount + SHIPPING_COST);

    const saved = await readOrder(order.id);
    expect(saved.shipping.amount).toBe(SHIPPING_COST);
    expect(saved.total.amount).toBe(order.subtotal.amount + SHIPPING_COST);
    expect(saved.availableActions).toContain('CREATE_INVOICE');
    order = saved;
    await expectVisible(page.getByRole('button', { name: 'Create Invoice' }));
    await shot('shipping-tab', { fullPage: true });
  });

  it('"Create Invoice" opens the Invoice Preview with the order\'s figures', async () => {
    await page.getByRole('button', { name: 'Create Invoice' }).click();
    await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
    invoiceId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Invoice Preview' }));

    const sheet = page.getByRole('article', { name: /^Invoice / });
    const heading = (await sheet.getByRole('heading', { name: /^Invoice / }).textContent()) ?? '';
    expectedNumber = heading.replace('Invoice ', '').trim();
    expect(expectedNumber).toMatch(/^DB-\d+$/);
    await expectVisible(sheet.getByText('Expected number: assigned on Confirm'));

    const totals = sheet.getByRole('group', { name: 'Invoice totals' });
    expect(await totalIn(totals, 'Subtotal')).toBe(order.subtotal.amount);
    expect(await totalIn(totals, 'Shipping')).toBe(order.shipping.amount);
    expect(await totalIn(totals, 'Total')).toBe(order.total.amount);
    expect(await sheet.getByRole('table', { name: 'Invoice lines' }).locator('tbody tr').count()).toBe(
      order.items.length,
    );
    expect(await sheet.getByRole('region', { name: 'Shipment' }).textContent()).toContain('1Z999AA10123456785');
    await shot('invoice-preview', { fullPage: true });
  });

  it('"Confirm" issues the invoice with the number the preview showed', async () => {
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: `Invoice ${expectedNumber}` }));
    await expectVisible(page.getByText('Issued', { exact: true }));
    await expectVisible(page.getByRole('link', { name: 'Download PDF' }));
    expect(await page.getByRole('button', { name: 'Confirm' }).count()).toBe(0);

    const issued = await readOrder(order.id);
    expect(issued.invoice).toEqual({ id: invoiceId, status: 'ISSUED', displayNumber: expectedNumber });
    expect(issued.availableActions).not.toContain('SAVE_SHIPMENT');
    await shot('invoice-issued', { fullPage: true });

    // The printable page is the invoice alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await expectVisible(page.getByRole('article', { name: `Invoice ${expectedNumber}` }));
    await shot('invoice-print', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('downloads the PDF, which has the invoice number and the total', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`invoice-${expectedNumber}.pdf`);
    const file = await download.path();
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain(expectedNumber);
    expect(text).toContain(usd(order.total.amount));
  });

  it('shows the invoice link and "View Invoice" on the All Orders table', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /^All Orders/ })
      .click();
    await page.waitForURL(/view=all/);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'All Orders' }));
    const rows = page.getByRole('table', { name: 'Orders' }).locator('tbody tr');
    await eventually(async () => expect(await rows.count()).toBeGreaterThan(1));
    await shot('all-orders');

    await page.getByLabel('Search orders').fill(String(order.number));
    const row = rows.filter({ has: page.getByRole('link', { name: `#${order.number}`, exact: true }) });
    await eventually(async () => expect(await rows.count()).toBe(1));
    const invoiceLink = row.getByRole('link', { name: expectedNumber, exact: true });
    await expectVisible(invoiceLink);
    expect(await invoiceLink.getAttribute('href')).toBe(`/invoices/${invoiceId}`);
    expect(await row.textContent()).toContain('UPS1Z999AA10123456784 +1');
    const view = row.getByRole('link', { name: /^View Invoice/ });
    await expectVisible(view);
    await shot('all-orders-invoiced');

    await view.click();
    await page.waitForURL(new RegExp(`/invoices/${invoiceId}$`));
    await expectVisible(page.getByRole('heading', { level: 1, name: `Invoice ${expectedNumber}` }));
  });

  it('shows the invoice and the shipment on Order Details, read-only', async () => {
    await page.goto(`${server.url}/orders/${order.id}`);
    const invoice = page.getByRole('region', { name: 'Invoice' });
    await expectVisible(invoice.getByRole('link', { name: expectedNumber }));
    expect(await invoice.textContent()).toContain('Issued');
    await expectVisible(page.getByRole('region', { name: 'Shipment' }));
    await page.getByRole('tab', { name: 'Shipping' }).click();
    await expectVisible(page.getByText(`Invoice ${expectedNumber} is issued with this shipment`));
    expect(await page.getByRole('button', { name: 'Save Shipment Info' }).count()).toBe(0);
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
