import type {
  CancellationReason,
  OrderStatus,
  PaymentMethod,
  PaymentStatus,
  RejectionReason,
} from '../graphql/graphql';

export const ORDER_STATUSES = [
  'PENDING',
  'ACCEPTED',
  'REJECTED',
  'CANCELLED',
] as const satisfies readonly OrderStatus[];

/** Every payment status, in the order a payment lives through them (the filter offers them all). */
export const PAYMENT_STATUSES = [
  'UNPAID',
  'PROCESSING',
  'REQUIRES_ACTION',
  'FAILED',
  'PAID',
  'REFUNDED',
  'VOID',
] as const satisfies readonly PaymentStatus[];

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
};

export const ORDER_STATUS_COLOR: Record<OrderStatus, string> = {
  PENDING: 'yellow',
  ACCEPTED: 'green',
  REJECTED: 'red',
  CANCELLED: 'gray',
};

export const PAYMENT_STATUS_LABEL: Record<PaymentStatus, string> = {
  UNPAID: 'Unpaid',
  PROCESSING: 'Processing',
  PAID: 'Paid',
  FAILED: 'Failed',
  REQUIRES_ACTION: 'Action required',
  REFUNDED: 'Refunded',
  VOID: 'Void',
};

export const PAYMENT_STATUS_COLOR: Record<PaymentStatus, string> = {
  UNPAID: 'gray',
  PROCESSING: 'blue',
  PAID: 'green',
  FAILED: 'red',
  REQUIRES_ACTION: 'orange',
  REFUNDED: 'violet',
  VOID: 'dark',
};

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = {
  CARD: 'Credit Card',
  TERMS: 'Terms',
};

export const REJECTION_REASONS = [
  'OUT_OF_STOCK',
  'OUT_OF_TERRITORY',
  'OTHER',
] as const satisfies readonly RejectionReason[];

/** The reject dialog's choices, in the article's words ("inventory is depleted", "out of the territory"). */
export const REJECTION_REASON_LABEL: Record<RejectionReason, string> = {
  OUT_OF_STOCK: 'Inventory depleted',
  OUT_OF_TERRITORY: 'Buyer is outside my territory',
  OTHER: 'Other',
};

/** An order's stored rejection reason (a string in the API) in words; unknown values as they are. */
export function rejectionReasonLabel(reason: string): string {
  return (REJECTION_REASON_LABEL as Record<string, string | undefined>)[reason] ?? reason;
}

export const CANCELLATION_REASONS = [
  'BUYER_REQUEST',
  'OUT_OF_STOCK',
  'CANNOT_SHIP',
  'PAYMENT_ISSUE',
  'OTHER',
] as const satisfies readonly CancellationReason[];

/** The "Cancel Order" dialog's choices. */
export const CANCELLATION_REASON_LABEL: Record<CancellationReason, string> = {
  BUYER_REQUEST: 'The buyer asked to cancel',
  OUT_OF_STOCK: 'Out of stock',
  CANNOT_SHIP: 'Cannot ship the order',
  PAYMENT_ISSUE: 'Payment issue',
  OTHER: 'Other',
};
