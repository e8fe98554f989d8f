import fs from 'node:fs';
import path from 'node:path';
import { eventually } from '@order-desk/testing';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { AppServer } from './app-server';
import { expectAccessible } from './accessibility';
import { graphqlAs } from './graphql-api';
import { openSellerSession, SCREENSHOTS, watchConsole } from './seller-session';
import { serverCli } from './server-cli';

// The seller's day (issue 10): the Today page, deadlines, bulk accept, the CSV export, live toasts,
// the article's whole journey by keyboard alone, and every page accessible (axe-core) and finished
// at desktop and tablet width.

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

/** Demo buyers whose card on file declines (see the README's demo data). */
const DECLINING_BUYERS = [
  'Fernwood General Store',
  'Bramble & Birch',
  'Prairie Rose Market',
  'Hudson Valley Provisions',
];

const section = (target: Page, name: string) => target.getByRole('region', { name });

describe('Today', () => {
  interface TodayData {
    today: {
      pendingOrders: {
        count: number;
        lateCount: number;
        orders: Array<{ id: string; number: number; deadline: { status: string } | null }>;
      };
      overdueInvoices: { count: number; invoices: Array<{ id: string; displayNumber: string }> };
    };
  }

  async function todayFromApi(): Promise<TodayData['today']> {
    const data = await graphqlAs<TodayData>(
      page,
      server.url,
      `query Today { today {
        pendingOrders { count lateCount orders(first: 5) { id number deadline { status } } }
        overdueInvoices { count invoices(first: 5) { id displayNumber } }
      } }`,
    );
    return data.today;
  }

  it('lists a late pending order of the demo data and links to it', async () => {
    const today = await todayFromApi();
    const late = today.pendingOrders.orders.find((order) => order.deadline?.status === 'LATE');
    if (!late) throw new Error(`the demo data has no late pending order: ${JSON.stringify(today.pendingOrders)}`);

    await page.goto(`${server.url}/`);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Today' }));
    const pending = section(page, 'Pending orders');
    const entry = pending
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: `Order #${late.number}` }) });
    await expectVisible(entry);
    await expectVisible(entry.locator('[data-deadline-status="LATE"]'));
    expect(await pending.getByTestId('count').textContent()).toBe(String(today.pendingOrders.count));
    expect(await pending.getByTestId('late-count').textContent()).toBe(`${today.pendingOrders.lateCount} late`);
    await shot('today-desktop');

    await entry.getByRole('link', { name: `Order #${late.number}` }).click();
    await page.waitForURL(new RegExp(`/orders/${late.id}$`));
    await expectVisible(page.getByRole('heading', { level: 1, name: `Order #${late.number}` }));
  });

  it('lists an overdue terms invoice of the demo data and links to it', async () => {
    const today = await todayFromApi();
    const overdue = today.overdueInvoices.invoices[0];
    if (!overdue) throw new Error('the demo data has no overdue invoice');
    await page.goto(`${server.url}/`);
    const invoices = section(page, 'Overdue invoices');
    const link = invoices.getByRole('link', { name: `Invoice ${overdue.displayNumber}` });
    await expectVisible(link);
    expect(await invoices.getByTestId('count').textContent()).toBe(String(today.overdueInvoices.count));
    await link.click();
    await page.waitForURL(new RegExp(`/invoices/${overdue.id}$`));
    await expectVisible(page.getByRole('heading', { level: 1, name: `Invoice ${overdue.displayNumber}` }));
  });

  it('a new order arriving shows a toast and updates the counts live, without a reload', async () => {
    await page.goto(`${server.url}/`);
    const pending = section(page, 'Pending orders');
    await expectVisible(pending.getByTestId('count'));
    const before = Number(await pending.getByTestId('count').textContent());
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    const output = await serverCli(server, 'place-order', [
      '--seller',
      'Demo Brand',
      '--buyer',
      'Little Otter Home',
      '--line',
      'CSC-08:12',
    ]);
    const number = Number(/#(\d+)/.exec(output)?.[1]);
    expect(number).toBeGreaterThan(0);
    const toast = page.locator('.mantine-Notification-root').filter({ hasText: `New order #${number}` });
    await expectVisible(toast);
    await eventually(async () => expect(Number(await pending.getByTestId('count').textContent())).toBe(before + 1));
    expect(navigations).toEqual([]);
    await shot('today-new-order-toast');

    await toast.getByRole('link', { name: `Open order #${number}` }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: `Order #${number}` }));
  });
});

interface ListedOrder {
  id: string;
  number: number;
  status: string;
  itemCount: number;
  paymentMethod: 'CARD' | 'TERMS';
  buyerName: string;
  customer: { id: string } | null;
  items: Array<{ id: string; sku: string; quantity: number }>;
}

const LISTED_FIELDS = 'id number status itemCount paymentMethod buyerName customer { id } items { id sku quantity }';

async function listOrders(variables: Record<string, unknown>): Promise<ListedOrder[]> {
  const data = await graphqlAs<{ orders: { edges: Array<{ node: ListedOrder }> } }>(
    page,
    server.url,
    `query Listed($filter: OrderFilter, $sort: OrderSort) {
      orders(first: 25, filter: $filter, sort: $sort) { edges { node { ${LISTED_FIELDS} } } }
    }`,
    variables,
  );
  return data.orders.edges.map((edge) => edge.node);
}

/** Orders other tests must not touch (the keyboard journey takes its order first). */
const reserved = new Set<string>();

describe('Orders: deadlines, bulk accept and CSV export', () => {
  it('shows deadline badges, filters by deadline and sorts by deadline, all in the URL', async () => {
    await page.goto(`${server.url}/orders?status=PENDING`);
    const table = page.getByRole('table', { name: 'Orders' });
    await expectVisible(table.locator('tbody tr').first());
    await page.locator('.mantine-SegmentedControl-label', { hasText: 'Deadline' }).click();
    await page.waitForURL(/sort=DEADLINE/);
    await page.getByRole('textbox', { name: 'Deadline' }).click();
    await page.getByRole('option', { name: 'Late', exact: true }).click();
    await page.waitForURL(/deadline=LATE/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('DEADLINE');
    // The API's answer to the same filter and sort, read again while the page settles.
    const expectedNumbers = async () =>
      (await listOrders({ filter: { status: 'PENDING', deadlineStatus: 'LATE' }, sort: 'DEADLINE' })).map(
        (order) => `#${order.number}`,
      );
    await eventually(async () =>
      expect(await table.locator('tbody tr td:nth-child(2) a').allTextContents()).toEqual(await expectedNumbers()),
    );
    const expected = await expectedNumbers();
    expect(expected.length).toBeGreaterThan(0);
    expect(await table.locator('tbody [data-deadline-status="LATE"]').count()).toBe(expected.length);
    await shot('orders-deadline-late');
  });

  it('bulk-accepts three orders; a buyer without a customer is listed for a decision, not skipped', async () => {
    const candidates = (await listOrders({ filter: { status: 'PENDING' } })).filter((order) => !reserved.has(order.id));
    const known = candidates.filter((order) => order.customer !== null).slice(0, 3);
    const unknown = candidates.find((order) => order.customer === null);
    if (known.length < 3 || !unknown)
      throw new Error('the first page of pending orders lacks the orders this test needs');
    await page.goto(`${server.url}/orders?status=PENDING`);
    const table = page.getByRole('table', { name: 'Orders' });
    for (const order of [...known, unknown]) {
      await table.getByRole('checkbox', { name: `Select order #${order.number}` }).check();
    }
    await page.getByRole('button', { name: 'Accept selected (4)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept 4 orders?' });
    await expectVisible(dialog);
    await shot('bulk-accept-confirm');
    await dialog.getByRole('button', { name: 'Accept 4 orders' }).click();

    const result = page.getByRole('dialog', { name: 'Accept selected orders: result' });
    await expectVisible(result.getByRole('heading', { name: 'Accepted: 3' }));
    await expectVisible(result.getByRole('heading', { name: 'Needs a customer decision: 1' }));
    await expectVisible(result.getByRole('link', { name: `Order #${unknown.number}` }));
    // The list behind the dialog refetches after the change and is dimmed (aria-busy) until it is back.
    await eventually(async () => expect(await table.getAttribute('data-refreshing')).toBeNull());
    await expectAccessible(page, 'bulk accept result');
    await shot('bulk-accept-result');

    const after = await Promise.all(
      [...known, unknown].map(async (order) => {
        const data = await graphqlAs<{ order: { status: string } }>(
          page,
          server.url,
          'query One($id: ID!) { order(id: $id) { status } }',
          { id: order.id },
        );
        return data.order.status;
      }),
    );
    expect(after).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'PENDING']);

    await result.getByRole('link', { name: `Order #${unknown.number}` }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: `Order #${unknown.number}` }));
  });

  it("exports the filtered list as CSV; its rows are the API's orders, in the same order", async () => {
    await page.goto(`${server.url}/orders?status=ACCEPTED&sort=DEADLINE`);
    await expectVisible(page.getByRole('table', { name: 'Orders' }).locator('tbody tr').first());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    // The dashboard's download is for a spreadsheet: a BOM for Excel, the dashboard's words for statuses.
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'Order ID',
      'Placed',
      'Buyer',
      'Status',
      'Payment Status',
      'Payment Method',
      'Items',
      'Subtotal',
      'Shipping',
      'Total',
      'Currency',
      'Accept By',
      'Ship By',
      'Deadline',
    ]);
    const expected = await allOrders({ status: 'ACCEPTED' }, 'DEADLINE');
    const body = rows.slice(1);
    expect(body.map((row) => Number(row[0]))).toEqual(expected.map((order) => order.number));
    const first = expected[0];
    if (first) {
      expect(body[0]?.[3]).toBe('Accepted');
      expect(body[0]?.[9]).toBe((first.total.amount / 100).toFixed(2));
      expect(body[0]?.[13]).toBe(first.deadline ? DEADLINE_WORDS[first.deadline.status] : '');
    }
  });
});

/** The deadline column of the readable CSV says what the Orders page says. */
const DEADLINE_WORDS: Record<string, string> = {
  LATE: 'Late',
  DUE_TODAY: 'Due today',
  AT_RISK: 'At risk',
  ON_TRACK: 'On track',
};

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

interface ExportedOrder {
  number: number;
  total: { amount: number };
  deadline: { status: string } | null;
}

/** Every order of the filter, page after page, as the API lists them. */
async function allOrders(filter: Record<string, unknown>, sort: string): Promise<ExportedOrder[]> {
  const orders: ExportedOrder[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      orders: { edges: Array<{ node: ExportedOrder }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await graphqlAs(
      page,
      server.url,
      `query All($filter: OrderFilter, $sort: OrderSort, $after: String) {
        orders(first: 100, filter: $filter, sort: $sort, after: $after) {
          edges { node { number total { amount } deadline { status } } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { filter, sort, after },
    );
    orders.push(...data.orders.edges.map((edge) => edge.node));
    if (!data.orders.pageInfo.hasNextPage) return orders;
    after = data.orders.pageInfo.endCursor;
  }
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user does (Shift+Tab with `backwards`),
 * and checks the focus is visible there.
 */
async function tabTo(target: Locator, { backwards = false, max = 300 } = {}) {
  const keyboardPage = target.page();
  const element = await target.elementHandle({ timeout: 15_000 });
  if (!element) throw new Error(`${target.toString()} is not on the page`);
  for (let press = 0; press <= max; press += 1) {
    if (await element.evaluate((node) => node === document.activeElement)) {
      const visible = await element.evaluate((node) => {
        const style = getComputedStyle(node);
        return node.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
      });
      if (!visible) throw new Error(`${target.toString()} has the focus but shows no focus ring`);
      return;
    }
    await keyboardPage.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target.toString()} cannot be reached with Tab`);
}

describe('the article journey, by keyboard alone', () => {
  it('signs in, splits, updates, deletes, accepts, ships, invoices and gets paid without a mouse', async () => {
    const pending = await graphqlAs<{ orders: { edges: Array<{ node: ListedOrder }> } }>(
      page,
      server.url,
      `query Pending { orders(first: 100, filter: { status: PENDING }) { edges { node { ${LISTED_FIELDS} } } } }`,
    );
    const order = pending.orders.edges
      .map((edge) => edge.node)
      .find(
        (candidate) =>
          candidate.itemCount >= 3 &&
          candidate.customer !== null &&
          candidate.paymentMethod === 'CARD' &&
          !DECLINING_BUYERS.includes(candidate.buyerName) &&
          !reserved.has(candidate.id),
      );
    if (!order) throw new Error('the demo data has no pending card order of a customer with 3+ items');
    reserved.add(order.id);
    const [splitItem, updatedItem, deletedItem] = order.items;
    if (!splitItem || !updatedItem || !deletedItem) throw new Error('expected three items');

    const visitor = await browser.newContext({ viewport: DESKTOP });
    const keys = await visitor.newPage();
    watchConsole(keys, consoleErrors);
    const keyboard = keys.keyboard;
    try {
      // Sign in: the first Tab stop of a page is the skip link only once signed in.
      await keys.goto(`${server.url}/sign-in`);
      await tabTo(keys.getByLabel('Email'));
      await keyboard.type('owner@demo-brand.test');
      await tabTo(keys.getByLabel('Password'));
      await keyboard.type('demo-password');
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: 'Today' }));

      // The skip link jumps past the navigation.
      await keys.reload();
      await expectVisible(keys.getByRole('heading', { level: 1, name: 'Today' }));
      await keyboard.press('Tab');
      const skip = keys.getByRole('link', { name: 'Skip to main content' });
      expect(await skip.evaluate((node) => node === document.activeElement)).toBe(true);
      await expectVisible(skip);
      await keyboard.press('Enter');
      expect(await keys.evaluate(() => document.activeElement?.id)).toBe('main-content');

      // Orders → search the order → open it.
      await tabTo(keys.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /^Orders/ }), {
        backwards: true,
      });
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: 'Orders' }));
      await tabTo(keys.getByLabel('Search orders'));
      await keyboard.type(String(order.number));
      const rows = keys.getByRole('table', { name: 'Orders' }).locator('tbody tr');
      await eventually(async () => expect(await rows.count()).toBe(1));
      await tabTo(rows.getByRole('link', { name: `#${order.number}`, exact: true }));
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: `Order #${order.number}` }));

      const items = keys.getByRole('table', { name: 'Order items' });
      const itemRows = items.locator('tbody tr');

      // Split from Order: check an item (Space), the button, then "Split" in the modal.
      await tabTo(items.getByRole('checkbox', { name: `Select ${splitItem.sku}` }));
      await keyboard.press('Space');
      await tabTo(keys.getByRole('button', { name: 'Split from Order' }));
      await keyboard.press('Enter');
      const splitModal = keys.getByRole('dialog', { name: 'Split from Order' });
      await expectVisible(splitModal);
      await tabTo(splitModal.getByRole('button', { name: 'Split', exact: true }));
      await keyboard.press('Enter');
      await splitModal.waitFor({ state: 'hidden' });
      await eventually(async () => expect(await itemRows.count()).toBe(order.itemCount - 1));

      // Update a quantity.
      const quantity = updatedItem.quantity + 2;
      const updatedRow = itemRows.filter({ has: keys.getByText(updatedItem.sku, { exact: true }) });
      await tabTo(updatedRow.getByRole('textbox', { name: `Quantity of ${updatedItem.sku}` }));
      await keyboard.press('ControlOrMeta+A');
      await keyboard.type(String(quantity));
      await tabTo(updatedRow.getByRole('button', { name: 'Update' }));
      await keyboard.press('Enter');
      await updatedRow.getByRole('button', { name: 'Update' }).waitFor({ state: 'detached' });

      // Delete an item: check it, the trash can, "Delete".
      await tabTo(items.getByRole('checkbox', { name: `Select ${deletedItem.sku}` }), { backwards: true });
      await keyboard.press('Space');
      await tabTo(keys.getByRole('button', { name: 'Delete selected items' }), { backwards: true });
      await keyboard.press('Enter');
      const deleteModal = keys.getByRole('dialog', { name: 'Delete items' });
      await expectVisible(deleteModal);
      await tabTo(deleteModal.getByRole('button', { name: 'Delete', exact: true }));
      await keyboard.press('Enter');
      await deleteModal.waitFor({ state: 'hidden' });
      await eventually(async () => expect(await itemRows.count()).toBe(order.itemCount - 2));

      // Accept.
      await tabTo(keys.getByRole('button', { name: 'Accept' }), { backwards: true });
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('button', { name: 'Edit Order' }));

      // Shipping tab → Save Shipment Info.
      // A tab list is one Tab stop (the selected tab); the arrow keys move between its tabs.
      await tabTo(keys.getByRole('tab', { selected: true }));
      const shippingTab = keys.getByRole('tab', { name: 'Shipping' });
      for (
        let press = 0;
        press < 5 && !(await shippingTab.evaluate((node) => node === document.activeElement));
        press += 1
      ) {
        await keyboard.press('ArrowRight');
      }
      await keyboard.press('Enter');
      await keys.waitForURL(/tab=shipping/);
      const form = keys.getByRole('form', { name: 'Shipment info' });
      await expectVisible(form);
      const carrier = form.getByRole('textbox', { name: 'Carrier', exact: true });
      await tabTo(carrier);
      await keyboard.press('ArrowDown');
      await expectVisible(keys.getByRole('listbox'));
      await keyboard.press('ArrowDown');
      await keyboard.press('Enter');
      await eventually(async () => expect(await carrier.inputValue()).not.toBe(''));
      await tabTo(form.getByRole('textbox', { name: 'Service', exact: true }));
      await keyboard.type('Ground');
      await tabTo(form.getByRole('textbox', { name: 'Tracking number 1', exact: true }));
      await keyboard.type('1Z999AA10123456784');
      await tabTo(form.getByRole('textbox', { name: 'Shipping cost', exact: true }));
      await keyboard.press('ControlOrMeta+A');
      await keyboard.type('12.50');
      await tabTo(form.getByRole('button', { name: 'Save Shipment Info' }));
      await keyboard.press('Enter');
      await expectVisible(keys.getByText('Shipment info saved'));

      // Create Invoice → Invoice Preview → Confirm: the card is charged and the invoice turns paid.
      await tabTo(keys.getByRole('button', { name: 'Create Invoice' }));
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: 'Invoice Preview' }));
      await tabTo(keys.getByRole('button', { name: 'Confirm' }));
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: /^Invoice [A-Z]+-\d+$/ }));
      await expectVisible(keys.getByText(/^Paid on .+ by credit card$/));
      await shot('keyboard-journey-paid', keys);
    } finally {
      await visitor.close();
    }

    const final = await graphqlAs<{ order: { status: string; paymentStatus: string; itemCount: number } }>(
      page,
      server.url,
      'query Final($id: ID!) { order(id: $id) { status paymentStatus itemCount } }',
      { id: order.id },
    );
    expect(final.order).toEqual({ status: 'ACCEPTED', paymentStatus: 'PAID', itemCount: order.itemCount - 2 });
  });
});

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
      { name: 'today', path: '/', heading: 'Today' },
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
      // Twenty pages, each loaded, checked and photographed.
    }, 300_000);
  }

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
