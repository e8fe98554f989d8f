import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppServer, type AppServer } from './app-server';
import { launchBrowser } from './browser';

export const SCREENSHOTS = path.resolve(__dirname, '../screenshots');

/** Collects the browser console's errors and uncaught page errors of `target` into `errors`. */
export function watchConsole(target: Page, errors: string[]): void {
  target.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${target.url()}: ${message.text()}`);
  });
  target.on('pageerror', (error) => errors.push(`${target.url()}: ${error.message}`));
}

export type SellerSession = { server: AppServer; browser: Browser; context: BrowserContext; page: Page };

/** The built app on a fresh database, a browser, and a page signed in as Demo Brand's owner on Orders. */
export async function openSellerSession(errors: string[], { acceptDownloads = false } = {}): Promise<SellerSession> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads });
  const page = await context.newPage();
  watchConsole(page, errors);
  await page.goto(`${server.url}/orders`);
  await page.getByLabel('Email').fill('owner@demo-brand.test');
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/orders$/);
  return { server, browser, context, page };
}
