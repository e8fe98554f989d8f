import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { Viewer } from '../auth/viewer';
import { assertIdempotent } from '../auth/idempotency-required';
import { isId } from '../common/ids';
import type { Outcome } from '../common/refusal';
import { refuse } from '../common/refusal';
import { rows } from '../common/sql';
import { UserErrorCode } from '../common/user-error-code';
import { runOrderChange } from '../order-engine/order-change-runner';
import { OrderEventType } from '../order-engine/order-event-type';
import { recordOrderEvent } from '../order-engine/order-timeline';
import type { CardPaymentService } from '../payments/card-payment.service';
import type { InvoicePaymentChangePublisher } from '../payments/payment-changes';
import { rollUpInvoice } from '../payments/payment-settlement';
import type { MarkInvoicePaidInput, RetryInvoicePaymentInput } from './invoice-payment.inputs';
import { INVOICE_STATES, InvoiceAction } from './invoice-state-machine';
import { Invoice } from './invoice.entity';

const DAY = 86_400_000;
const NO_ORDER_PUBLISHER = { publish: () => undefined };

/**
 * What the seller does about an invoice's payment (article: "Marking the Invoice As Paid"): retry a
 * failed card payment, or record a terms payment made outside the marketplace.
 */
export class InvoicePaymentService {
  constructor(
    private readonly db: DataSource,
    private readonly cards: CardPaymentService,
    private readonly changes: InvoicePaymentChangePublisher,
  ) {}

  /** A new attempt with a new idempotency key; a second retry while one runs is refused. */
  retry(viewer: Viewer, input: RetryInvoicePaymentInput): Promise<Outcome<Invoice>> {
    return this.change(viewer, input.invoiceId, InvoiceAction.RETRY_PAYMENT, async (tx, invoice, actor) => {
      await this.cards.startAttempt(tx, invoice.id);
      await recordOrderEvent(tx, { id: invoice.orderId, sellerId: invoice.sellerId }, actor, {
        type: OrderEventType.PAYMENT_RETRIED,
        summary: `Card payment for invoice ${invoice.displayNumber} retried`,
        data: { invoiceId: invoice.id },
      });
    });
  }

  /** "Mark as Paid" for terms invoices: records how and when the buyer paid. */
  markPaid(viewer: Viewer, input: MarkInvoicePaidInput): Promise<Outcome<Invoice>> {
    return this.change(viewer, input.invoiceId, InvoiceAction.MARK_PAID, async (tx, invoice, actor) => {
      const reference = input.reference?.trim() || null;
      if (reference && reference.length > 200) {
        throw refuse(UserErrorCode.INVALID_PAYMENT, 'The reference can be at most 200 characters.', [
          'input',
          'reference',
        ]);
      }
      const paidAt = /^\d{4}-\d{2}-\d{2}$/.test(input.paidAt) ? Date.parse(`${input.paidAt}T00:00:00Z`) : NaN;
      if (Number.isNaN(paidAt) || new Date(paidAt).toISOString().slice(0, 10) !== input.paidAt) {
        throw refuse(UserErrorCode.INVALID_PAYMENT, 'Enter the payment date as a date (YYYY-MM-DD).', [
          'input',
          'paidAt',
        ]);
      }
      if (paidAt > Date.now() + DAY)
        throw refuse(UserErrorCode.INVALID_PAYMENT, 'The payment date cannot be in the future.', ['input', 'paidAt']);
      if (invoice.issuedAt && paidAt < Date.parse(invoice.issuedAt.toISOString().slice(0, 10)) - 365 * DAY) {
        throw refuse(UserErrorCode.INVALID_PAYMENT, 'The payment date is long before the invoice was issued.', [
          'input',
          'paidAt',
        ]);
      }
      await tx.query(
        `INSERT INTO payments (seller_id, invoice_id, attempt, method, status, amount_minor, currency, idempotency_key,
           terms_method, reference, paid_on)
         SELECT i.seller_id, i.id, n.attempt, 'TERMS', 'PAID', i.total_amount, i.currency, 'invoice:' || i.id || ':terms:' || n.attempt, $2, $3, $4
           FROM invoices i, LATERAL (SELECT coalesce(max(attempt), 0) + 1 AS attempt FROM payments WHERE invoice_id = i.id) n
          WHERE i.id = $1`,
        [invoice.id, input.method, reference, input.paidAt],
      );
      await rollUpInvoice(tx, invoice.id);
      await recordOrderEvent(tx, { id: invoice.orderId, sellerId: invoice.sellerId }, actor, {
        type: OrderEventType.INVOICE_MARKED_PAID,
        summary: `Invoice ${invoice.displayNumber} marked paid (${input.method.toLowerCase()}${reference ? `, ${reference}` : ''}, ${input.paidAt})`,
        data: { invoiceId: invoice.id, method: input.method, reference, paidAt: input.paidAt },
      });
    });
  }

  /**
   * Locks the invoice's order, then the invoice (the usual lock order), checks `action` against the
   * invoice's state table, runs `work`, publishes after commit.
   */
  private async change(
    viewer: Viewer,
    invoiceId: string,
    action: InvoiceAction,
    work: (tx: EntityManager, invoice: Invoice, actor: Actor) => Promise<void>,
  ): Promise<Outcome<Invoice>> {
    const notFound = () =>
      refuse(UserErrorCode.INVOICE_NOT_FOUND, 'This invoice does not exist.', ['input', 'invoiceId']);
    return runOrderChange(
      this.db,
      NO_ORDER_PUBLISHER, // the payment change below publishes the order too
      viewer,
      async (tx, actor) => {
        assertIdempotent(viewer);
        if (!isId(invoiceId)) throw notFound();
        const [located] = await rows<{ order_id: string }>(
          tx,
          `SELECT order_id FROM invoices WHERE id = $1 AND seller_id = $2`,
          [invoiceId, viewer.sellerId],
        );
        if (!located) throw notFound();
        await tx.query(`SELECT id FROM orders WHERE id = $1 FOR UPDATE`, [located.order_id]);
        const invoice = await tx
          .getRepository(Invoice)
          .createQueryBuilder('i')
          .setLock('pessimistic_write')
          .where('i.id = :invoiceId', { invoiceId })
          .getOne();
        if (!invoice) throw notFound();
        INVOICE_STATES.next(invoice, action, ['input', 'invoiceId']);
        await work(tx, invoice, actor);
        return { changed: [], result: { invoiceId, orderId: invoice.orderId } };
      },
      async ({ invoiceId: id, orderId }) => {
        this.changes.publish({ sellerId: viewer.sellerId, invoiceId: id, orderId });
        return this.db.getRepository(Invoice).findOneByOrFail({ id });
      },
    );
  }
}
