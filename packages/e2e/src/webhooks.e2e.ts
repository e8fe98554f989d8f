import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually, verifyWebhookSignature, WebhookReceiver, type ReceivedWebhook } from '@order-desk/testing';
import type { AppServer } from './app-server';
import { openSellerSession, SCREENSHOTS } from './seller-session';
import { serverCli } from './server-cli';

// Settings → Webhooks in the browser: an owner adds their ERP's endpoint, keeps the secret shown once,
// and the events that follow (a buyer's new order, a test event) reach the endpoint signed as the
// partner guide (docs/webhooks.md) says, and show in the delivery log.

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const receiver = new WebhookReceiver();
let receiverUrl = '';

beforeAll(async () => {
  receiverUrl = await receiver.start();
  ({ server, browser, context, page } = await openSellerSession(consoleErrors));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  await receiver.stop();
});

const verified = (request: ReceivedWebhook, secret: string) =>
  verifyWebhookSignature(secret, request.body, request.headers['order-desk-signature'] as string | undefined);

describe('webhooks', () => {
  it('adds an endpoint, shows its secret once, and delivers signed events listed in the delivery log', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add webhook endpoint' });
    await dialog.getByRole('textbox', { name: 'Endpoint URL' }).fill(receiverUrl);
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Warehouse ERP');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'webhooks-add-endpoint.png') });
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
    const secret = (await secretDialog.getByLabel('Signing secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'webhooks-secret.png') });
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await secretDialog.waitFor({ state: 'hidden' });
    await page.getByText(receiverUrl).waitFor();

    const placed = await serverCli(server, 'place-order', [
      '--seller',
      'Demo Brand',
      '--buyer',
      'Little Otter Home',
      '--line',
      'CSC-08:12',
    ]);
    const orderNumber = Number(/#(\d+)/.exec(placed)![1]);
    await page.getByRole('button', { name: 'Send test event' }).click();

    await eventually(async () => expect(receiver.received).toHaveLength(2), 20_000);
    const byType = new Map(receiver.received.map((request) => [JSON.parse(request.body).type as string, request]));
    const orderPlaced = byType.get('order.placed')!;
    expect(verified(orderPlaced, secret)).toBe(true);
    expect(JSON.parse(orderPlaced.body).data.order).toMatchObject({ number: orderNumber, status: 'PENDING' });
    expect(verified(byType.get('ping')!, secret)).toBe(true);

    const log = page.getByRole('region', { name: `Delivery log of ${receiverUrl}` });
    await eventually(async () => {
      await log.getByRole('button', { name: 'Refresh' }).click();
      expect(await log.getByText('Delivered').count()).toBe(2);
    });
    await log.getByText('order.placed').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'webhooks-delivery-log.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });
});
