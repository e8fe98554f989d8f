import { graphql } from '../graphql';
import type { OrderDeskClient } from '../order-desk-client';
import type { CheckpointStore } from './checkpoint-store';
import type { OrderCopy, SyncedOrder } from './order-copy';

// What the copy keeps of each order (the fragment's type is SyncedOrder in order-copy.ts).
graphql(`
  fragment SyncedOrder on Order {
    id
    number
    version
    status
    paymentStatus
    buyerName
    updatedAt
    total {
      amount
      currency
    }
    items {
      id
      sku
      quantity
    }
  }
`);

const ChangedOrders = graphql(`
  query ChangedOrders($first: Int!, $after: String, $filter: OrderFilter) {
    orders(first: $first, after: $after, filter: $filter, sort: UPDATED_AT) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SyncedOrder
        }
      }
    }
  }
`);

export type SyncOptions = {
  client: OrderDeskClient;
  checkpoint: CheckpointStore;
  copy: OrderCopy;
  /** Only orders changed at or after this instant (ISO 8601): a first sync without the history. */
  updatedSince?: string | null;
  /** Orders per page, at most 100. */
  pageSize?: number;
};

/**
 * One incremental sync, as docs/partner-api.md ("Incremental sync") tells partners: page through
 * `orders(sort: UPDATED_AT)` after the stored cursor (none the first time), store each page's orders,
 * then its `endCursor`, and follow `endCursor` while `hasNextPage`. A page with no orders has no
 * `endCursor`: the stored cursor stays. The server holds back a change until every transaction that
 * started before it has ended, so a change made a moment ago may come with the next sync, never
 * before an older one. Answers the orders this sync stored (each once, in its latest version).
 */
export async function syncOrders({
  client,
  checkpoint,
  copy,
  updatedSince = null,
  pageSize = 100,
}: SyncOptions): Promise<SyncedOrder[]> {
  const filter = updatedSince ? { updatedSince } : undefined;
  const synced: SyncedOrder[] = [];
  let after = await checkpoint.read();
  for (;;) {
    const { orders } = (await client.request(ChangedOrders, { first: pageSize, after, filter })).data;
    const page = orders.edges.map((edge) => edge.node);
    await copy.store(page);
    synced.push(...page);
    // Only after the page's orders are stored: a crash in between syncs them again, never skips them.
    if (orders.pageInfo.endCursor) {
      after = orders.pageInfo.endCursor;
      await checkpoint.write(after);
    }
    if (!orders.pageInfo.hasNextPage) return synced;
  }
}
