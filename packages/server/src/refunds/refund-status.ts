import { registerEnumType } from 'type-graphql';

export enum RefundStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  OWED = 'OWED',
}
registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'Where money owed back to the buyer stands.',
  valuesConfig: {
    PENDING: { description: 'A card refund is on its way through Stripe.' },
    SUCCEEDED: { description: 'The money went back to the buyer (card refunded, or terms refund recorded).' },
    FAILED: { description: 'The card refund failed; it can be retried.' },
    OWED: { description: 'Terms: the seller owes this back to the buyer and records it once paid.' },
  },
});
