import type { EntityManager } from 'typeorm';
import { ApiKeyScope } from '../auth/api-key-scope';
import type { Actor } from '../auth/actor';
import type { Viewer } from '../auth/viewer';
import { assertIdempotent } from '../auth/idempotency-required';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { issueCreditNote } from '../credit-notes/credit-note-issuing';
import type { CreditNote } from '../credit-notes/credit-note.entity';
import { rows } from '../common/sql';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { rollUpOrderPayment } from '../payments/order-payment-status';
import type { PaymentMethod } from '../billing/payment-method';
import type { RefundService } from '../refunds/refund.service';
import { amountOf, billedContent, billingDelta, isEmpty, type BillingContent } from '../billing/order-billing';
import { OrderEventType } from '../order-engine/order-event-type';
import { PaymentStatus } from '../billing/payment-status';
import { INVOICE_STATES, VOID_INVOICE, VOIDABLE_PAYMENTS } from '../invoices/invoice-state-machine';

/** What bringing an order's documents in line with it did (or, in a preview, would do). */
export type Rebilling = {
  voidedInvoices: { id: string; number: string }[];
  creditNote: CreditNote | null;
  refunds: { id: string; method: PaymentMethod; amount: number }[];
  /** What is left to bill on a new invoice, in minor units. */
  amountToInvoice: number;
};

/**
 * A change that sends money back needs the payments:write scope as well as orders:write: a partner
 * allowed to edit orders is not thereby allowed to refund buyers. (Seller users hold every scope.)
 * Like every money-moving mutation, it also needs an Idempotency-Key from an API key; only the
 * change itself knows it refunds, so the refusal rolls it back whole.
 */
export function assertMayRefund(viewer: Viewer, rebilling: Rebilling): void {
  if (rebilling.refunds.length === 0) return;
  if (!viewer.scopes.has(ApiKeyScope.PAYMENTS_WRITE)) {
    throw refuse(
      UserErrorCode.REFUND_NOT_ALLOWED,
      'This change refunds the buyer: the API key also needs the payments:write scope.',
      ['input'],
    );
  }
  assertIdempotent(viewer);
}

/**
 * After an accepted order changed (an edit, a cancellation), brings its documents in line with what it
 * should now bill, in the caller's transaction (which holds the order's lock):
 * - an issued invoice still awaiting payment is voided (kept, its number never reused), so the seller
 *   issues a new one through the usual preview and Confirm;
 * - what paid invoices bill beyond the target is credited on a credit note and refunded (card) or
 *   recorded as owed back (terms);
 * - what the target bills beyond the paid invoices is left to invoice.
 */
export async function rebillOrder(
  tx: EntityManager,
  order: { id: string; sellerId: string },
  actor: Actor,
  refunds: RefundService,
  { target, reason }: { target: BillingContent; reason: string },
): Promise<Rebilling> {
  // The invoice state table's VOID transition, for every invoice of the order it allows.
  const voiding = INVOICE_STATES.transitions[VOID_INVOICE];
  const open = await rows<{ id: string; number: string }>(
    tx,
    `UPDATE invoices SET status = $3, payment_status = $5, voided_at = now(), void_reason = $2
      WHERE order_id = $1 AND status = ANY($4) AND payment_status = ANY($6)
      RETURNING id, number_prefix || number AS number`,
    [order.id, reason, voiding.to, voiding.from, PaymentStatus.VOID, VOIDABLE_PAYMENTS],
  );
  for (const invoice of open) {
    await recordOrderEvent(tx, order, actor, {
      type: OrderEventType.INVOICE_VOIDED,
      summary: `Invoice ${invoice.number} voided: ${reason}`,
      data: { invoiceId: invoice.id, invoiceNumber: invoice.number, reason },
    });
  }
  const { additions, reductions } = billingDelta(target, await billedContent(tx, order.id));
  let creditNote: CreditNote | null = null;
  let refunded: Rebilling['refunds'] = [];
  if (!isEmpty(reductions) && amountOf(reductions) > 0) {
    creditNote = await issueCreditNote(tx, order, reductions, reason, actor);
    refunded = await refunds.refundCreditNote(tx, creditNote, actor);
  }
  await rollUpOrderPayment(tx, order.id);
  return { voidedInvoices: open, creditNote, refunds: refunded, amountToInvoice: amountOf(additions) };
}
