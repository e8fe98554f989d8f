import type { Page } from 'playwright-core';
import { eventually } from '@order-desk/testing';
import { expectAccessible } from './accessibility';
import { consoleErrors, context, expectVisible, page, server, useSellerSession, watchConsole } from './seller-session';
import { graphqlAs } from './graphql-api';
import { serverCli } from './server-cli';
import { expectNotReloaded, markPage } from './no-reload';
import { sellerToday, paymentSection, paymentStatusShown, readOrder, shot } from './payments-helpers';

// The article's "Marking the Invoice As Paid", in the browser, for a card invoice: confirming it
// charges the buyer's card on file and the invoice turns paid by itself; a declined card shows why,
// with "Retry Payment", which charges the buyer's new card. Every change reaches the open page live,
// without a reload. (A terms invoice, marked paid by the seller: terms-payments.e2e.ts.)

/** Demo buyers whose card on file declines (see the README's demo data). */
const DECLINING_BUYERS = [
  'Fernwood General Store',
  'Bramble & Birch',
  'Prairie Rose Market',
  'Hudson Valley Provisions',
];
const FERNWOOD = 'Fernwood General Store';

useSellerSession();

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
    await expectVisible(section.getByText(`Paid on ${await sellerToday()} by credit card`));
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
    await expectVisible(paymentSection().getByText(`Paid on ${await sellerToday()} by credit card`));
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
