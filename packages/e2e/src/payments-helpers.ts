import path from 'node:path';
import type { Page } from 'playwright-core';
import { graphqlAs } from './graphql-api';
import { page, SCREENSHOTS, server, settle } from './seller-session';

// What the card and the terms payment journeys (card-payments.e2e.ts, terms-payments.e2e.ts) share:
// the Payment section of the invoice page, the order as the API has it, the browser's and the
// seller's today.

export async function shot(name: string, options: { fullPage?: boolean; target?: Page } = {}) {
  const target = options.target ?? page;
  await settle(target);
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
}

export async function readOrder(id: string) {
  const data = await graphqlAs<{
    order: {
      id: string;
      number: number;
      version: number;
      buyerName: string;
      paymentStatus: string;
      invoice: { id: string; paymentStatus: string; displayNumber: string | null } | null;
    };
  }>(
    page,
    server.url,
    `query PaymentOrder($id: ID!) {
       order(id: $id) { id number version buyerName paymentStatus invoice { id paymentStatus displayNumber } }
     }`,
    { id },
  );
  return data.order;
}

export const paymentSection = () => page.getByRole('region', { name: 'Payment' });
/** The status badge heading the Payment section. */
export const paymentStatusShown = async () =>
  (await paymentSection().locator('[data-payment-status]').first().textContent())?.trim();

/** The browser's calendar day, which the "Paid on" field of Mark as Paid starts from. */
export async function browserToday(): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date()));
}

/**
 * Today as the dashboard shows a day the server stamped: the seller's calendar date (its time
 * zone's, which is not the browser's UTC for hours a day), in the dashboard's medium style.
 */
export async function sellerToday(): Promise<string> {
  const { me } = await graphqlAs<{ me: { seller: { timeZone: string } } }>(
    page,
    server.url,
    `query SellerTimeZone { me { seller { timeZone } } }`,
  );
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: me.seller.timeZone }).format(new Date());
}
