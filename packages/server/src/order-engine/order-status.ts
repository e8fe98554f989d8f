import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: "The order's review state. Shipping, invoicing and payment are tracked on their own records.",
  valuesConfig: {
    PENDING: { description: 'Placed by the buyer, waiting for the seller to review it.' },
    ACCEPTED: { description: 'Approved by the seller; it can be shipped and invoiced.' },
    REJECTED: { description: 'Rejected by the seller; the buyer was emailed.' },
    CANCELLED: { description: 'Cancelled after acceptance.' },
  },
});
