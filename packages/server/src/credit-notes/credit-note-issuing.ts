import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { billedMoney, loadBillingParties } from '../billing/billing-document';
import type { BillingContent } from '../billing/order-billing';
import { formatMoney } from '../common/money-format';
import { dateIn } from '../common/date-format';
import { rows, sqlList } from '../common/sql';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { SellerCounterKind } from '../sellers/seller-counter.entity';
import { takeNextNumber } from '../sellers/seller-counters';
import type { CreditNoteDocument } from '../billing/credit-note-document';
import { CreditNote } from './credit-note.entity';
import { OrderEventType } from '../order-engine/order-event-type';
import { PAID_STATUSES } from '../billing/payment-status';

/**
 * Issues a credit note for what an order no longer bills, in the caller's transaction (which holds
 * the order's lock): the next number of the seller's credit note series under the counter's lock
 * (gapless, given back on rollback), the content frozen as printed, credited against the order's
 * latest paid invoice.
 */
export async function issueCreditNote(
  tx: EntityManager,
  order: { id: string; sellerId: string },
  credited: BillingContent,
  reason: string,
  actor: Actor,
): Promise<CreditNote> {
  const [invoice] = await rows<{ id: string; number: string; prefix: string }>(
    tx,
    `SELECT i.id, i.number_prefix || i.number AS number, s.invoice_prefix AS prefix
       FROM invoices i JOIN sellers s ON s.id = i.seller_id
      WHERE i.order_id = $1 AND i.status = 'ISSUED' AND i.payment_status IN ${sqlList(PAID_STATUSES)}
      ORDER BY i.issued_at DESC LIMIT 1`,
    [order.id],
  );
  if (!invoice) throw new Error(`order ${order.id} has no paid invoice to credit`);
  const {
    currency,
    termsDays: _termsDays,
    remitTo: _remitTo,
    timeZone,
    ...parties
  } = await loadBillingParties(tx, order.id);
  const number = await takeNextNumber(tx, order.sellerId, SellerCounterKind.CREDIT_NOTE_NUMBER);
  const prefix = `${invoice.prefix}CN-`;
  const document: CreditNoteDocument = {
    ...parties,
    ...billedMoney(credited, currency),
    number: `${prefix}${number}`,
    // The seller's day, like an invoice's.
    issueDate: dateIn(new Date(), timeZone),
    invoiceNumber: invoice.number,
    reason,
  };
  const [created] = await rows<{ id: string }>(
    tx,
    `INSERT INTO credit_notes (seller_id, order_id, invoice_id, number, number_prefix, reason, currency,
       subtotal_amount, shipping_amount, total_amount, snapshot)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      order.sellerId,
      order.id,
      invoice.id,
      number,
      prefix,
      reason,
      currency,
      document.subtotal.amount,
      document.shipping.amount,
      document.total.amount,
      JSON.stringify(document),
    ],
  );
  await recordOrderEvent(tx, order, actor, {
    type: OrderEventType.CREDIT_NOTE_ISSUED,
    summary: `Credit note ${document.number} of ${formatMoney(document.total)} issued against invoice ${invoice.number}`,
    data: { creditNoteId: created!.id, creditNoteNumber: document.number, total: document.total.amount, reason },
  });
  return tx.getRepository(CreditNote).findOneByOrFail({ id: created!.id });
}
