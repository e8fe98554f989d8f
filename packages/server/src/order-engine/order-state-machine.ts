import { registerEnumType } from 'type-graphql';
import { allOf, StateTable, type RuleRefusal, type Transition } from '../common/state-table';
import { UserErrorCode } from '../common/user-error-code';
import { OrderStatus } from './order-status';

export enum OrderAction {
  SPLIT = 'SPLIT',
  UPDATE_QUANTITY = 'UPDATE_QUANTITY',
  REMOVE_ITEM = 'REMOVE_ITEM',
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  SAVE_SHIPMENT = 'SAVE_SHIPMENT',
  CREATE_INVOICE = 'CREATE_INVOICE',
  EDIT = 'EDIT',
  CANCEL = 'CANCEL',
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
    EDIT: { description: 'Edit Order after acceptance (editOrder).' },
    CANCEL: { description: 'Cancel Order after acceptance (cancelOrder).' },
  },
});

/** What the rules look at besides the status (see order-facts.ts). */
export type OrderFacts = {
  /** The Order ID, for refusals that name the order. */
  number: number;
  status: OrderStatus;
  hasShipment: boolean;
  /** Issued invoices that are not void. */
  issuedInvoices: number;
  /** An issued invoice awaits payment (unpaid, failed or waiting for the buyer). */
  hasOpenInvoice: boolean;
  /** An issued invoice is paid. */
  hasPaidInvoice: boolean;
  /** A card charge is in flight: nothing may change the money until Stripe answers. */
  paymentInProgress: boolean;
  /** The order's total minus what its invoices and credit notes bill, in minor units. */
  amountToInvoice: number;
};

type OrderTransition = Transition<OrderStatus, OrderFacts> & {
  /** How the refusal names the action ("You can … only while …"). */
  label: string;
};

const notInvoiced = (facts: OrderFacts): RuleRefusal | null =>
  facts.issuedInvoices > 0
    ? {
        code: UserErrorCode.INVOICE_ALREADY_ISSUED,
        message: 'This order is already invoiced; change its shipping cost with Edit Order instead.',
      }
    : null;

const noPaymentInFlight = (facts: OrderFacts): RuleRefusal | null =>
  facts.paymentInProgress
    ? {
        code: UserErrorCode.PAYMENT_IN_PROGRESS,
        message: 'A card payment for this order is being processed. Try again once it has gone through or failed.',
      }
    : null;

const somethingToInvoice = (facts: OrderFacts): RuleRefusal | null => {
  if (facts.hasOpenInvoice) {
    return {
      code: UserErrorCode.INVOICE_ALREADY_ISSUED,
      message: 'This order has an issued invoice awaiting payment; edit the order to change what it bills.',
    };
  }
  return facts.issuedInvoices > 0 && facts.amountToInvoice <= 0
    ? { code: UserErrorCode.INVOICE_ALREADY_ISSUED, message: 'This order is already invoiced in full.' }
    : null;
};

/**
 * Every order operation, the states it is allowed from and its guards, in one table: the API refuses
 * anything else and tells the dashboard which actions to show. `to: null` keeps the status.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderAction, OrderTransition>> = {
  [OrderAction.SPLIT]: {
    from: [OrderStatus.PENDING, OrderStatus.ACCEPTED],
    to: null,
    label: 'split an order',
    // A paid order's money is settled per order: split it before it is paid, or edit it instead.
    guard: allOf(noPaymentInFlight, (facts) =>
      facts.hasPaidInvoice
        ? {
            code: UserErrorCode.ORDER_PAID,
            message: 'This order is paid, so it cannot be split. Use Edit Order to change its items.',
          }
        : null,
    ),
  },
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
            code: UserErrorCode.SHIPMENT_REQUIRED,
            message: 'Save the shipment info first: the invoice includes shipping.',
          }
        : somethingToInvoice(facts),
  },
  [OrderAction.EDIT]: {
    from: [OrderStatus.ACCEPTED],
    to: null,
    label: 'edit an order after acceptance',
    guard: noPaymentInFlight,
  },
  [OrderAction.CANCEL]: {
    from: [OrderStatus.ACCEPTED],
    to: OrderStatus.CANCELLED,
    label: 'cancel an accepted order',
    guard: noPaymentInFlight,
  },
};

const whenAllowed = (transition: OrderTransition) =>
  `while an order is ${transition.from.map((status) => status.toLowerCase()).join(' or ')}`;

/** The order's state table: every order change is checked against it (order-lock.ts). */
export const ORDER_STATES = new StateTable<OrderAction, OrderStatus, OrderFacts>(ORDER_TRANSITIONS, (action, facts) => {
  const transition = ORDER_TRANSITIONS[action];
  return {
    code: UserErrorCode.ACTION_NOT_ALLOWED,
    message: `You can ${transition.label} only ${whenAllowed(transition)}; order #${facts.number} is ${facts.status.toLowerCase()}.`,
  };
});

/** The actions allowed on the order now, in the table's order. */
export const availableActions = (facts: OrderFacts): OrderAction[] =>
  ORDER_STATES.allowed(facts, Object.values(OrderAction));
