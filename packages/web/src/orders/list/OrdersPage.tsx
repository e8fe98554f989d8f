import { useQuery, useSubscription } from '@apollo/client/react';
import { Button, Card, Group, Stack } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconChecks, IconDownload, IconFilterOff, IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../graphql';
import type { OrderStatus } from '../../graphql/graphql';
import { useNow } from '../../lib/useNow';
import { EmptyState, QueryError } from '../../ui/States';
import { Page, PageHeader } from '../../ui/Page';
import { ORDER_STATUS_LABEL } from '../labels';
import { OrderFilters, type FilterPatch } from './OrderFilters';
import {
  clearFilterParams,
  hasActiveFilters,
  ordersCsvPath,
  ordersPageVariables,
  parseOrdersListParams,
  patchOrdersListParams,
  type OrdersListState,
} from './ordersListParams';
import { OrdersPagination } from './OrdersPagination';
import { OrderStatusTabs } from './OrderStatusTabs';
import { BulkAcceptDialog, type SelectedOrder } from './BulkAcceptDialog';
import { OrdersTable, OrdersTableOrderFragment, type OrdersSelection } from './OrdersTable';

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
export const OrdersPageOrderChangedSubscription = graphql(`
  subscription OrdersPageOrderChanged {
    orderChanged {
      id
      ...OrdersTable_order
    }
  }
`);

/**
 * The orders picked for "Accept selected", for the list as the URL shows it: another page, filter
 * or sort starts a new selection.
 */
function useOrdersSelection(listKey: string, pending: ReadonlyArray<SelectedOrder>) {
  const [state, setState] = useState<{ key: string; orders: ReadonlyMap<string, SelectedOrder> }>({
    key: listKey,
    orders: new Map(),
  });
  const orders = state.key === listKey ? state.orders : new Map<string, SelectedOrder>();
  const change = (apply: (next: Map<string, SelectedOrder>) => void) => {
    const next = new Map(orders);
    apply(next);
    setState({ key: listKey, orders: next });
  };
  const selectedOnPage = pending.filter((order) => orders.has(order.id)).length;
  const selection: OrdersSelection = {
    isSelected: (id) => orders.has(id),
    onToggle: (order, selected) => change((next) => (selected ? next.set(order.id, order) : next.delete(order.id))),
    onTogglePage: (selected) =>
      change((next) => pending.forEach((order) => (selected ? next.set(order.id, order) : next.delete(order.id)))),
    pageState: selectedOnPage === 0 ? 'none' : selectedOnPage === pending.length ? 'all' : 'some',
    pageSelectable: pending.length > 0,
  };
  return { selection, selected: [...orders.values()], clear: () => change((next) => next.clear()) };
}

/** How long the list waits after a pushed change before fetching itself again. */
export const LIVE_REFETCH_DELAY_MS = 500;

function emptyState(state: OrdersListState, onClear: () => void, onShowAll: () => void) {
  if (hasActiveFilters(state)) {
    return (
      <EmptyState
        icon={<IconFilterOff size={24} />}
        title="No orders match these filters"
        description="Try a different search, buyer, payment status or date range."
        action={
          <Button variant="light" onClick={onClear}>
            Clear filters
          </Button>
        }
      />
    );
  }
  if (state.allOrdersView) {
    return (
      <EmptyState
        icon={<IconInbox size={24} />}
        title="No approved orders yet"
        description="Orders appear here once you accept them, together with their invoices."
      />
    );
  }
  if (state.status) {
    return (
      <EmptyState
        icon={<IconInbox size={24} />}
        title={`No ${ORDER_STATUS_LABEL[state.status].toLowerCase()} orders`}
        action={
          <Button variant="light" onClick={onShowAll}>
            Show all orders
          </Button>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<IconInbox size={24} />}
      title="No orders yet"
      description="When buyers place orders with your brand, they appear here for you to review."
    />
  );
}

export function OrdersPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = parseOrdersListParams(searchParams);
  const now = useNow();
  const { data, previousData, loading, error, refetch } = useQuery(OrdersPageQuery, {
    variables: ordersPageVariables(state),
  });
  const refetchSoon = useDebouncedCallback(() => void refetch(), LIVE_REFETCH_DELAY_MS);
  useSubscription(OrdersPageOrderChangedSubscription, { ignoreResults: true, onData: () => refetchSoon() });
  // Keep the previous page on screen while the next one loads: no flashing, no jumping.
  const shown = data ?? previousData;
  const connection = shown?.orders;
  const nodes = connection?.edges.map((edge) => edge.node) ?? null;

  // Rendered at once (not as a transition): a change made right after another (sort, then a filter)
  // must start from the first one's parameters, not from a render that has not caught up with it.
  const immediately = { flushSync: true } as const;
  const update = (
    patch: FilterPatch & { status?: OrderStatus | null; after?: string | null; before?: string | null },
  ) => setSearchParams((current) => patchOrdersListParams(current, patch), immediately);
  const clearFilters = () => setSearchParams((current) => clearFilterParams(current), immediately);

  const buyerLabel =
    state.buyerId && nodes ? (nodes.find((node) => node.buyer.id === state.buyerId)?.buyer.companyName ?? null) : null;

  const title = state.allOrdersView ? 'All Orders' : 'Orders';

  const listKey = new URLSearchParams(searchParams).toString();
  const pendingOnPage = (nodes ?? []).flatMap((node) => {
    const row = getFragmentData(OrdersTableOrderFragment, node);
    return row.status === 'PENDING' ? [{ id: row.id, number: row.number, version: row.version }] : [];
  });
  const { selection, selected, clear } = useOrdersSelection(listKey, pendingOnPage);
  const [bulkAcceptOpen, setBulkAcceptOpen] = useState(false);

  return (
    <Page>
      <title>{`${title} · Order Desk`}</title>
      <PageHeader
        title={title}
        description={
          state.allOrdersView
            ? 'Approved orders and their invoices.'
            : 'Review new orders promptly: buyers are waiting, and free-shipping promotions have deadlines.'
        }
        actions={
          <Group gap="sm" wrap="wrap">
            {!state.allOrdersView && (
              <Button
                color="green"
                leftSection={<IconChecks size={16} />}
                disabled={selected.length === 0}
                onClick={() => setBulkAcceptOpen(true)}
              >
                Accept selected ({selected.length})
              </Button>
            )}
            <Button
              component="a"
              href={ordersCsvPath(state)}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              Export CSV
            </Button>
          </Group>
        }
      />
      <BulkAcceptDialog
        opened={bulkAcceptOpen}
        selected={selected}
        onClose={() => setBulkAcceptOpen(false)}
        onDone={() => {
          clear();
          void refetch();
        }}
      />

      <Card p={0}>
        <Stack gap="md" p="md" pb={state.allOrdersView ? 'md' : 0}>
          <OrderFilters state={state} buyerLabel={buyerLabel} onChange={update} onClear={clearFilters} />
          {!state.allOrdersView && (
            <OrderStatusTabs
              value={state.status}
              counts={shown?.orderStatusCounts}
              onChange={(status) => update({ status })}
            />
          )}
        </Stack>

        {error && !shown ? (
          <Stack p="md">
            <QueryError title="Could not load orders" error={error} onRetry={() => void refetch()} />
          </Stack>
        ) : (
          <>
            <OrdersTable
              orders={nodes}
              loading={!shown && loading}
              refreshing={Boolean(shown) && loading}
              now={now}
              allOrdersView={state.allOrdersView}
              selection={state.allOrdersView ? undefined : selection}
              empty={emptyState(state, clearFilters, () => update({ status: null }))}
            />
            {connection && connection.edges.length > 0 && (
              <OrdersPagination
                shown={connection.edges.length}
                totalCount={connection.totalCount}
                // Relay servers may report hasPreviousPage=false when paging forward (and
                // hasNextPage=false backward): a cursor in the URL means there is a way back.
                canGoBack={!loading && (connection.pageInfo.hasPreviousPage || Boolean(state.after))}
                canGoForward={!loading && (connection.pageInfo.hasNextPage || Boolean(state.before))}
                onPrevious={() => update({ before: connection.pageInfo.startCursor, after: null })}
                onNext={() => update({ after: connection.pageInfo.endCursor, before: null })}
              />
            )}
          </>
        )}
        {error && shown && (
          <Stack p="md" pt={0}>
            <QueryError title="Could not refresh orders" error={error} onRetry={() => void refetch()} />
          </Stack>
        )}
      </Card>
    </Page>
  );
}
