import path from 'node:path';
import { eventually } from '@order-desk/testing';
import { cents, graphqlAs } from './graphql-api';
import { expectVisible, page, SCREENSHOTS, server, settle } from './seller-session';

// The pending orders and the page actions of the order review journey (order-review.e2e.ts), whose
// tests share the orders in sequence and so stay in one file.

export interface PendingOrder {
  id: string;
  number: number;
  itemCount: number;
  buyer: { id: string; companyName: string; email: string };
  customer: { id: string; name: string } | null;
  customerSuggestions: Array<{ id: string; name: string; email: string }>;
  items: Array<{ id: string; sku: string; quantity: number }>;
}

export let pending: PendingOrder[] = [];
export const used = new Set<string>();

/** A pending order not used by another test yet, matching `accept`. */
export function takeOrder(description: string, accept: (order: PendingOrder) => boolean): PendingOrder {
  const order = pending.find((candidate) => !used.has(candidate.id) && accept(candidate));
  if (!order) throw new Error(`the demo data has no pending order ${description}`);
  used.add(order.id);
  return order;
}

/** The demo data's pending orders, read once before the tests: each test takes its own with `takeOrder`. */
export async function loadPendingOrders() {
  const data = await graphqlAs<{ orders: { edges: Array<{ node: PendingOrder }> } }>(
    page,
    server.url,
    `query PendingOrders {
      orders(first: 100, filter: { status: PENDING }) {
        edges { node {
          id number itemCount
          buyer { id companyName email }
          customer { id name }
          customerSuggestions { id name email }
          items { id sku quantity }
        } }
      }
    }`,
  );
  pending = data.orders.edges.map((edge) => edge.node);
}

export async function shot(name: string, options: { fullPage?: boolean } = {}) {
  await settle();
  // A full-page shot starts at the top: the fixed header and navigation are drawn there.
  if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
}

export async function openOrder(order: Pick<PendingOrder, 'id' | 'number'>) {
  await page.goto(`${server.url}/orders/${order.id}`);
  await expectVisible(page.getByRole('heading', { level: 1, name: `Order #${order.number}` }));
}

export const itemsTable = () => page.getByRole('table', { name: 'Order items' });
export const itemRows = () => itemsTable().locator('tbody tr');
export const itemRow = (sku: string) => itemRows().filter({ has: page.getByText(sku, { exact: true }) });
export const totals = () => page.getByRole('group', { name: 'Order totals' });
export const section = (name: string) => page.getByRole('region', { name });
export const timeline = () => section('Timeline');

export async function totalValue(label: 'Subtotal' | 'Shipping' | 'Total'): Promise<number> {
  const row = totals()
    .locator('div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .last();
  const text = await row.textContent();
  return cents((text ?? '').replace(label, ''));
}

/** The SKUs of the items table (second column, after the checkboxes). */
export async function skusShown(): Promise<string[]> {
  return itemRows().evaluateAll((rows) =>
    rows.map((row) => row.querySelector('td:nth-child(2) p')?.textContent?.trim() ?? ''),
  );
}

export async function expectAcceptedPage() {
  await eventually(async () => expect(await section('Order Information').textContent()).toMatch(/Accepted/));
  expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Reject' }).count()).toBe(0);
  // Accepted: no more deleting items; changes go through "Edit Order" (an unpaid order can still be split).
  expect(await page.getByRole('button', { name: 'Delete selected items' }).count()).toBe(0);
  await expectVisible(page.getByRole('button', { name: 'Edit Order' }));
  await expectVisible(page.getByRole('button', { name: 'Cancel Order' }));
  await expectVisible(timeline().getByText('Order accepted', { exact: true }));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
