import { useState } from 'react';
import type { SelectedOrder } from './BulkAcceptDialog';
import type { OrdersSelection } from './OrdersTable';

/**
 * The orders picked for "Accept selected", for the list as the URL shows it: another page, filter
 * or sort starts a new selection.
 */
export function useOrdersSelection(listKey: string, pending: ReadonlyArray<SelectedOrder>) {
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
