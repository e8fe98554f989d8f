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
