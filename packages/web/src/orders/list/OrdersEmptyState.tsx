import { Button } from '@mantine/core';
import { IconFilterOff, IconInbox } from '@tabler/icons-react';
import { EmptyState } from '../../ui/States';
import { ORDER_STATUS_LABEL } from '../labels';
import { hasActiveFilters, type OrdersListState } from './ordersListParams';

/** Why the list is empty, and the way out: clear the filters, show every status, or wait for orders. */
export function OrdersEmptyState(props: { state: OrdersListState; onClear: () => void; onShowAll: () => void }) {
  const { state } = props;
  if (hasActiveFilters(state)) {
    return (
      <EmptyState
        icon={<IconFilterOff size={24} />}
        title="No orders match these filters"
        description="Try a different search, buyer, payment status or date range."
        action={
          <Button variant="light" onClick={props.onClear}>
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
          <Button variant="light" onClick={props.onShowAll}>
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
