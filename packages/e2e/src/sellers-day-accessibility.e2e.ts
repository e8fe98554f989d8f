import { eventually } from '@order-desk/testing';
import { expectAccessible } from './accessibility';
import { graphqlAs } from './graphql-api';
import { tabTo } from './keyboard';
import { browser, consoleErrors, expectVisible, page, server, useSellerSession, watchConsole } from './seller-session';
import {
  creditNoteId,
  LISTED_FIELDS,
  ordersWith,
  reserved,
  shot,
  type ListedOrder,
  type SweepOrder,
} from './sellers-day-helpers';

// The seller's day (issue 10), for everyone: the article's whole journey by keyboard alone, and every
// page accessible (axe-core) and finished at desktop and tablet width. (The Today page and the orders
// lists: sellers-day-today-orders.e2e.ts.)

useSellerSession();

const DESKTOP = { width: 1440, height: 900 };
const TABLET = { width: 768, height: 1024 };

/** Demo buyers whose card on file declines (see the README's demo data). */
const DECLINING_BUYERS = [
  'Fernwood General Store',
  'Bramble & Birch',
  'Prairie Rose Market',
  'Hudson Valley Provisions',
];

describe('the article journey, by keyboard alone', () => {
  it('signs in, splits, updates, deletes, accepts, ships, invoices and gets paid without a mouse', async () => {
    const pending = await graphqlAs<{ orders: { edges: Array<{ node: ListedOrder }> } }>(
      page,
      server.url,
      `query Pending { orders(first: 100, filter: { status: PENDING }) { edges { node { ${LISTED_FIELDS} } } } }`,
    );
    const order = pending.orders.edges
      .map((edge) => edge.node)
      .find(
        (candidate) =>
          candidate.itemCount >= 3 &&
          candidate.customer !== null &&
          candidate.paymentMethod === 'CARD' &&
          !DECLINING_BUYERS.includes(candidate.buyerName) &&
          !reserved.has(candidate.id),
      );
    if (!order) throw new Error('the demo data has no pending card order of a customer with 3+ items');
    reserved.add(order.id);
    const [splitItem, updatedItem, deletedItem] = order.items;
    if (!splitItem || !updatedItem || !deletedItem) throw new Error('expected three items');

    const visitor = await browser.newContext({ viewport: DESKTOP });
    const keys = await visitor.newPage();
    watchConsole(keys, consoleErrors);
    const keyboard = keys.keyboard;
    try {
      // Sign in: the first Tab stop of a page is the skip link only once signed in.
      await keys.goto(`${server.url}/sign-in`);
      await tabTo(keys.getByLabel('Email'));
      await keyboard.type('owner@demo-brand.test');
      await tabTo(keys.getByLabel('Password'));
      await keyboard.type('demo-password');
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: 'Today' }));

      // The skip link jumps past the navigation.
      await keys.reload();
      await expectVisible(keys.getByRole('heading', { level: 1, name: 'Today' }));
      await keyboard.press('Tab');
      const skip = keys.getByRole('link', { name: 'Skip to main content' });
      expect(await skip.evaluate((node) => node === document.activeElement)).toBe(true);
      await expectVisible(skip);
      await keyboard.press('Enter');
      expect(await keys.evaluate(() => document.activeElement?.id)).toBe('main-content');

      // Orders → search the order → open it.
      await tabTo(keys.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /^Orders/ }), {
        backwards: true,
      });
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: 'Orders' }));
      await tabTo(keys.getByLabel('Search orders'));
      await keyboard.type(String(order.number));
      const rows = keys.getByRole('table', { name: 'Orders' }).locator('tbody tr');
      await eventually(async () => expect(await rows.count()).toBe(1));
      await tabTo(rows.getByRole('link', { name: `#${order.number}`, exact: true }));
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: `Order #${order.number}` }));

      const items = keys.getByRole('table', { name: 'Order items' });
      const itemRows = items.locator('tbody tr');

      // Split from Order: check an item (Space), the button, then "Split" in the modal.
      await tabTo(items.getByRole('checkbox', { name: `Select ${splitItem.sku}` }));
      await keyboard.press('Space');
      await tabTo(keys.getByRole('button', { name: 'Split from Order' }));
      await keyboard.press('Enter');
      const splitModal = keys.getByRole('dialog', { name: 'Split from Order' });
      await expectVisible(splitModal);
      await tabTo(splitModal.getByRole('button', { name: 'Split', exact: true }));
      await keyboard.press('Enter');
      await splitModal.waitFor({ state: 'hidden' });
      await eventually(async () => expect(await itemRows.count()).toBe(order.itemCount - 1));

      // Update a quantity.
      const quantity = updatedItem.quantity + 2;
      const updatedRow = itemRows.filter({ has: keys.getByText(updatedItem.sku, { exact: true }) });
      await tabTo(updatedRow.getByRole('textbox', { name: `Quantity of ${updatedItem.sku}` }));
      await keyboard.press('ControlOrMeta+A');
      await keyboard.type(String(quantity));
      await tabTo(updatedRow.getByRole('button', { name: 'Update' }));
      await keyboard.press('Enter');
      await updatedRow.getByRole('button', { name: 'Update' }).waitFor({ state: 'detached' });

      // Delete an item: check it, the trash can, "Delete".
      await tabTo(items.getByRole('checkbox', { name: `Select ${deletedItem.sku}` }), { backwards: true });
      await keyboard.press('Space');
      await tabTo(keys.getByRole('button', { name: 'Delete selected items' }), { backwards: true });
      await keyboard.press('Enter');
      const deleteModal = keys.getByRole('dialog', { name: 'Delete items' });
      await expectVisible(deleteModal);
      await tabTo(deleteModal.getByRole('button', { name: 'Delete', exact: true }));
      await keyboard.press('Enter');
      await deleteModal.waitFor({ state: 'hidden' });
      await eventually(async () => expect(await itemRows.count()).toBe(order.itemCount - 2));

      // Accept.
      await tabTo(keys.getByRole('button', { name: 'Accept' }), { backwards: true });
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('button', { name: 'Edit Order' }));

      // Shipping tab → Save Shipment Info.
      // A tab list is one Tab stop (the selected tab); the arrow keys move between its tabs.
      await tabTo(keys.getByRole('tab', { selected: true }));
      const shippingTab = keys.getByRole('tab', { name: 'Shipping' });
      for (
        let press = 0;
        press < 5 && !(await shippingTab.evaluate((node) => node === document.activeElement));
        press += 1
      ) {
        await keyboard.press('ArrowRight');
      }
      await keyboard.press('Enter');
      await keys.waitForURL(/tab=shipping/);
      const form = keys.getByRole('form', { name: 'Shipment info' });
      await expectVisible(form);
      const carrier = form.getByRole('textbox', { name: 'Carrier', exact: true });
      await tabTo(carrier);
      await keyboard.press('ArrowDown');
      await expectVisible(keys.getByRole('listbox'));
      await keyboard.press('ArrowDown');
      await keyboard.press('Enter');
      await eventually(async () => expect(await carrier.inputValue()).not.toBe(''));
      await tabTo(form.getByRole('textbox', { name: 'Service', exact: true }));
      await keyboard.type('Ground');
      await tabTo(form.getByRole('textbox', { name: 'Tracking number 1', exact: true }));
      await keyboard.type('1Z999AA10123456784');
      await tabTo(form.getByRole('textbox', { name: 'Shipping cost', exact: true }));
      await keyboard.press('ControlOrMeta+A');
      await keyboard.type('12.50');
      await tabTo(form.getByRole('button', { name: 'Save Shipment Info' }));
      await keyboard.press('Enter');
      await expectVisible(keys.getByText('Shipment info saved'));

      // Create Invoice → Invoice Preview → Confirm: the card is charged and the invoice turns paid.
      await tabTo(keys.getByRole('button', { name: 'Create Invoice' }));
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: 'Invoice Preview' }));
      await tabTo(keys.getByRole('button', { name: 'Confirm' }));
      await keyboard.press('Enter');
      await expectVisible(keys.getByRole('heading', { level: 1, name: /^Invoice [A-Z]+-\d+$/ }));
      await expectVisible(keys.getByText(/^Paid on .+ by credit card$/));
      await shot('keyboard-journey-paid', keys);
    } finally {
      await visitor.close();
    }

    const final = await graphqlAs<{ order: { status: string; paymentStatus: string; itemCount: number } }>(
      page,
      server.url,
      'query Final($id: ID!) { order(id: $id) { status paymentStatus itemCount } }',
      { id: order.id },
    );
    expect(final.order).toEqual({ status: 'ACCEPTED', paymentStatus: 'PAID', itemCount: order.itemCount - 2 });
  });
});

describe('every page, at desktop and tablet width', () => {
  let pages: Array<{ name: string; path: string; heading: RegExp | string }> = [];

  beforeAll(async () => {
    const all = await ordersWith('{}');
    const accepted = await ordersWith('{ status: ACCEPTED }');
    const pick = (description: string, accept: (order: SweepOrder) => boolean) => {
      const found = [...all, ...accepted].find(accept);
      if (!found) throw new Error(`the demo data has no order ${description}`);
      return found;
    };
    const pending = pick('pending', (order) => order.status === 'PENDING');
    const acceptedNoShipment = pick('accepted without shipment', (o) => o.status === 'ACCEPTED' && !o.shipment);
    const shipped = pick('shipped, not invoiced', (o) => o.status === 'ACCEPTED' && !!o.shipment && !o.invoice);
    const invoiced = pick('invoiced, unpaid', (o) => o.invoice?.status === 'ISSUED' && o.paymentStatus === 'UNPAID');
    const failed = pick('with a failed payment', (o) => o.paymentStatus === 'FAILED');
    const paid = pick('paid', (o) => o.paymentStatus === 'PAID');
    const rejected = pick('rejected', (o) => o.status === 'REJECTED');
    const cancelled = pick('cancelled', (o) => o.status === 'CANCELLED');
    const creditNote = await creditNoteId();
    pages = [
      { name: 'today', path: '/', heading: 'Today' },
      { name: 'orders', path: '/orders', heading: 'Orders' },
      { name: 'all-orders', path: '/orders?view=all', heading: 'All Orders' },
      { name: 'order-pending', path: `/orders/${pending.id}`, heading: `Order #${pending.number}` },
      {
        name: 'order-accepted',
        path: `/orders/${acceptedNoShipment.id}`,
        heading: `Order #${acceptedNoShipment.number}`,
      },
      {
        name: 'order-shipping-tab',
        path: `/orders/${acceptedNoShipment.id}?tab=shipping`,
        heading: `Order #${acceptedNoShipment.number}`,
      },
      { name: 'order-shipped', path: `/orders/${shipped.id}`, heading: `Order #${shipped.number}` },
      { name: 'order-invoiced', path: `/orders/${invoiced.id}`, heading: `Order #${invoiced.number}` },
      { name: 'order-payment-failed', path: `/orders/${failed.id}`, heading: `Order #${failed.number}` },
      { name: 'order-paid', path: `/orders/${paid.id}`, heading: `Order #${paid.number}` },
      { name: 'order-rejected', path: `/orders/${rejected.id}`, heading: `Order #${rejected.number}` },
      { name: 'order-cancelled', path: `/orders/${cancelled.id}`, heading: `Order #${cancelled.number}` },
      { name: 'invoice', path: `/invoices/${invoiced.invoice?.id ?? ''}`, heading: /^Invoice / },
      { name: 'invoice-payment-failed', path: `/invoices/${failed.invoice?.id ?? ''}`, heading: /^Invoice / },
      { name: 'credit-note', path: `/credit-notes/${creditNote}`, heading: /^Credit note / },
      { name: 'settings', path: '/settings', heading: 'Settings' },
      { name: 'not-found', path: '/no-such-page', heading: 'Page not found' },
    ];
  });

  it('the sign-in page is accessible', async () => {
    const visitor = await browser.newContext({ viewport: DESKTOP });
    const signIn = await visitor.newPage();
    watchConsole(signIn, consoleErrors);
    try {
      await signIn.goto(`${server.url}/sign-in`);
      await expectVisible(signIn.getByRole('button', { name: 'Sign in' }));
      await expectAccessible(signIn, 'sign-in');
      await shot('sign-in-desktop', signIn);
      await signIn.setViewportSize(TABLET);
      await expectAccessible(signIn, 'sign-in (tablet)');
      await shot('sign-in-tablet', signIn);
    } finally {
      await visitor.close();
    }
  });

  for (const viewport of [
    { name: 'desktop', size: DESKTOP },
    { name: 'tablet', size: TABLET },
  ]) {
    it(`every signed-in page is accessible at ${viewport.name} width`, async () => {
      await page.setViewportSize(viewport.size);
      const failures: string[] = [];
      for (const target of pages) {
        await page.goto(`${server.url}${target.path}`);
        await expectVisible(page.getByRole('heading', { level: 1, name: target.heading }));
        // Skeletons gone: the page has its data.
        await page.waitForFunction(() => document.querySelectorAll('.mantine-Skeleton-root').length === 0);
        try {
          await expectAccessible(page, `${target.name} (${viewport.name})`);
        } catch (error) {
          failures.push((error as Error).message);
        }
        await shot(`${target.name}-${viewport.name}`);
      }
      expect(failures).toEqual([]);
      // Twenty pages, each loaded, checked and photographed.
    }, 300_000);
  }

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
