import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { AppServer } from './app-server';
import { expectAccessible } from './accessibility';
import { graphqlAs } from './graphql-api';
import { openSellerSession, SCREENSHOTS, watchConsole } from './seller-session';

// The seller's day (issue 10): every page accessible (axe-core) and finished at desktop and
// tablet width.

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

const DESKTOP = { width: 1440, height: 900 };
const TABLET = { width: 768, height: 1024 };

interface SweepOrder {
  id: string;
  number: number;
  status: string;
  paymentStatus: string | null;
  shipment: { id: string } | null;
  invoice: { id: string; status: string } | null;
  creditNotes: Array<{ id: string }>;
  version: number;
}

const SWEEP_FIELDS = 'id number status paymentStatus version shipment { id } invoice { id status } creditNotes { id }';

async function ordersWith(filter: string): Promise<SweepOrder[]> {
  const data = await graphqlAs<{ orders: { edges: Array<{ node: SweepOrder }> } }>(
    page,
    server.url,
    `query SweepOrders { orders(first: 100, filter: ${filter}) { edges { node { ${SWEEP_FIELDS} } } } }`,
  );
  return data.orders.edges.map((edge) => edge.node);
}

beforeAll(async () => {
  ({ server, browser, context, page } = await openSellerSession(consoleErrors, { acceptDownloads: true }));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function settle(target: Page = page) {
  await target.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

async function shot(name: string, target: Page = page) {
  await settle(target);
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function expectVisible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

/** A credit note: a paid order cancelled through the API (the demo data has none). */
async function creditNoteId(): Promise<string> {
  const paid = (await ordersWith('{ paymentStatus: PAID }')).find((order) => order.status === 'ACCEPTED');
  if (!paid) throw new Error('the demo data has no paid order');
  const result = await graphqlAs<{
    cancelOrder: { order: { creditNotes: Array<{ id: string }> } | null; userErrors: unknown[] };
  }>(
    page,
    server.url,
    `mutation Cancel($input: CancelOrderInput!) {
      cancelOrder(input: $input) { order { creditNotes { id } } userErrors { code message } }
    }`,
    {
      input: {
        orderId: paid.id,
        expectedVersion: paid.version,
        reason: 'BUYER_REQUEST',
        restock: false,
        acknowledgeShipped: true,
      },
    },
  );
  const id = result.cancelOrder.order?.creditNotes[0]?.id;
  if (!id) throw new Error(`no credit note: ${JSON.stringify(result.cancelOrder.userErrors)}`);
  return id;
}

describe('every page, at desktop and tablet width', () => {
  let pages: Array<{ name: string; path: string; heading: RegExp | string }> = [];

  beforeAll(async () => {
    const all = await ordersWith('{}');
    const accepted = await ordersWith('{ status: ACCEPTED }');
    const pick = (description: string, accept: (order: SweepOrder) => boolean) => {
      const found = [...all, ...accepted].find(accept);
      if (!found) throw new Error(`the demo data has no order ${description}`);
      return found;
    };
    const pending = pick('pending', (order) => order.status === 'PENDING');
    const acceptedNoShipment = pick('accepted without shipment', (o) => o.status === 'ACCEPTED' && !o.shipment);
    const shipped = pick('shipped, not invoiced', (o) => o.status === 'ACCEPTED' && !!o.shipment && !o.invoice);
    const invoiced = pick('invoiced, unpaid', (o) => o.invoice?.status === 'ISSUED' && o.paymentStatus === 'UNPAID');
    const failed = pick('with a failed payment', (o) => o.paymentStatus === 'FAILED');
    const paid = pick('paid', (o) => o.paymentStatus === 'PAID');
    const rejected = pick('rejected', (o) => o.status === 'REJECTED');
    const cancelled = pick('cancelled', (o) => o.status === 'CANCELLED');
    const creditNote = await creditNoteId();
    pages = [
      { name: 'orders', path: '/orders', heading: 'Orders' },
      { name: 'all-orders', path: '/orders?view=all', heading: 'All Orders' },
      { name: 'order-pending', path: `/orders/${pending.id}`, heading: `Order #${pending.number}` },
      {
        name: 'order-accepted',
        path: `/orders/${acceptedNoShipment.id}`,
        heading: `Order #${acceptedNoShipment.number}`,
      },
      {
        name: 'order-shipping-tab',
        path: `/orders/${acceptedNoShipment.id}?tab=shipping`,
        heading: `Order #${acceptedNoShipment.number}`,
      },
      { name: 'order-shipped', path: `/orders/${shipped.id}`, heading: `Order #${shipped.number}` },
      { name: 'order-invoiced', path: `/orders/${invoiced.id}`, heading: `Order #${invoiced.number}` },
      { name: 'order-payment-failed', path: `/orders/${failed.id}`, heading: `Order #${failed.number}` },
      { name: 'order-paid', path: `/orders/${paid.id}`, heading: `Order #${paid.number}` },
      { name: 'order-rejected', path: `/orders/${rejected.id}`, heading: `Order #${rejected.number}` },
      { name: 'order-cancelled', path: `/orders/${cancelled.id}`, heading: `Order #${cancelled.number}` },
      { name: 'invoice', path: `/invoices/${invoiced.invoice?.id ?? ''}`, heading: /^Invoice / },
      { name: 'invoice-payment-failed', path: `/invoices/${failed.invoice?.id ?? ''}`, heading: /^Invoice / },
      { name: 'credit-note', path: `/credit-notes/${creditNote}`, heading: /^Credit note / },
      { name: 'settings', path: '/settings', heading: 'Settings' },
      { name: 'not-found', path: '/no-such-page', heading: 'Page not found' },
    ];
  });

  it('the sign-in page is accessible', async () => {
    const visitor = await browser.newContext({ viewport: DESKTOP });
    const signIn = await visitor.newPage();
    watchConsole(signIn, consoleErrors);
    try {
      await signIn.goto(`${server.url}/sign-in`);
      await expectVisible(signIn.getByRole('button', { name: 'Sign in' }));
      await expectAccessible(signIn, 'sign-in');
      await shot('sign-in-desktop', signIn);
      await signIn.setViewportSize(TABLET);
      await expectAccessible(signIn, 'sign-in (tablet)');
      await shot('sign-in-tablet', signIn);
    } finally {
      await visitor.close();
    }
  });

  for (const viewport of [
    { name: 'desktop', size: DESKTOP },
    { name: 'tablet', size: TABLET },
  ]) {
    it(`every signed-in page is accessible at ${viewport.name} width`, async () => {
      await page.setViewportSize(viewport.size);
      const failures: string[] = [];
      for (const target of pages) {
        await page.goto(`${server.url}${target.path}`);
        await expectVisible(page.getByRole('heading', { level: 1, name: target.heading }));
        // Skeletons gone: the page has its data.
        await page.waitForFunction(() => document.querySelectorAll('.mantine-Skeleton-root').length === 0);
        try {
          await expectAccessible(page, `${target.name} (${viewport.name})`);
        } catch (error) {
          failures.push((error as Error).message);
        }
        await shot(`${target.name}-${viewport.name}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
