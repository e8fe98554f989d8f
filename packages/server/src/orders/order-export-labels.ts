import type { PaymentMethod } from '../billing/payment-method';
import type { PaymentStatus } from '../billing/payment-status';
import type { DeadlineStatus } from '../order-engine/order-deadline-status';
import type { OrderStatus } from '../order-engine/order-status';

/**
 * The dashboard's words for the statuses (web/src/orders/labels.ts and deadlines/labels.ts), for the
 * readable CSV: a seller's spreadsheet says what the Orders page says.
 */
export const EXPORT_LABELS: {
  status: Record<OrderStatus, string>;
  paymentStatus: Record<PaymentStatus, string>;
  paymentMethod: Record<PaymentMethod, string>;
  deadline: Record<DeadlineStatus, string>;
} = {
  status: { PENDING: 'Pending', ACCEPTED: 'Accepted', REJECTED: 'Rejected', CANCELLED: 'Cancelled' },
  paymentStatus: {
    UNPAID: 'Unpaid',
    PROCESSING: 'Processing',
    PAID: 'Paid',
    FAILED: 'Failed',
    REQUIRES_ACTION: 'Action required',
    REFUNDED: 'Refunded',
    VOID: 'Void',
  },
  paymentMethod: { CARD: 'Credit Card', TERMS: 'Terms' },
  deadline: { LATE: 'Late', DUE_TODAY: 'Due today', AT_RISK: 'At risk', ON_TRACK: 'On track' },
};
