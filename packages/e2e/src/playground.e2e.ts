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

/** What the response pane shows (Monaco renders it as text lines). */
const response = () => page.locator('.graphiql-response').innerText();

async function run(tabName: string) {
  await page.getByRole('tab', { name: tabName }).click();
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
    const { orders } = await graphqlAs<{ orders: { edges: { node: { id: string } }[] } }>(
      page,
      server.url,
      `{ orders(first: 1, filter: { status: PENDING }) { edges { node { id } } } }`,
    );
    const orderId = orders.edges[0]!.node.id;
    await run('OrderChanges');
    await page.waitForTimeout(500); // the subscription is established
    await graphqlAs(
      page,
      server.url,
      `mutation($id: ID!) { acceptOrder(input: { orderId: $id }) { userErrors { code } } }`,
      {
        id: orderId,
      },
    );
    await eventually(async () => expect(await response()).toContain(orderId));
    expect(await response()).toContain('"status": "ACCEPTED"');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-subscription.png') });
  });

  it('sends an API key typed in the headers editor instead of the session', async () => {
    const { createApiKey } = await graphqlAs<{ createApiKey: { secret: string } }>(
      page,
      server.url,
      `mutation { createApiKey(input: { name: "Playground test", scopes: [INVOICES_READ] }) { secret } }`,
    );
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
