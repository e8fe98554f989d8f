import { useQuery, useSubscription } from '@apollo/client/react';
import { useDebouncedCallback } from '@mantine/hooks';
import { graphql } from '../../graphql';
import { ordersPageVariables, type OrdersListState } from './ordersListParams';

const OrdersPageQuery = graphql(`
  query OrdersPage(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: OrderFilter
    $sort: OrderSort
    $countsFilter: OrderFilter
    $withCounts: Boolean!
  ) {
    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
      edges {
        cursor
        node {
          id
          buyer {
            id
            companyName
          }
          ...OrdersTable_order
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      totalCount
    }
    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {
      ...OrderStatusTabs_counts
    }
  }
`);

/**
 * Any of the seller's orders changed (placed, accepted elsewhere, split…): the row updates from the
 * pushed order at once, and the page and its counts are fetched again shortly after (a burst of
 * changes costs one refetch).
 */
const OrdersPageOrderChangedSubscription = graphql(`
  subscription OrdersPageOrderChanged {
    orderChanged {
      id
      ...OrdersTable_order
    }
  }
`);

/** How long the list waits after a pushed change before fetching itself again. */
const LIVE_REFETCH_DELAY_MS = 500;

/**
 * The page of orders the URL asks for, with its status counts, kept current by pushed changes. The
 * previous page stays on screen while the next one loads: no flashing, no jumping.
 */
export function useOrdersList(state: OrdersListState) {
  const { data, previousData, loading, error, refetch } = useQuery(OrdersPageQuery, {
    variables: ordersPageVariables(state),
  });
  const refetchSoon = useDebouncedCallback(() => void refetch(), LIVE_REFETCH_DELAY_MS);
  useSubscription(OrdersPageOrderChangedSubscription, { ignoreResults: true, onData: () => refetchSoon() });
  const shown = data ?? previousData;
  return {
    connection: shown?.orders,
    counts: shown?.orderStatusCounts,
    /** Something (this page or the one before) is on screen. */
    shown: shown !== undefined,
    loading,
    error,
    refetch,
  };
}
