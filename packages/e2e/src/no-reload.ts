import type { Page } from 'playwright-core';
import { page } from './seller-session';

// For checking that a change reached an open page live: the page was not reloaded to show it.

/** Marks the page's JavaScript context: still marked later means the page was never reloaded. */
export async function markPage(target: Page = page) {
  await target.evaluate(() => {
    document.documentElement.dataset['e2eNoReload'] = 'yes';
  });
}

export async function expectNotReloaded(target: Page = page) {
  expect(await target.evaluate(() => document.documentElement.dataset['e2eNoReload'])).toBe('yes');
}
