import type { RefundAttemptStatus, RefundStatus } from '../graphql/graphql';

export const REFUND_STATUS_LABEL: Record<RefundStatus, string> = {
  PENDING: 'Pending',
  SUCCEEDED: 'Refunded',
  FAILED: 'Failed',
  OWED: 'Owed to buyer',
};

export const REFUND_STATUS_COLOR: Record<RefundStatus, string> = {
  PENDING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
  OWED: 'orange',
};

export const REFUND_ATTEMPT_STATUS_LABEL: Record<RefundAttemptStatus, string> = {
  PENDING: 'Pending',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
};
