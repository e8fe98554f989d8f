import { registerEnumType } from 'type-graphql';

export enum CancellationReason {
  BUYER_REQUEST = 'BUYER_REQUEST',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  CANNOT_SHIP = 'CANNOT_SHIP',
  PAYMENT_ISSUE = 'PAYMENT_ISSUE',
  OTHER = 'OTHER',
}
registerEnumType(CancellationReason, {
  name: 'CancellationReason',
  description: 'Why a seller cancels an accepted order; the buyer is emailed a matching explanation.',
  valuesConfig: {
    BUYER_REQUEST: { description: 'The buyer asked to cancel.' },
    OUT_OF_STOCK: { description: 'The goods turned out to be unavailable.' },
    CANNOT_SHIP: { description: 'The seller cannot ship to the buyer.' },
    PAYMENT_ISSUE: { description: 'The order could not be paid.' },
    OTHER: { description: 'Another reason, explained in the message (required).' },
  },
});
