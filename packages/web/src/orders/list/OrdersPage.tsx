import { Button, Card, Group, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChecks, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { getFragmentData } from '../../graphql';
import type { OrderStatus } from '../../graphql/graphql';
import { useNow } from '../../lib/useNow';
import { Page, PageHeader } from '../../ui/Page';
import { QueryError } from '../../ui/States';
import { BulkAcceptDialog } from './BulkAcceptDialog';
import { OrderCards } from './OrderCards';
import { OrderFilters, type FilterPatch } from './OrderFilters';
import { OrderFiltersDrawer } from './OrderFiltersDrawer';
import { OrdersEmptyState } from './OrdersEmptyState';
import { clearFilterParams, ordersCsvPath, parseOrdersListParams, patchOrdersListParams } from './ordersListParams';
import { OrdersPagination } from './OrdersPagination';
import { OrdersTable, OrdersTableOrderFragment } from './OrdersTable';
import { OrderStatusTabs } from './OrderStatusTabs';
import { useOrdersList } from './useOrdersList';
import { useOrdersSelection } from './useOrdersSelection';

/**
 * `/orders`: "Orders" to review (status tabs, "Accept selected") or, with `?view=all`, "All Orders"
 * with their shipments and invoices; filters, sort and page live in the URL.
 */
export function OrdersPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = parseOrdersListParams(searchParams);
  const now = useNow();
  const { connection, counts, shown, loading, error, refetch } = useOrdersList(state);
  // Phones (under 768 px): cards instead of the table, the filters in a drawer.
  const compact = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false }) ?? false;
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
  const empty = <OrdersEmptyState state={state} onClear={clearFilters} onShowAll={() => update({ status: null })} />;

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
          {compact ? (
            <OrderFiltersDrawer state={state} buyerLabel={buyerLabel} onChange={update} onClear={clearFilters} />
          ) : (
            <OrderFilters state={state} buyerLabel={buyerLabel} onChange={update} onClear={clearFilters} />
          )}
          {!state.allOrdersView && (
            <OrderStatusTabs value={state.status} counts={counts} onChange={(status) => update({ status })} />
          )}
        </Stack>

        {error && !shown ? (
          <Stack p="md">
            <QueryError title="Could not load orders" error={error} onRetry={() => void refetch()} />
          </Stack>
        ) : (
          <>
            {compact ? (
              <OrderCards
                orders={nodes}
                loading={!shown && loading}
                refreshing={shown && loading}
                selection={state.allOrdersView ? undefined : selection}
                empty={empty}
              />
            ) : (
              <OrdersTable
                orders={nodes}
                loading={!shown && loading}
                refreshing={shown && loading}
                now={now}
                allOrdersView={state.allOrdersView}
                selection={state.allOrdersView ? undefined : selection}
                empty={empty}
              />
            )}
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
