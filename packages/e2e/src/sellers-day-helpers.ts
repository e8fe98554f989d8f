import path from 'node:path';
import type { Page } from 'playwright-core';
import { graphqlAs } from './graphql-api';
import { page, SCREENSHOTS, server, settle } from './seller-session';

// What the seller's day journeys (sellers-day-today-orders.e2e.ts, sellers-day-accessibility.e2e.ts)
// share, and the demo orders the page sweep picks from.

export async function shot(name: string, target: Page = page) {
  await settle(target);
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface ListedOrder {
  id: string;
  number: number;
  status: string;
  itemCount: number;
  paymentMethod: 'CARD' | 'TERMS';
  buyerName: string;
  customer: { id: string } | null;
  items: Array<{ id: string; sku: string; quantity: number }>;
}

export const LISTED_FIELDS =
  'id number status itemCount paymentMethod buyerName customer { id } items { id sku quantity }';

/**
 * Orders other tests must not touch (the keyboard journey takes its order first). Each test file has
 * its own app and data, so this keeps apart the tests of one file.
 */
export const reserved = new Set<string>();

export interface SweepOrder {
  id: string;
  number: number;
  status: string;
  paymentStatus: string | null;
  shipment: { id: string } | null;
  invoice: { id: string; status: string } | null;
  creditNotes: Array<{ id: string }>;
  version: number;
}

const SWEEP_FIELDS = 'id number status paymentStatus version shipment { id } invoice { id status } creditNotes { id }';

export async function ordersWith(filter: string): Promise<SweepOrder[]> {
  const data = await graphqlAs<{ orders: { edges: Array<{ node: SweepOrder }> } }>(
    page,
    server.url,
    `query SweepOrders { orders(first: 100, filter: ${filter}) { edges { node { ${SWEEP_FIELDS} } } } }`,
  );
  return data.orders.edges.map((edge) => edge.node);
}

/** A credit note: a paid order cancelled through the API (the demo data has none). */
export async function creditNoteId(): Promise<string> {
  const paid = (await ordersWith('{ paymentStatus: PAID }')).find((order) => order.status === 'ACCEPTED');
  if (!paid) throw new Error('the demo data has no paid order');
  const result = await graphqlAs<{
    cancelOrder: { order: { creditNotes: Array<{ id: string }> } | null; userErrors: unknown[] };
  }>(
    page,
    server.url,
    `mutation Cancel($input: CancelOrderInput!) {
      cancelOrder(input: $input) { order { creditNotes { id } } userErrors { code message } }
    }`,
    {
      input: {
        orderId: paid.id,
        expectedVersion: paid.version,
        reason: 'BUYER_REQUEST',
        restock: false,
        acknowledgeShipped: true,
      },
    },
  );
  const id = result.cancelOrder.order?.creditNotes[0]?.id;
  if (!id) throw new Error(`no credit note: ${JSON.stringify(result.cancelOrder.userErrors)}`);
  return id;
}
