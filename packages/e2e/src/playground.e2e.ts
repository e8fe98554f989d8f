import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually } from '@order-desk/testing';
import type { AppServer } from './app-server';
import { graphqlAs } from './graphql-api';
import { openSellerSession, SCREENSHOTS } from './seller-session';

// The API playground at /playground: GraphiQL bundled into the app, with no network but this
// server (every other request is blocked), the signed-in seller's session, the example operations of
// the order flow, a subscription over graphql-ws, and an API key pasted into the headers editor.

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const blocked: string[] = [];

beforeAll(async () => {
  ({ server, browser, context, page } = await openSellerSession(consoleErrors));
  const local = new URL(server.url).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What a Monaco editor shows (wrapped lines of text: read with whitespace collapsed). */
const textOf = async (selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
const response = () => textOf('.graphiql-response');

/** Opens an example's tab and runs it once its editor shows it (the editor loads in a worker). */
async function run(tabName: string) {
  await page.getByRole('tab', { name: tabName }).click();
  await eventually(async () => expect(await textOf('.graphiql-query-editor')).toContain(tabName));
  // GraphiQL parses the editor's text after a short debounce; the operation's kind picks the transport.
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: /Execute query/ }).click();
}

describe('API playground', () => {
  it('loads offline with the schema docs and the order flow examples, and runs a query with the session', async () => {
    await page.goto(`${server.url}/playground`);
    await page.locator('.graphiql-container').waitFor();
    for (const tab of ['PendingOrders', 'OrderDetails', 'AcceptOrder', 'SaveShipment', 'OrderChanges']) {
      await page.getByRole('tab', { name: tab }).waitFor();
    }

    await run('PendingOrders');
    await eventually(async () => expect(await response()).toContain('"totalCount"'));
    expect(await response()).toContain('"status": "PENDING"');

    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await page.getByText('Mutation', { exact: true }).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-query.png') });
  });

  it('runs a subscription over the WebSocket and shows the pushed change', async () => {
    const { orders } = await graphqlAs<{ orders: { edges: { node: { id: string; items: { id: string }[] } }[] } }>(
      page,
      server.url,
      `{ orders(first: 1, filter: { status: PENDING }) { edges { node { id items { id } } } } }`,
    );
    const order = orders.edges[0]!.node;
    await run('OrderChanges');
    // While the subscription is open the run button stops it.
    await page.getByRole('button', { name: /Stop/ }).waitFor();
    await page.waitForTimeout(500);
    await graphqlAs(
      page,
      server.url,
      `mutation($item: ID!) { updateOrderItemQuantity(input: { orderItemId: $item, quantity: 7 }) { userErrors { code } } }`,
      { item: order.items[0]!.id },
    );
    await eventually(async () => expect(await response()).toContain(order.id));
    expect(await response()).toContain('"orderChanged"');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-subscription.png') });
  });

  it('sends an API key typed in the headers editor instead of the session', async () => {
    const { createApiKey } = await graphqlAs<{ createApiKey: { secret: string } }>(
      page,
      server.url,
      `mutation { createApiKey(input: { name: "Playground test", scopes: [INVOICES_READ] }) { secret } }`,
    );
    await page.getByRole('button', { name: /Stop/ }).click();
    await page.getByRole('tab', { name: 'PendingOrders' }).click();
    await page.getByRole('button', { name: 'Headers' }).click();
    await page.locator('.graphiql-editor-tool .graphiql-editor').last().click();
    await page.keyboard.insertText(`{ "Authorization": "Bearer ${createApiKey.secret}" }`);
    await page.getByRole('button', { name: /Execute query/ }).click();
    // This key may read invoices only: the answer is the key's, not the signed-in owner's.
    await eventually(async () => expect(await response()).toContain('does not have the orders:read scope'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-api-key.png') });
  });

  it('made no request beyond this server, and logged no errors', () => {
    expect(blocked).toEqual([]);
    expect(consoleErrors.filter((error) => !/Failed to load resource.*40[13]/.test(error))).toEqual([]);
    expect(fs.existsSync(path.join(SCREENSHOTS, 'playground-query.png'))).toBe(true);
  });
});
