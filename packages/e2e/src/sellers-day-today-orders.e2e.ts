import fs from 'node:fs';
import { eventually } from '@order-desk/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './accessibility';
import { graphqlAs } from './graphql-api';
import { expectVisible, page, server, useSellerSession } from './seller-session';
import { serverCli } from './server-cli';
import { LISTED_FIELDS, reserved, shot, type ListedOrder } from './sellers-day-helpers';

// The seller's day (issue 10), its lists: the Today page, deadlines, bulk accept, the CSV export and
// live toasts. (The journey by keyboard alone and every page accessible: sellers-day-accessibility.e2e.ts.)

useSellerSession({ acceptDownloads: true });

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
    // The list behind the dialog refetches after the change (aria-busy, a bar under the titles): the shot waits for it.
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
