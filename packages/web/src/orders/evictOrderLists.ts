import type { ApolloCache } from '@apollo/client';

/**
 * After a change that moves orders between lists (a split adds one, accept/reject change a status,
 * a deletion changes the item count), the cached lists and counts are dropped: the Orders page
 * fetches them afresh the next time it is shown.
 */
export function evictOrderLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'orders' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'orderStatusCounts' });
  cache.gc();
}
