import type { Page } from 'playwright-core';
import { eventually } from '@order-desk/testing';
import { expectAccessible } from './accessibility';
import { consoleErrors, context, expectVisible, page, server, useSellerSession, watchConsole } from './seller-session';
import { expectNotReloaded, markPage } from './no-reload';
import { browserToday, paymentSection, paymentStatusShown, readOrder, shot } from './payments-helpers';

// The article's "Marking the Invoice As Paid", in the browser, for a terms invoice: the orders lists
// flag it when it is overdue, and the seller marks it paid. Every change reaches the open pages live,
// without a reload. (A card invoice, charged by itself: card-payments.e2e.ts.)

useSellerSession();

describe('terms payments (owner of Demo Brand)', () => {
  let order: Awaited<ReturnType<typeof readOrder>>;
  let listPage: Page;

  it('the orders list flags overdue invoices, and the Overdue filter lists only them', async () => {
    await page.goto(`${server.url}/orders`);
    // The toggle is a chip: its label is what the seller clicks.
    const overdueChip = page.locator('label').filter({ hasText: /^Overdue$/ });
    await overdueChip.click();
    await page.waitForURL(/[?&]overdue=1/);
    const rows = page.getByRole('table', { name: 'Orders' }).locator('tbody tr');
    await eventually(async () => {
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.count()).toBe(await page.locator('tbody tr[data-overdue]').count());
    });
    const first = rows.first();
    expect(await first.textContent()).toMatch(/UnpaidOverdueDue [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    await shot('orders-overdue');
    await expectAccessible(page, 'orders-overdue');

    const id = ((await first.getByRole('link', { name: /^#\d+$/ }).getAttribute('href')) ?? '').split('/').pop() ?? '';
    order = await readOrder(id);
    expect(order.invoice?.paymentStatus).toBe('UNPAID');

    // The whole list, overdue rows flagged among the others.
    expect(await page.getByRole('checkbox', { name: 'Overdue' }).isChecked()).toBe(true);
    await overdueChip.click();
    await page.waitForURL((url) => !url.search.includes('overdue'));
    await eventually(async () => expect(await page.locator('tbody tr:not([data-overdue])').count()).toBeGreaterThan(0));

    // All Orders has the same toggle.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /^All Orders/ })
      .click();
    await page.waitForURL(/view=all/);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'All Orders' }));
    await overdueChip.click();
    await page.waitForURL(/view=all.*overdue=1/);
    await eventually(async () => {
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.count()).toBe(await page.locator('tbody tr[data-overdue]').count());
    });
    await shot('all-orders-overdue');
  });

  it('"Mark as Paid" records the payment: the invoice turns Paid, and the open orders list follows live', async () => {
    if (!order.invoice) throw new Error('no invoice');
    // A second tab with the order in the orders list, to see the change arrive there.
    listPage = await context.newPage();
    watchConsole(listPage, consoleErrors);
    await listPage.goto(`${server.url}/orders?q=${order.number}`);
    const row = listPage
      .getByRole('table', { name: 'Orders' })
      .locator('tbody tr')
      .filter({ has: listPage.getByRole('link', { name: `#${order.number}`, exact: true }) });
    await expectVisible(row);
    await eventually(async () => expect(await row.textContent()).toContain('Overdue'));
    await markPage(listPage);
    // Back to the seller's tab (a background tab gets no animation frames: transitions would stall).
    await page.bringToFront();

    await page.goto(`${server.url}/invoices/${order.invoice.id}`);
    const section = paymentSection();
    await expectVisible(section);
    expect(await paymentStatusShown()).toBe('Unpaid');
    await expectVisible(section.getByText('Overdue', { exact: true }));
    await markPage();
    await shot('invoice-overdue');

    await section.getByRole('button', { name: 'Mark as Paid' }).click();
    const dialog = page.getByRole('dialog', { name: `Mark Invoice ${order.invoice.displayNumber} as Paid` });
    await expectVisible(dialog);
    const today = await browserToday();
    expect(await dialog.getByRole('button', { name: 'Paid on' }).textContent()).toContain(today);

    await dialog.getByRole('button', { name: 'Mark as Paid' }).click();
    await expectVisible(dialog.getByText('Choose how the buyer paid.'));

    await dialog.getByRole('textbox', { name: 'Payment method' }).click();
    await page.getByRole('option', { name: 'Check / money order' }).click();
    await dialog.getByRole('textbox', { name: 'Reference' }).fill('Check #4417');
    await shot('mark-as-paid-dialog');
    await expectAccessible(page, 'mark-as-paid-dialog');

    await dialog.getByRole('button', { name: 'Mark as Paid' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await paymentStatusShown()).toBe('Paid'));
    await expectVisible(section.getByText(`Paid on ${today} by check / money order (Check #4417)`));
    expect(await section.getByText('Overdue', { exact: true }).count()).toBe(0);
    await expectNotReloaded();
    const stored = await readOrder(order.id);
    expect(stored.paymentStatus).toBe('PAID');
    expect(stored.invoice?.paymentStatus).toBe('PAID');
    await shot('invoice-marked-paid', { fullPage: true });

    // The orders list in the other tab caught up by itself.
    await eventually(async () => {
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('Paid');
      expect(text).not.toContain('Overdue');
    });
    await expectNotReloaded(listPage);
    await listPage.close();
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
