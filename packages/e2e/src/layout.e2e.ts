import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './accessibility';
import type { AppServer } from './app-server';
import { graphqlAs } from './graphql-api';
import { openSellerSession, SCREENSHOTS, watchConsole } from './seller-session';
import { serverCli } from './server-cli';

// The dashboard on a laptop (1280x800) and a phone (390x844): every main page and dialog
// screenshotted and checked with axe; the lists neither scroll sideways nor cut buyer names, the
// first order is in a phone's first screen; notifications never sit on "Create Invoice".

const LAPTOP = { name: 'laptop', width: 1280, height: 800 } as const;
const PHONE = { name: 'phone', width: 390, height: 844 } as const;
const VIEWPORTS = [LAPTOP, PHONE];
/** A demo buyer whose card on file declines (see the README's demo data). */
const DECLINING_BUYER = 'Fernwood General Store';

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

afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

/** Screenshot of what the seller sees (no transition half-way), under screenshots/layout-*. */
async function capture(target: Page, name: string) {
  await target.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await target.screenshot({ path: path.join(SCREENSHOTS, `layout-${name}.png`) });
}

async function visible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

type Node = { id: string; number: number; version: number; customer: { id: string } | null };
type Row = Node & {
  itemCount: number;
  shipment: { id: string } | null;
  invoice: { id: string; status: string } | null;
};

async function orders(filter: Record<string, unknown>): Promise<Row[]> {
  const data = await graphqlAs<{ orders: { edges: Array<{ node: Row }> } }>(
    page,
    server.url,
    `query LayoutOrders($filter: OrderFilter) {
       orders(first: 100, filter: $filter) {
         edges { node { id number version itemCount customer { id } shipment { id } invoice { id status } } }
       }
     }`,
    { filter },
  );
  return data.orders.edges.map((edge) => edge.node);
}

async function mutate<T>(name: string, query: string, input: Record<string, unknown>): Promise<T> {
  const data = await graphqlAs<Record<string, T & { userErrors: unknown[] }>>(page, server.url, query, { input });
  const payload = data[name];
  if (!payload || payload.userErrors.length > 0) throw new Error(`${name}: ${JSON.stringify(payload)}`);
  return payload;
}

const accept = (order: Node) =>
  mutate<{ order: { version: number } }>(
    'acceptOrder',
    `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { version } userErrors { code } } }`,
    { orderId: order.id, expectedVersion: order.version },
  );

async function shipAndDraft(order: Node, version: number): Promise<string> {
  await mutate(
    'saveShipment',
    `mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { order { version } userErrors { code } } }`,
    {
      orderId: order.id,
      carrier: 'UPS',
      trackingNumbers: [`1Z999AA1${String(order.number).padStart(10, '0')}`],
      shippedOn: new Date().toISOString().slice(0, 10),
      shippingCost: 1500,
      expectedVersion: version,
    },
  );
  const draft = await mutate<{ invoice: { id: string } }>(
    'createInvoiceDraft',
    `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } userErrors { code } } }`,
    { orderId: order.id },
  );
  return draft.invoice.id;
}

/** An accepted order with no shipment yet (its Shipping tab has the form). */
async function acceptedWithoutShipment(taken: ReadonlySet<string>): Promise<Node> {
  const ready = (await orders({ status: 'ACCEPTED' })).find((o) => !o.shipment && !taken.has(o.id));
  if (ready) return ready;
  const pending = (await orders({ status: 'PENDING' })).find((o) => o.customer && !taken.has(o.id));
  if (!pending) throw new Error('no pending order of a customer left to accept');
  const { order } = await accept(pending);
  return { ...pending, version: order.version };
}

/** Nothing on the page is wider than the screen, nor any cell of the orders table wider than itself. */
async function expectNoSideways(target: Page) {
  const overflow = await target.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const cut = [...document.querySelectorAll('table[aria-label="Orders"] td')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map((cell) => cell.textContent);
    const scrollers = [...document.querySelectorAll('table[aria-label="Orders"]')].map((table) => {
      const scroller = table.parentElement;
      return scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
    });
    return { page: root.scrollWidth - root.clientWidth, table: Math.max(0, ...scrollers), cut };
  });
  expect(overflow).toEqual({ page: 0, table: 0, cut: [] });
}

/** Orders 3 more of the order's first line than are in stock: Split by availability then moves 3. */
async function shortOfStock(order: Node): Promise<void> {
  const data = await graphqlAs<{ order: { items: Array<{ id: string; stockOnHand: number | null }> } }>(
    page,
    server.url,
    `query($id: ID!) { order(id: $id) { items { id stockOnHand } } }`,
    { id: order.id },
  );
  const [first] = data.order.items;
  if (!first || first.stockOnHand === null) throw new Error(`order #${order.number} has no stocked first line`);
  await mutate(
    'updateOrderItemQuantity',
    `mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { order { version } userErrors { code } } }`,
    { orderItemId: first.id, quantity: first.stockOnHand + 3, expectedVersion: order.version },
  );
}

describe('the dashboard at 1280x800 and 390x844', () => {
  const taken = new Set<string>();
  let pages: Array<{ name: string; path: string; heading: string | RegExp; tab?: string }> = [];

  beforeAll(async () => {
    const pending = (await orders({ status: 'PENDING' })).find((o) => o.customer === null);
    const accepted = await acceptedWithoutShipment(taken);
    taken.add(accepted.id);
    const invoiced = (await orders({ status: 'ACCEPTED' })).find((o) => o.invoice?.status === 'ISSUED');
    if (!pending || !invoiced?.invoice) throw new Error('the demo data has no pending or invoiced order');
    taken.add(pending.id);
    pages = [
      { name: 'today', path: '/', heading: 'Today' },
      { name: 'orders', path: '/orders', heading: 'Orders' },
      { name: 'all-orders', path: '/orders?view=all', heading: 'All Orders' },
      { name: 'order-pending', path: `/orders/${pending.id}`, heading: `Order #${pending.number}` },
      { name: 'order-accepted', path: `/orders/${accepted.id}`, heading: `Order #${accepted.number}` },
      {
        name: 'order-shipping',
        path: `/orders/${accepted.id}?tab=shipping`,
        heading: `Order #${accepted.number}`,
        tab: 'Shipment info',
      },
      { name: 'invoice', path: `/invoices/${invoiced.invoice.id}`, heading: /^Invoice / },
      {
        name: 'packing-slip',
        path: `/orders/${accepted.id}/packing-slip`,
        heading: `Packing slip for Order #${accepted.number}`,
      },
      { name: 'settings', path: '/settings', heading: 'Settings' },
    ];
  });

  for (const viewport of VIEWPORTS) {
    it(`shows every main page without violations on a ${viewport.name} (${viewport.width}x${viewport.height})`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const shown of pages) {
        await page.goto(`${server.url}${shown.path}`);
        await visible(page.getByRole('heading', { level: 1, name: shown.heading }));
        if (shown.tab) await visible(page.getByRole('form', { name: shown.tab }));
        await capture(page, `${shown.name}-${viewport.name}`);
        await expectAccessible(page, `${shown.name} at ${viewport.width}px`);
        if (shown.name === 'orders' || shown.name === 'all-orders') await expectNoSideways(page);
      }
    });
  }

  it('puts the first order in a phone’s first screen, and the filters in a drawer', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await page.goto(`${server.url}/orders`);
    const first = page.getByRole('list', { name: 'Orders' }).getByRole('listitem').first();
    await visible(first);
    const box = await first.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);

    await page.getByRole('button', { name: /^Filters/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Filter orders' });
    await visible(drawer);
    await capture(page, 'orders-filters-phone');
    await expectAccessible(page, 'filters drawer');
    await drawer.getByRole('button', { name: 'Show orders' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  for (const viewport of VIEWPORTS) {
    it(`opens every dialog of Order Details without violations on a ${viewport.name}`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const [pending] = (await orders({ status: 'PENDING' })).filter(
        (o) => o.customer === null && !taken.has(o.id) && o.itemCount >= 2,
      );
      if (!pending) throw new Error('no pending order of a stranger with two items left');
      taken.add(pending.id);
      await shortOfStock(pending);
      await page.goto(`${server.url}/orders/${pending.id}`);
      await visible(page.getByRole('heading', { level: 1, name: `Order #${pending.number}` }));
      const dialogs: Array<{ name: string; open: () => Promise<void>; title: string }> = [
        {
          name: 'accept',
          open: () => page.getByRole('button', { name: 'Accept', exact: true }).click(),
          title: `Accept Order #${pending.number}`,
        },
        {
          name: 'reject',
          open: () => page.getByRole('button', { name: 'Reject', exact: true }).click(),
          title: `Reject Order #${pending.number}`,
        },
        {
          name: 'split',
          open: async () => {
            await page
              .getByRole('region', { name: 'Order Items' })
              .getByRole('checkbox', { name: /^Select (?!all)/ })
              .first()
              .check();
            await page.getByRole('button', { name: 'Split from Order' }).click();
          },
          title: 'Split from Order',
        },
        {
          name: 'split-by-availability',
          open: async () => {
            await page
              .getByRole('region', { name: 'Order Items' })
              .getByRole('button', { name: 'Split by availability' })
              .click();
            await visible(page.getByRole('textbox', { name: /^Units of .* to move$/ }).first());
          },
          title: 'Backorder',
        },
      ];
      for (const dialog of dialogs) {
        await dialog.open();
        const shown = page.getByRole('dialog').filter({ hasText: dialog.title });
        await visible(shown);
        await capture(page, `dialog-${dialog.name}-${viewport.name}`);
        await expectAccessible(page, `${dialog.name} dialog at ${viewport.width}px`);
        await page.keyboard.press('Escape');
        await shown.waitFor({ state: 'hidden' });
      }
    });
  }

  it('lets a phone edit a quantity by touch: 44 px input and Update, stacked, nothing cut off', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    const [pending] = (await orders({ status: 'PENDING' })).filter((o) => !taken.has(o.id));
    if (!pending) throw new Error('no pending order left');
    await page.goto(`${server.url}/orders/${pending.id}`);
    const items = page.getByRole('region', { name: 'Order Items' });
    const quantity = items.getByRole('textbox', { name: /^Quantity of / }).first();
    await visible(quantity);
    await quantity.scrollIntoViewIfNeeded();
    await quantity.fill('7');
    const update = items.getByRole('button', { name: 'Update' });
    await visible(update);
    const [input, button] = await Promise.all([quantity.boundingBox(), update.boundingBox()]);
    if (!input || !button) throw new Error('the quantity editor is not laid out');
    expect(Math.round(input.height)).toBeGreaterThanOrEqual(44);
    expect(Math.round(button.height)).toBeGreaterThanOrEqual(44);
    // Stacked: Update under the input, both inside the screen.
    expect(button.y).toBeGreaterThanOrEqual(input.y + input.height);
    expect(Math.max(input.x + input.width, button.x + button.width)).toBeLessThanOrEqual(PHONE.width);
    await items.scrollIntoViewIfNeeded();
    await capture(page, 'order-quantity-edit-phone');
    await expectAccessible(page, 'quantity editing at 390px');
    await quantity.press('Escape');
  });

  it('shows the sign-in page without violations at both sizes', async () => {
    const visitor = await browser.newContext();
    const signIn = await visitor.newPage();
    watchConsole(signIn, consoleErrors);
    for (const viewport of VIEWPORTS) {
      await signIn.setViewportSize({ width: viewport.width, height: viewport.height });
      await signIn.goto(`${server.url}/sign-in`);
      await visible(signIn.getByRole('button', { name: 'Sign in' }));
      await capture(signIn, `sign-in-${viewport.name}`);
      await expectAccessible(signIn, `sign-in at ${viewport.width}px`);
    }
    await visitor.close();
  });

  it('leaves "Create Invoice" clickable after a payment fails and a shipment is saved, without closing anything', async () => {
    await page.setViewportSize({ width: LAPTOP.width, height: LAPTOP.height });
    const order = await acceptedWithoutShipment(taken);
    taken.add(order.id);
    await page.goto(`${server.url}/orders/${order.id}?tab=shipping`);
    const form = page.getByRole('form', { name: 'Shipment info' });
    await visible(form);

    // Another order's card payment fails while the seller works here: a live notification.
    const placed = await serverCli(server, 'place-order', [
      '--seller',
      'Demo Brand',
      '--buyer',
      DECLINING_BUYER,
      '--line',
      'CSC-08:6',
    ]);
    const number = Number(/#(\d+)/.exec(placed)?.[1]);
    const declining = (await orders({ status: 'PENDING', search: String(number) })).find((o) => o.number === number);
    if (!declining) throw new Error(`order #${number} is not listed`);
    const invoiceId = await shipAndDraft(declining, (await accept(declining)).order.version);
    await mutate(
      'confirmInvoice',
      `mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { invoice { id } userErrors { code } } }`,
      { invoiceId },
    );
    const failed = page.locator('.mantine-Notification-root').filter({ hasText: 'Payment failed' });
    await visible(failed);

    // The seller saves the shipment: a second notification.
    await form.getByRole('textbox', { name: 'Carrier' }).click();
    await page.getByRole('option', { name: 'UPS' }).click();
    await form.getByRole('textbox', { name: 'Tracking number 1' }).fill('1Z999AA10123456784');
    await form.getByRole('textbox', { name: 'Shipping cost' }).fill('24.50');
    await form.getByRole('button', { name: 'Save Shipment Info' }).click();
    const saved = page.locator('.mantine-Notification-root').filter({ hasText: 'Shipment info saved' });
    await visible(saved);
    await visible(failed);

    // Both notifications are still up: "Create Invoice" is not under either of them.
    const create = page.getByRole('button', { name: 'Create Invoice' });
    await visible(create);
    await create.scrollIntoViewIfNeeded();
    const box = await create.boundingBox();
    if (!box) throw new Error('Create Invoice has no box');
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(onTop).toBe('Create Invoice');
    await capture(page, 'create-invoice-after-notifications-laptop');
    expect(await saved.isVisible()).toBe(true);
    await create.click();
    await visible(page.getByRole('heading', { level: 1, name: 'Invoice Preview' }));
  });
});
