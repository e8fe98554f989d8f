import { PaymentStatus } from '../billing/payment-status';

/**
 * The life of one payment attempt, in one table. Reports from Stripe (the charge's answer, webhooks,
 * reconciliation) may arrive late, twice or out of order: a report that is not an allowed transition
 * from the attempt's current status is ignored, so nothing changes twice and nothing goes backwards.
 */
const NEXT: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  [PaymentStatus.UNPAID]: [PaymentStatus.PROCESSING, PaymentStatus.PAID],
  [PaymentStatus.PROCESSING]: [PaymentStatus.PAID, PaymentStatus.FAILED, PaymentStatus.REQUIRES_ACTION],
  [PaymentStatus.REQUIRES_ACTION]: [PaymentStatus.PAID, PaymentStatus.FAILED],
  // A success reported after a failure report of the same charge is the truth (reports raced).
  [PaymentStatus.FAILED]: [PaymentStatus.PAID],
  [PaymentStatus.PAID]: [PaymentStatus.REFUNDED],
  [PaymentStatus.REFUNDED]: [],
  [PaymentStatus.VOID]: [],
};

export const canMovePayment = (from: PaymentStatus, to: PaymentStatus): boolean => NEXT[from].includes(to);

/** An invoice's payment status from its attempts: paid if any attempt is, else its latest attempt's. */
export function invoicePaymentStatus(attempts: { attempt: number; status: PaymentStatus }[]): PaymentStatus {
  if (attempts.some((a) => a.status === PaymentStatus.PAID)) return PaymentStatus.PAID;
  const latest = [...attempts].sort((a, b) => b.attempt - a.attempt)[0];
  return latest?.status ?? PaymentStatus.UNPAID;
}
