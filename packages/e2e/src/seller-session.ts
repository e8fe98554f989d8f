import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

/** The browser console's errors of the test file's pages (watched by `openSellerSession` and `watchConsole`). */
export const consoleErrors: string[] = [];

// The session of the test file that called `useSellerSession`, for its tests and its helper modules
// alike (jest loads these modules afresh for every test file, so each file has its own).
export let server: AppServer;
export let browser: Browser;
export let context: BrowserContext;
export let page: Page;

/**
 * Opens the seller session before the file's tests and closes it after them. A journey split over
 * several files keeps its console check: an error in the browser console fails each file at the end,
 * also the files without a "logged no errors" test of their own.
 */
export function useSellerSession(options: Parameters<typeof openSellerSession>[1] = {}): void {
  beforeAll(async () => {
    ({ server, browser, context, page } = await openSellerSession(consoleErrors, options));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (consoleErrors.length) throw new Error(`errors in the browser console:\n${consoleErrors.join('\n')}`);
  });
}

/** Waits for CSS transitions (modals fading in, notifications sliding in) to finish. */
export async function settle(target: Page = page) {
  await target.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

export async function expectVisible(locator: Locator, timeout = 15_000) {
  await locator.waitFor({ state: 'visible', timeout });
}
