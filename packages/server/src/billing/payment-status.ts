import { registerEnumType } from 'type-graphql';

export enum PaymentStatus {
  UNPAID = 'UNPAID',
  PROCESSING = 'PROCESSING',
  REQUIRES_ACTION = 'REQUIRES_ACTION',
  PAID = 'PAID',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
  VOID = 'VOID',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: "The payment axis of an invoice (and of its order): separate from the order's own status.",
  valuesConfig: {
    UNPAID: { description: 'Not paid yet (also: not invoiced yet).' },
    PROCESSING: { description: 'A card charge is in flight.' },
    REQUIRES_ACTION: { description: 'The card issuer asks the buyer to authenticate.' },
    PAID: { description: 'Paid in full.' },
    FAILED: { description: 'The last card charge failed; it can be retried.' },
    REFUNDED: { description: 'The payment was refunded.' },
    VOID: { description: 'The invoice was voided before payment.' },
  },
});

/** An invoice (or payment) whose money came in; a later refund does not make it unpaid. */
export const PAID_STATUSES: readonly PaymentStatus[] = [PaymentStatus.PAID, PaymentStatus.REFUNDED];

/** An issued invoice still owed: nothing came in yet, or a charge is running, failed or waits for the buyer. */
export const OWED_STATUSES: readonly PaymentStatus[] = [
  PaymentStatus.UNPAID,
  PaymentStatus.PROCESSING,
  PaymentStatus.REQUIRES_ACTION,
  PaymentStatus.FAILED,
];
