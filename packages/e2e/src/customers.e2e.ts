import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './accessibility';
import type { AppServer } from './app-server';
import { graphqlAs } from './graphql-api';
import { openSellerSession, SCREENSHOTS } from './seller-session';

// Customers on a laptop (1280x800) and a phone (390x844): screenshotted and checked with axe, no
// sideways scrolling; payment terms changed in place and kept; a buyer linked and unlinked.

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

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

async function capture(name: string) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.screenshot({ path: path.join(SCREENSHOTS, `customers-${name}.png`) });
}

async function visible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

type Customer = { id: string; name: string; paymentTermsDays: number; buyers: { id: string; companyName: string }[] };

async function customers(): Promise<Customer[]> {
  const data = await graphqlAs<{ customersConnection: { edges: { node: Customer }[] } }>(
    page,
    server.url,
    `{ customersConnection(first: 100) { edges { node { id name paymentTermsDays buyers { id companyName } } } } }`,
    {},
  );
  return data.customersConnection.edges.map((edge) => edge.node);
}

/** Narrows the page to one customer by searching its name; answers the table row (laptop). */
async function showOnly(customer: Customer): Promise<Locator> {
  await page.getByRole('textbox', { name: 'Search customers' }).fill(customer.name);
  await visible(page.getByText(/^1 customer$/));
  const row = page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: customer.name });
  await visible(row);
  return row;
}

describe('Customers', () => {
  for (const viewport of VIEWPORTS) {
    it(`lists customers without violations on a ${viewport.name} (${viewport.width}x${viewport.height})`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(`${server.url}/customers`);
      await visible(page.getByRole('heading', { level: 1, name: 'Customers' }));
      if (viewport.name === 'phone')
        await visible(page.getByRole('list', { name: 'Customers' }).getByRole('listitem').first());
      else await visible(page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1));
      await capture(viewport.name);
      await expectAccessible(page, `customers at ${viewport.width}px`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways).toBeLessThanOrEqual(0);
    });
  }

  it('saves other payment terms in place and keeps them', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/customers`);
    const [customer] = (await customers()).filter((c) => c.paymentTermsDays !== 60);
    if (!customer) throw new Error('no customer to change');
    const row = await showOnly(customer);
    await row.getByRole('textbox', { name: `Payment terms of ${customer.name}` }).click();
    await page.getByRole('option', { name: 'Net 60' }).click();
    await visible(page.getByText('Payment terms saved'));
    await capture('terms-saved');
    expect((await customers()).find((c) => c.id === customer.id)?.paymentTermsDays).toBe(60);

    await page.reload();
    const reloaded = await showOnly(customer);
    expect(await reloaded.getByRole('textbox', { name: `Payment terms of ${customer.name}` }).inputValue()).toBe(
      'Net 60',
    );
  });

  it('links a buyer to a customer and unlinks it', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/customers`);
    const [customer] = (await customers()).filter((c) => c.buyers.length === 0);
    const { buyersConnection } = await graphqlAs<{
      buyersConnection: { edges: { node: { id: string; companyName: string; customer: { id: string } | null } }[] };
    }>(page, server.url, `{ buyersConnection(first: 50) { edges { node { id companyName customer { id } } } } }`, {});
    const buyer = buyersConnection.edges.map((edge) => edge.node).find((b) => b.customer === null);
    if (!customer || !buyer) throw new Error('no unlinked customer and buyer in the demo data');

    const row = await showOnly(customer);
    await row.getByRole('button', { name: `Link buyer to ${customer.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Link a buyer to ${customer.name}` });
    await visible(dialog);
    await dialog.getByRole('textbox', { name: 'Buyer' }).fill(buyer.companyName);
    await page.getByRole('option', { name: buyer.companyName, exact: true }).click();
    await capture('link-dialog');
    await expectAccessible(page, 'link buyer dialog');
    await dialog.getByRole('button', { name: 'Link buyer' }).click();
    await visible(page.getByText('Buyer linked'));
    await dialog.waitFor({ state: 'hidden' });
    await visible(row.getByText(buyer.companyName));
    expect((await customers()).find((c) => c.id === customer.id)?.buyers).toEqual([
      { id: buyer.id, companyName: buyer.companyName },
    ]);

    await row.getByRole('button', { name: `Unlink ${buyer.companyName} from ${customer.name}` }).click();
    await visible(page.getByText('Buyer unlinked'));
    await visible(row.getByText('No buyer linked'));
    await capture('unlinked');
    expect((await customers()).find((c) => c.id === customer.id)?.buyers).toEqual([]);
  });
});
