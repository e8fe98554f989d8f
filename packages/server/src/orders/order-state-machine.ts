import { registerEnumType } from 'type-graphql';
import { InvoiceStatus } from '../invoices/invoice-status';
import { OrderErrorCode } from './order-errors';
import { OrderStatus } from './order-status';

export enum OrderAction {
  SPLIT = 'SPLIT',
  UPDATE_QUANTITY = 'UPDATE_QUANTITY',
  REMOVE_ITEM = 'REMOVE_ITEM',
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  SAVE_SHIPMENT = 'SAVE_SHIPMENT',
  CREATE_INVOICE = 'CREATE_INVOICE',
}
registerEnumType(OrderAction, {
  name: 'OrderAction',
  description: 'An operation the seller may perform on an order in its current state.',
  valuesConfig: {
    SPLIT: { description: 'Split from Order (splitOrder).' },
    UPDATE_QUANTITY: { description: 'Update a quantity (updateOrderItemQuantity).' },
    REMOVE_ITEM: { description: 'Delete an item (removeOrderItem).' },
    ACCEPT: { description: 'Accept (acceptOrder).' },
    REJECT: { description: 'Reject (rejectOrder).' },
    SAVE_SHIPMENT: { description: 'Save Shipment Info (saveShipment).' },
    CREATE_INVOICE: { description: 'Create Invoice (createInvoiceDraft).' },
  },
});

/** What the rules look at besides the status. */
export type OrderFacts = {
  status: OrderStatus;
  hasShipment: boolean;
  /** Status of the order's current (not void) invoice, if any. */
  invoiceStatus: InvoiceStatus | null;
};

export type Refusal = { code: OrderErrorCode; message: string };

type Transition = {
  from: readonly OrderStatus[];
  to: OrderStatus | null;
  /** How the refusal names the action ("You can … only while …"). */
  label: string;
  /** Further conditions: the refusal when one does not hold. */
  guard?: (facts: OrderFacts) => Refusal | null;
};

const notInvoiced = (facts: OrderFacts): Refusal | null =>
  facts.invoiceStatus === InvoiceStatus.ISSUED
    ? {
        code: OrderErrorCode.INVOICE_ALREADY_ISSUED,
        message: 'This order is already invoiced; its invoice cannot change.',
      }
    : null;

/**
 * Every order operation, the states it is allowed from and its guards, in one table: the API refuses
 * anything else and tells the dashboard which actions to show. `to: null` keeps the status.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderAction, Transition>> = {
  [OrderAction.SPLIT]: { from: [OrderStatus.PENDING], to: null, label: 'split an order' },
  [OrderAction.UPDATE_QUANTITY]: { from: [OrderStatus.PENDING], to: null, label: 'change quantities' },
  [OrderAction.REMOVE_ITEM]: { from: [OrderStatus.PENDING], to: null, label: 'delete items' },
  [OrderAction.ACCEPT]: { from: [OrderStatus.PENDING], to: OrderStatus.ACCEPTED, label: 'accept an order' },
  [OrderAction.REJECT]: { from: [OrderStatus.PENDING], to: OrderStatus.REJECTED, label: 'reject an order' },
  [OrderAction.SAVE_SHIPMENT]: {
    from: [OrderStatus.ACCEPTED],
    to: null,
    label: 'save shipment info',
    guard: notInvoiced,
  },
  [OrderAction.CREATE_INVOICE]: {
    from: [OrderStatus.ACCEPTED],
    to: null,
    label: 'invoice an order',
    guard: (facts) =>
      !facts.hasShipment
        ? {
            code: OrderErrorCode.SHIPMENT_REQUIRED,
            message: 'Save the shipment info first: the invoice includes shipping.',
          }
        : notInvoiced(facts),
  },
};

const whenAllowed = (transition: Transition) =>
  transition.from.length === 1 ? `while an order is ${transition.from[0]!.toLowerCase()}` : 'in this state';

/** Why the action is not allowed now, or null when it is. */
export function refusalOf(facts: OrderFacts, action: OrderAction, orderNumber: number): Refusal | null {
  const transition = ORDER_TRANSITIONS[action];
  if (!transition.from.includes(facts.status)) {
    return {
      code: OrderErrorCode.ACTION_NOT_ALLOWED,
      message: `You can ${transition.label} only ${whenAllowed(transition)}; order #${orderNumber} is ${facts.status.toLowerCase()}.`,
    };
  }
  return transition.guard?.(facts) ?? null;
}

export function availableActions(facts: OrderFacts): OrderAction[] {
  return (Object.keys(ORDER_TRANSITIONS) as OrderAction[]).filter((action) => refusalOf(facts, action, 0) === null);
}
