import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startAppServer, type AppServer } from './app-server';
import { launchBrowser } from './browser';
import { eventually } from '@order-desk/testing';

const SHOTS = path.resolve(__dirname, '../screenshots');

let server: AppServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(email: string, password: string) {
  await page.goto(`${server.url}/orders`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// The Order ID is the second column of the Orders view (after the row checkboxes).
const rows = () => page.getByRole('table', { name: 'Orders' }).locator('tbody tr');

describe('a seller reviewing orders', () => {
  it('is told clearly when the password is wrong', async () => {
    await signIn('owner@demo-brand.test', 'not-the-password');
    await expectVisible(page.getByText('That email and password do not match an account.'));
    expect(page.url()).toContain('/sign-in');
  });

  it('signs in and lands on Orders, newest first, with status tabs and counts', async () => {
    await signIn('owner@demo-brand.test', 'demo-password');
    await page.waitForURL(/\/orders$/);
    await expectVisible(page.getByRole('heading', { name: 'Orders', level: 1 }));
    await expectVisible(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /^Orders/ }),
    );
    await expect25Rows();
    const tabs = page.getByRole('tablist', { name: 'Order status' });
    for (const label of ['All', 'Pending', 'Accepted', 'Rejected', 'Cancelled']) {
      await expectVisible(tabs.getByRole('tab', { name: new RegExp(`^${label}`) }));
    }
    const numbers = await rows().locator('td:nth-child(2) a').allTextContents();
    const asInts = numbers.map((n) => Number(n.replace('#', '')));
    expect(asInts.length).toBe(25);
    await page.screenshot({ path: path.join(SHOTS, 'orders-list.png') });
  });

  it('filters by status tab, keeps it in the URL, and pages through the results', async () => {
    await page.getByRole('tab', { name: /^Rejected/ }).click();
    await page.waitForURL(/status=REJECTED/);
    const allRejected = async () => {
      const texts = await rows().allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.every((text) => text.includes('Rejected'))).toBe(true);
    };
    await eventually(allRejected);
    await page.reload();
    await eventually(allRejected);

    await page.getByRole('tab', { name: /^All/ }).click();
    await expect25Rows();
    const firstPage = await rows().locator('td:nth-child(2) a').allTextContents();
    await page.getByRole('button', { name: /Next/ }).click();
    await page.waitForURL(/after=/);
    await eventually(async () =>
      expect((await rows().locator('td:nth-child(2) a').allTextContents())[0]).not.toBe(firstPage[0]),
    );
    const secondPage = await rows().locator('td:nth-child(2) a').allTextContents();
    expect(secondPage.some((n) => firstPage.includes(n))).toBe(false);
    await page.getByRole('button', { name: /Previous/ }).click();
    await eventually(async () =>
      expect(await rows().locator('td:nth-child(2) a').allTextContents()).toEqual(firstPage),
    );
  });

  it('searches by buyer name and by order number', async () => {
    await page.getByLabel('Search orders').fill('Little Otter');
    await page.waitForURL(/q=Little/);
    await eventually(async () => {
      const texts = await rows().allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.every((t) => t.includes('Little Otter Home'))).toBe(true);
    });
    const number = (await rows().first().locator('td:nth-child(2) a').textContent())!.trim();
    await page.getByLabel('Search orders').fill(number);
    await eventually(async () => expect(await rows().locator('td:nth-child(2) a').allTextContents()).toEqual([number]));
  });

  it('opens an order and shows everything the seller needs to review it', async () => {
    await page.getByLabel('Search orders').fill('');
    // The search is committed to the URL after a pause in typing: wait for it, as a seller would.
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await page.getByRole('tab', { name: /^Pending/ }).click();
    await page.waitForURL(/status=PENDING/);
    await eventually(async () => expect(await rows().count()).toBeGreaterThan(0));
    const link = rows().first().locator('td:nth-child(2) a');
    const number = (await link.textContent())!.trim();
    await link.click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: `Order ${number}` }));
    for (const section of ['Order Information', 'Shipping & Billing Information', 'Order Items', 'Timeline']) {
      await expectVisible(page.getByRole('heading', { name: section }));
    }
    await expectVisible(page.getByRole('button', { name: 'Accept' }));
    await expectVisible(page.getByRole('button', { name: 'Reject' }));
    const items = page.getByRole('table', { name: 'Order items' }).locator('tbody tr');
    expect(await items.count()).toBeGreaterThan(0);
    const totals = page.getByRole('group', { name: 'Order totals' });
    for (const label of ['Subtotal', 'Shipping', 'Total'])
      await expectVisible(totals.getByText(label, { exact: true }));
    await expectVisible(
      page
        .getByRole('region', { name: 'Timeline' })
        .getByText(/Order placed by/)
        .first(),
    );
    await page.screenshot({ path: path.join(SHOTS, 'order-details.png'), fullPage: true });
  });

  it("never shows another seller's order, even by its URL", async () => {
    const otherOrderUrl = page.url();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/sign-in/);
    await page.getByLabel('Email').fill('owner@other-brand.test');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signed in from the sign-in page itself: the home page, Today.
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Today' }));
    await page.goto(otherOrderUrl);
    await expectVisible(page.getByText('Order not found'));
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});

async function expectVisible(locator: ReturnType<Page['locator']>) {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

async function expect25Rows() {
  await eventually(async () => expect(await rows().count()).toBe(25));
}
