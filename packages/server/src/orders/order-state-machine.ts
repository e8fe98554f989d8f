import { registerEnumType } from 'type-graphql';
import { OrderStatus } from './order-status';

export enum OrderAction {
  SPLIT = 'SPLIT',
  UPDATE_QUANTITY = 'UPDATE_QUANTITY',
  REMOVE_ITEM = 'REMOVE_ITEM',
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
}
registerEnumType(OrderAction, {
  name: 'OrderAction',
  description: 'An operation the seller may perform on an order in its current state.',
});

type Transition = { from: readonly OrderStatus[]; to: OrderStatus | null };

/**
 * Every order operation and the states it is allowed from, in one table: the API refuses anything
 * else and tells the dashboard which actions to show. `to: null` means the status does not change.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderAction, Transition>> = {
  [OrderAction.SPLIT]: { from: [OrderStatus.PENDING], to: null },
  [OrderAction.UPDATE_QUANTITY]: { from: [OrderStatus.PENDING], to: null },
  [OrderAction.REMOVE_ITEM]: { from: [OrderStatus.PENDING], to: null },
  [OrderAction.ACCEPT]: { from: [OrderStatus.PENDING], to: OrderStatus.ACCEPTED },
  [OrderAction.REJECT]: { from: [OrderStatus.PENDING], to: OrderStatus.REJECTED },
};

/** How the refusal message names each action. */
export const ORDER_ACTION_LABELS: Readonly<Record<OrderAction, string>> = {
  [OrderAction.SPLIT]: 'split an order',
  [OrderAction.UPDATE_QUANTITY]: 'change quantities',
  [OrderAction.REMOVE_ITEM]: 'delete items',
  [OrderAction.ACCEPT]: 'accept an order',
  [OrderAction.REJECT]: 'reject an order',
};

export function availableActions(status: OrderStatus): OrderAction[] {
  return (Object.keys(ORDER_TRANSITIONS) as OrderAction[]).filter((action) =>
    ORDER_TRANSITIONS[action].from.includes(status),
  );
}

export function canPerform(status: OrderStatus, action: OrderAction): boolean {
  return ORDER_TRANSITIONS[action].from.includes(status);
}
