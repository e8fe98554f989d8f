import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor';
import { formatMoney } from '../common/money-format';
import { rows } from '../common/sql';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { rollUpOrderPayment } from './order-payment-status';
import { PaymentStatus } from '../billing/payment-status';
import { canMovePayment, invoicePaymentStatus } from './payment-transitions';
import type { InvoicePaymentChange } from './payment-changes';
import { OrderEventType } from '../order-engine/order-event-type';

export type AttemptReport = {
  status: PaymentStatus;
  stripePaymentIntentId?: string | null;
  failureCode?: string | null;
  failureMessage?: string | null;
};

type LockedAttempt = {
  id: string;
  invoice_id: string;
  order_id: string;
  seller_id: string;
  status: PaymentStatus;
  attempt: number;
  amount_minor: string;
  currency: string;
  number: string | null;
};

/** The timeline entry of each reported outcome (a charge still in flight records none). */
const TIMELINE: Partial<
  Record<PaymentStatus, { type: OrderEventType; summary: (label: string, amount: string) => string }>
> = {
  [PaymentStatus.PAID]: {
    type: OrderEventType.PAYMENT_PAID,
    summary: (label, amount) => `Card payment of ${amount} for ${label} succeeded`,
  },
  [PaymentStatus.FAILED]: {
    type: OrderEventType.PAYMENT_FAILED,
    summary: (label) => `Card payment for ${label} failed`,
  },
  [PaymentStatus.REQUIRES_ACTION]: {
    type: OrderEventType.PAYMENT_REQUIRES_ACTION,
    summary: (label) => `Card payment for ${label} needs the buyer to authenticate`,
  },
  [PaymentStatus.REFUNDED]: {
    type: OrderEventType.PAYMENT_REFUNDED,
    summary: (label, amount) => `${amount} refunded for ${label}`,
  },
};

/**
 * Applies what Stripe reported about one payment attempt, in the caller's transaction: locks the
 * order, then the attempt (the lock order every order change uses), moves the attempt if the
 * transition is allowed, and rolls the invoice's and order's payment status up from the attempts.
 * Returns the change to publish after commit, or null when the report changed nothing.
 */
export async function settleAttempt(
  tx: EntityManager,
  paymentId: string,
  report: AttemptReport,
  actor: Actor = SYSTEM_ACTOR,
): Promise<InvoicePaymentChange | null> {
  const [located] = await rows<{ order_id: string }>(
    tx,
    `SELECT i.order_id FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.id = $1`,
    [paymentId],
  );
  if (!located) return null;
  await tx.query(`SELECT id FROM orders WHERE id = $1 FOR UPDATE`, [located.order_id]);
  const [attempt] = await rows<LockedAttempt>(
    tx,
    `SELECT p.id, p.invoice_id, i.order_id, p.seller_id, p.status, p.attempt, p.amount_minor, p.currency,
            i.number_prefix || i.number AS number
       FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.id = $1 FOR UPDATE OF p`,
    [paymentId],
  );
  if (!attempt) return null;
  if (report.stripePaymentIntentId) {
    await tx.query(
      `UPDATE payments SET stripe_payment_intent_id = coalesce(stripe_payment_intent_id, $2) WHERE id = $1`,
      [paymentId, report.stripePaymentIntentId],
    );
  }
  if (!canMovePayment(attempt.status, report.status)) return null;
  await tx.query(
    `UPDATE payments SET status = $2, failure_code = $3, failure_message = $4, updated_at = now() WHERE id = $1`,
    [paymentId, report.status, report.failureCode ?? null, report.failureMessage ?? null],
  );
  const label = attempt.number ? `invoice ${attempt.number}` : 'the invoice';
  const entry = TIMELINE[report.status];
  await rollUpInvoice(tx, attempt.invoice_id);
  // After the roll-up: the webhook event recorded with the entry shows the invoice's new status.
  if (entry) {
    const summary = entry.summary(
      label,
      formatMoney({ amount: Number(attempt.amount_minor), currency: attempt.currency }),
    );
    await recordOrderEvent(tx, { id: attempt.order_id, sellerId: attempt.seller_id }, actor, {
      type: entry.type,
      summary: report.failureMessage ? `${summary}: ${report.failureMessage}` : summary,
      data: { paymentId, attempt: attempt.attempt, status: report.status, failureCode: report.failureCode ?? null },
    });
  }
  return { sellerId: attempt.seller_id, invoiceId: attempt.invoice_id, orderId: attempt.order_id };
}

/** Sets the invoice's payment status from its attempts, then its order's from all its invoices. */
export async function rollUpInvoice(tx: EntityManager, invoiceId: string): Promise<PaymentStatus> {
  const attempts = await rows<{ attempt: number; status: PaymentStatus }>(
    tx,
    `SELECT attempt, status FROM payments WHERE invoice_id = $1`,
    [invoiceId],
  );
  const status = invoicePaymentStatus(attempts);
  // A voided invoice stays void whatever its old attempts report.
  const [invoice] = await rows<{ order_id: string }>(
    tx,
    `UPDATE invoices SET payment_status = CASE WHEN status = 'VOID' THEN payment_status ELSE $2 END,
            paid_at = CASE WHEN status = 'VOID' THEN paid_at WHEN $2 = 'PAID' THEN coalesce(paid_at, now())
                           WHEN $2 = 'REFUNDED' THEN paid_at ELSE NULL END,
            updated_at = now()
      WHERE id = $1 RETURNING order_id`,
    [invoiceId, status],
  );
  await rollUpOrderPayment(tx, invoice!.order_id);
  return status;
}
