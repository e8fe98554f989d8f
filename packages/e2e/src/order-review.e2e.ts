import path from 'node:path';
import { eventually } from '@order-desk/testing';
import { expectAccessible } from './accessibility';
import {
  consoleErrors,
  context,
  expectVisible,
  page,
  SCREENSHOTS,
  server,
  useSellerSession,
  watchConsole,
} from './seller-session';
import { cents } from './graphql-api';
import {
  escapeRegExp,
  expectAcceptedPage,
  itemRow,
  itemRows,
  itemsTable,
  loadPendingOrders,
  openOrder,
  pending,
  section,
  shot,
  skusShown,
  takeOrder,
  timeline,
  totalValue,
  used,
  type PendingOrder,
} from './order-review-helpers';

// The article's "Things To Do Before Approving / Accepting An Order", step by step in the browser,
// each on its own pending order of the demo data (Demo Brand is ungated).

useSellerSession();
beforeAll(loadPendingOrders);

describe('reviewing an order before accepting it (owner of an ungated brand)', () => {
  it('has pending orders of every kind the article walks through', () => {
    expect(pending.length).toBeGreaterThan(20);
    expect(pending.some((order) => order.itemCount >= 3)).toBe(true);
    expect(pending.some((order) => order.customer === null)).toBe(true);
    expect(
      pending.some((order) => order.customerSuggestions.some((c) => c.name.endsWith('(trade show account)'))),
    ).toBe(true);
  });

  it('splits two items off an order and follows the notification to the new order', async () => {
    const order = takeOrder('with 3+ items', (o) => o.itemCount >= 3 && o.customer !== null);
    const [first, second, ...kept] = order.items;
    if (!first || !second) throw new Error('expected items');
    await openOrder(order);
    expect(await page.getByRole('button', { name: 'Split from Order' }).count()).toBe(0);

    await itemsTable()
      .getByRole('checkbox', { name: `Select ${first.sku}` })
      .check();
    await itemsTable()
      .getByRole('checkbox', { name: `Select ${second.sku}` })
      .check();
    await section('Order Items').getByRole('button', { name: 'Split from Order' }).click();

    const modal = page.getByRole('dialog', { name: 'Split from Order' });
    await expectVisible(modal);
    const listed = modal.getByRole('list', { name: 'Items to split' });
    expect(await listed.getByRole('listitem').count()).toBe(2);
    await expectVisible(listed.getByText(first.sku, { exact: true }));
    await expectVisible(listed.getByText(second.sku, { exact: true }));
    await shot('split-modal');
    await expectAccessible(page, 'split-modal');

    await modal.getByRole('button', { name: 'Split', exact: true }).click();
    const notification = page.locator('.mantine-Notification-root').filter({ hasText: /Order #\d+ created/ });
    await expectVisible(notification);
    await modal.waitFor({ state: 'hidden' });
    const newNumber = Number(/Order #(\d+) created/.exec((await notification.textContent()) ?? '')?.[1]);
    expect(newNumber).toBeGreaterThan(order.number);
    // The original order keeps the other items, with its totals recomputed.
    await eventually(async () => expect(await itemRows().count()).toBe(kept.length));
    await expectVisible(section('Order Information').getByRole('link', { name: `Order #${newNumber}` }));
    await shot('split-notification');

    await notification.getByRole('link', { name: `View Order #${newNumber}` }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: `Order #${newNumber}` }));
    await eventually(async () => expect((await skusShown()).sort()).toEqual([first.sku, second.sku].sort()));
    await expectVisible(section('Order Information').getByRole('link', { name: `Split from Order #${order.number}` }));
    await expectVisible(page.getByRole('button', { name: 'Accept' }));
    await expectVisible(page.getByRole('button', { name: 'Reject' }));
    await shot('split-new-order', { fullPage: true });
  });

  it('updates a quantity: the line total, subtotal and total follow; invalid quantities are refused', async () => {
    const order = takeOrder('to edit', (o) => o.itemCount >= 2 && o.customer !== null);
    const item = order.items[0];
    if (!item) throw new Error('expected an item');
    await openOrder(order);
    const row = itemRow(item.sku);
    const input = row.getByRole('textbox', { name: `Quantity of ${item.sku}` });
    const cells = row.locator('td');
    const unitPrice = cents((await cells.nth(3).textContent()) ?? '');
    const lineBefore = cents((await cells.nth(5).textContent()) ?? '');
    const subtotalBefore = await totalValue('Subtotal');
    const totalBefore = await totalValue('Total');
    expect(lineBefore).toBe(unitPrice * item.quantity);
    expect(await row.getByRole('button', { name: 'Update' }).count()).toBe(0);

    // Refused, in the API's words, next to the input; nothing changes.
    for (const [value, message] of [
      ['0', 'Quantity must be a whole number of at least 1'],
      ['-2', 'Quantity must be a whole number of at least 1'],
      ['1.5', 'Quantity must be a whole number of at least 1'],
      ['100001', 'Quantity can be at most 100,000.'],
    ] as const) {
      await input.fill(value);
      await row.getByRole('button', { name: 'Update' }).click();
      await expectVisible(row.getByRole('alert').filter({ hasText: message }));
    }
    await row.scrollIntoViewIfNeeded();
    await shot('quantity-invalid');
    await expectAccessible(page, 'quantity-invalid');
    expect(await totalValue('Total')).toBe(totalBefore);

    const quantity = item.quantity + 3;
    await input.fill(String(quantity));
    await row.getByRole('button', { name: 'Update' }).click();
    await eventually(async () => expect(cents((await cells.nth(5).textContent()) ?? '')).toBe(unitPrice * quantity));
    await row.getByRole('button', { name: 'Update' }).waitFor({ state: 'detached' });
    expect(await row.getByRole('alert').count()).toBe(0);
    expect(await totalValue('Subtotal')).toBe(subtotalBefore + unitPrice * 3);
    expect(await totalValue('Total')).toBe(totalBefore + unitPrice * 3);
    await expectVisible(
      timeline().getByText(`Quantity of ${item.sku} changed from ${item.quantity} to ${quantity}`, { exact: true }),
    );
    await shot('quantity-updated', { fullPage: true });

    // Still there after a reload: it was saved.
    await page.reload();
    await expect(
      itemRow(item.sku)
        .getByRole('textbox', { name: `Quantity of ${item.sku}` })
        .inputValue(),
    ).resolves.toBe(String(quantity));
  });

  it('deletes a checked item with the trash can, and refuses to delete every item', async () => {
    const order = takeOrder('with 2+ items to delete from', (o) => o.itemCount >= 2 && o.customer !== null);
    const doomed = order.items[order.items.length - 1];
    if (!doomed) throw new Error('expected an item');
    await openOrder(order);
    const totalBefore = await totalValue('Total');
    const lineTotal = cents((await itemRow(doomed.sku).locator('td').nth(5).textContent()) ?? '');

    // All items checked: an order keeps at least one (reject it instead).
    await itemsTable().getByRole('checkbox', { name: 'Select all items' }).check();
    await page.getByRole('button', { name: 'Delete selected items' }).click();
    const modal = page.getByRole('dialog', { name: 'Delete items' });
    await expectVisible(modal.getByText('An order needs at least one item. To cancel the whole order, reject it.'));
    expect(await modal.getByRole('button', { name: 'Delete', exact: true }).isDisabled()).toBe(true);
    await shot('delete-last-item-refused');
    await modal.getByRole('button', { name: 'Cancel' }).click();
    await modal.waitFor({ state: 'hidden' });

    await itemsTable().getByRole('checkbox', { name: 'Select all items' }).uncheck();
    await itemsTable()
      .getByRole('checkbox', { name: `Select ${doomed.sku}` })
      .check();
    await page.getByRole('button', { name: 'Delete selected items' }).click();
    await expectVisible(modal.getByRole('list', { name: 'Items to delete' }).getByText(doomed.sku, { exact: true }));
    await shot('delete-modal');
    await expectAccessible(page, 'delete-modal');
    await modal.getByRole('button', { name: 'Delete', exact: true }).click();
    await modal.waitFor({ state: 'hidden' });

    await eventually(async () => expect(await itemRows().count()).toBe(order.items.length - 1));
    expect(await itemRow(doomed.sku).count()).toBe(0);
    expect(await totalValue('Total')).toBe(totalBefore - lineTotal);
    await expectVisible(timeline().getByText(new RegExp(`^Deleted ${doomed.sku} `)));
    await shot('delete-done', { fullPage: true });
  });

  it('accepts the order of a buyer with a relationship, and other open views follow live', async () => {
    const order = takeOrder('of a known customer', (o) => o.customer !== null);
    await openOrder(order);
    // The same order open in a second tab.
    const other = await context.newPage();
    watchConsole(other, consoleErrors);
    await other.goto(`${server.url}/orders/${order.id}`);
    await expectVisible(other.getByRole('button', { name: 'Accept' }));
    // And the pending orders list in a third.
    const list = await context.newPage();
    watchConsole(list, consoleErrors);
    await list.goto(`${server.url}/orders?status=PENDING`);
    const orderLink = list.getByRole('table', { name: 'Orders' }).getByRole('link', { name: `#${order.number}` });
    await expectVisible(orderLink);
    const pendingTab = list.getByRole('tab', { name: /^Pending/ });
    const pendingCount = async () => Number(/(\d+)/.exec((await pendingTab.textContent()) ?? '')?.[1]);
    const pendingBefore = await pendingCount();

    await page.getByRole('button', { name: 'Accept' }).click();
    await expectAcceptedPage();
    await expectVisible(section('Order Information').getByText(order.customer?.name ?? '', { exact: true }));
    await shot('accepted', { fullPage: true });

    await eventually(async () => expect(await other.getByRole('button', { name: 'Accept' }).count()).toBe(0));
    await expectVisible(other.getByRole('region', { name: 'Timeline' }).getByText('Order accepted', { exact: true }));
    await other.close();
    await eventually(async () => expect(await pendingCount()).toBe(pendingBefore - 1));
    await orderLink.waitFor({ state: 'detached' });
    await list.close();
  });

  it('rejects an order with a reason; the buyer gets an email, linked from the timeline', async () => {
    const order = takeOrder('to reject', (o) => o.customer !== null);
    await openOrder(order);
    await page.getByRole('button', { name: 'Reject' }).click();
    const dialog = page.getByRole('dialog', { name: `Reject Order #${order.number}` });
    await expectVisible(dialog);

    // "Other" needs a message for the buyer.
    await dialog.getByRole('radio', { name: 'Other' }).check();
    await dialog.getByRole('button', { name: 'Reject order' }).click();
    await expectVisible(dialog.getByText('Tell the buyer why: a message is required for "Other".'));
    await shot('reject-dialog-other');

    await dialog.getByRole('radio', { name: 'Inventory depleted' }).check();
    await dialog.getByLabel('Message to the buyer').fill('The spring batch sold out; it is back in March.');
    await shot('reject-dialog');
    await expectAccessible(page, 'reject-dialog');
    await dialog.getByRole('button', { name: 'Reject order' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await eventually(async () => expect(await section('Order Information').textContent()).toMatch(/Rejected/));
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reject' }).count()).toBe(0);
    await expectVisible(section('Order Information').getByText('Inventory depleted', { exact: true }));
    await expectVisible(timeline().getByText(/^Order rejected: inventory depleted/));

    // The worker sends the email a moment later; the timeline shows it live.
    const viewEmail = timeline().getByRole('link', { name: 'View email' });
    await expectVisible(viewEmail);
    await shot('rejected', { fullPage: true });
    const href = await viewEmail.getAttribute('href');
    expect(href).toMatch(/^\/dev\/mail\?messageId=/);
    expect(await viewEmail.getAttribute('target')).toBe('_blank');
    const messageId = new URL(href ?? '', server.url).searchParams.get('messageId');

    // The catcher is for signed-in sellers: read it with the page's session.
    const cookie = (await context.cookies(server.url)).map((c) => `${c.name}=${c.value}`).join('; ');
    const caught = (await (
      await fetch(`${server.url}/dev/mail?format=json`, { headers: { cookie } })
    ).json()) as Array<{
      messageId: string | null;
      to: string[];
      subject: string;
      text: string;
    }>;
    const email = caught.find((mail) => mail.messageId === messageId);
    expect(email).toBeDefined();
    expect(email?.to).toEqual([order.buyer.email]);
    expect(email?.subject).toContain(`#${order.number}`);
    expect(email?.subject).toContain('not accepted');
    expect(email?.text).toContain(`#${order.number}`);
    expect(email?.text).toContain('out of stock');
    expect(email?.text).toContain('The spring batch sold out; it is back in March.');

    const [mailPage] = await Promise.all([context.waitForEvent('page'), viewEmail.click()]);
    await mailPage.waitForLoadState();
    await expectVisible(mailPage.getByText(email?.subject ?? '', { exact: true }).first());
    await mailPage.screenshot({ path: path.join(SCREENSHOTS, 'rejection-email.png') });
    await mailPage.close();
  });

  it('accepts an unknown buyer’s order by creating a new customer from the buyer', async () => {
    const stranger = (o: PendingOrder) => o.customer === null;
    const order = takeOrder(
      'of a buyer without a relationship or a trade show account',
      (o) =>
        stranger(o) &&
        !o.customerSuggestions.some((c) => c.name.endsWith('(trade show account)')) &&
        !pending.some((p) => used.has(p.id) && p.buyer.id === o.buyer.id),
    );
    await openOrder(order);
    await expectVisible(section('Order Information').getByText('No customer relationship yet'));
    await page.getByRole('button', { name: 'Accept' }).click();

    const dialog = page.getByRole('dialog', { name: `Accept Order #${order.number}` });
    await expectVisible(dialog);
    await dialog.getByRole('radio', { name: /Create a new customer/ }).click();
    await expect(dialog.getByLabel('Customer name').inputValue()).resolves.toBe(order.buyer.companyName);
    await expect(dialog.getByLabel('Invoice email').inputValue()).resolves.toBe(order.buyer.email);
    await expect(dialog.getByLabel('Payment terms (days)').inputValue()).resolves.toBe('30');
    await shot('customer-dialog-create');
    await expectAccessible(page, 'customer-dialog-create');

    await dialog.getByRole('button', { name: 'Accept order' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectAcceptedPage();
    const information = section('Order Information');
    await expectVisible(information.getByText(order.buyer.companyName, { exact: true }).first());
    await expectVisible(information.getByText('Net 30', { exact: true }));
    expect(await information.getByText('No customer relationship yet').count()).toBe(0);
    await expectVisible(
      timeline().getByText(`Created customer ${order.buyer.companyName} from buyer`, { exact: false }),
    );
    await shot('accepted-new-customer', { fullPage: true });
  });

  it('accepts another unknown buyer’s order by associating an existing customer (a trade show account)', async () => {
    const order = takeOrder(
      'of a buyer with a trade show account',
      (o) =>
        o.customer === null &&
        o.customerSuggestions.some((c) => c.name.endsWith('(trade show account)')) &&
        !pending.some((p) => used.has(p.id) && p.buyer.id === o.buyer.id),
    );
    const account = order.customerSuggestions.find((c) => c.name.endsWith('(trade show account)'));
    if (!account) throw new Error('expected a trade show account');
    await openOrder(order);
    await page.getByRole('button', { name: 'Accept' }).click();

    const dialog = page.getByRole('dialog', { name: `Accept Order #${order.number}` });
    await expectVisible(dialog);
    // Likely matches exist, so associating is offered first.
    await expect(
      dialog.getByRole('radio', { name: /Associate with an existing customer/ }).getAttribute('aria-checked'),
    ).resolves.toBe('true');
    await dialog.getByRole('radio', { name: new RegExp(escapeRegExp(account.name)) }).click();
    await expect(dialog.getByLabel('Search all customers').inputValue()).resolves.toBe(account.name);
    await shot('customer-dialog-associate');
    await expectAccessible(page, 'customer-dialog-associate');

    await dialog.getByRole('button', { name: 'Accept order' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectAcceptedPage();
    await expectVisible(section('Order Information').getByText(account.name));
    await expectVisible(
      timeline().getByText(`Associated buyer ${order.buyer.companyName} with customer ${account.name}`),
    );
    await shot('accepted-associated', { fullPage: true });
  });

  it('shows the ungated setting under Settings → Profile Settings and saves a change at once', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /Settings/ })
      .click();
    await page.waitForURL(/\/settings$/);
    await expectVisible(page.getByRole('heading', { name: 'Profile Settings' }));
    const toggle = page.getByRole('switch', { name: 'Buyer Access Requires Approval' });
    expect(await toggle.isChecked()).toBe(false);
    // The input is visually hidden behind the switch track: click the track via its label element.
    await toggle.locator('xpath=..').click();
    await expectVisible(page.locator('.mantine-Notification-root').filter({ hasText: 'Settings saved' }));
    expect(await toggle.isChecked()).toBe(true);
    await shot('settings');
    await page.reload();
    await eventually(async () =>
      expect(await page.getByRole('switch', { name: 'Buyer Access Requires Approval' }).isChecked()).toBe(true),
    );
    await page.getByRole('switch', { name: 'Buyer Access Requires Approval' }).locator('xpath=..').click();
    await eventually(async () =>
      expect(await page.getByRole('switch', { name: 'Buyer Access Requires Approval' }).isChecked()).toBe(false),
    );
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
