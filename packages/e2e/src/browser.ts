import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The system Chromium (CHROME_PATH or the usual paths). A missing browser fails the run: never a silent skip. */
export function findChrome(): string {
  const candidates = process.env.CHROME_PATH ? [process.env.CHROME_PATH] : CANDIDATES;
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return found;
}

/** Chromium's own words for a blocked resource or script, and what the page script below reports. */
const CSP_VIOLATION = /Content Security Policy|CSP violation/;

/**
 * The system Chromium, headless. Every page of every context is watched for Content-Security-Policy
 * violations (Chromium's console message, and the page's `securitypolicyviolation` event), and closing
 * the browser fails the test file if there was one: the dashboard, the playground and the document
 * pages must work under the server's CSP, including pages a test does not watch itself.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const violations: string[] = [];
  const watch = async (context: BrowserContext) => {
    context.on('console', (message) => {
      if (CSP_VIOLATION.test(message.text())) violations.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
    });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
      ),
    );
  };
  // browser.newPage opens its context through newContext too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watch(context);
    return context;
  };
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
  };
  return browser;
}
