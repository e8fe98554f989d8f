import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { assertIdempotent } from '../auth/idempotency-required';
import { isId } from '../common/ids';
import { rows } from '../common/sql';
import type { Outcome } from '../common/refusal';
import { runOrderChange } from '../order-engine/order-change-runner';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { assertAllowed, assertVersion, lockOrderFor, lockOrderOf } from '../order-engine/order-lock';
import { LeanEntity } from '../common/lean-rows';
import { OrderAction } from '../order-engine/order-state-machine';
import { recordOrderEvent } from '../order-engine/order-timeline';
import type { InvoicePaymentChangePublisher } from '../payments/payment-changes';
import { PaymentMethod } from '../billing/payment-method';
import { rollUpOrderPayment } from '../payments/order-payment-status';
import { PaymentStatus } from '../billing/payment-status';
import { SellerCounterKind } from '../sellers/seller-counter.entity';
import { takeNextNumber } from '../sellers/seller-counters';
import { Seller } from '../sellers/seller.entity';
import { composeInvoiceDocument, type InvoiceDocument } from '../billing/billing-document';
import { InvoiceStatus } from './invoice-status';
import { Invoice } from './invoice.entity';
import type { ConfirmInvoiceInput, CreateInvoiceDraftInput } from './invoice.inputs';
import type { InvoiceProperties } from './invoices-query.service';
import { OrderEventType } from '../order-engine/order-event-type';
import { INVOICE_STATES, InvoiceAction } from './invoice-state-machine';

/**
 * Invoices of accepted orders (article: "How do I create an invoice for the order?"): a draft for the
 * Invoice Preview, then Confirm, which takes the seller's next invoice number under the counter's row
 * lock in the same transaction (unique and gapless) and freezes the invoice's content.
 */
/** What happens to an invoice's payment when it is issued (card invoices are charged). */
export interface InvoicePaymentStarter {
  startAttempt(tx: EntityManager, invoiceId: string): Promise<string>;
}

/**
 * A change's answer: the invoice, and the id of its order, which the API reads for its answer with the
 * columns the answer selects (changedOrderById).
 */
export type InvoiceChange = { invoice: Invoice; orderId: string };

/** What confirming reads of the draft it locks: the state table's facts and the number's prefix. */
const CONFIRM_READS: ReadonlySet<string> = new Set(['id', 'status', 'paymentMethod', 'paymentStatus', 'numberPrefix']);

export class InvoiceService {
  constructor(
    private readonly db: DataSource,
    private readonly changes: OrderChangePublisher,
    private readonly cardPayments: InvoicePaymentStarter,
    private readonly paymentChanges: InvoicePaymentChangePublisher,
  ) {}

  findById(sellerId: string, id: string): Promise<Invoice | null> {
    return isId(id) ? this.db.getRepository(Invoice).findOneBy({ id, sellerId }) : Promise.resolve(null);
  }

  /** Creating the draft twice returns the same draft. */
  createDraft(viewer: Viewer, input: CreateInvoiceDraftInput): Promise<Outcome<InvoiceChange>> {
    return runOrderChange(
      this.db,
      this.changes,
      viewer,
      async (tx, actor) => {
        const order = await lockOrderFor(tx, {
          ...input,
          sellerId: viewer.sellerId,
          action: OrderAction.CREATE_INVOICE,
        });
        const existing = await tx.getRepository(Invoice).findOneBy({ orderId: order.id, status: InvoiceStatus.DRAFT });
        if (existing) return { changed: [], result: existing.id };
        const seller = await tx.getRepository(Seller).findOneByOrFail({ id: order.sellerId });
        const preview = await composeInvoiceDocument(tx, order.id, { number: '' });
        const [draft] = await rows<{ id: string }>(
          tx,
          `INSERT INTO invoices (seller_id, order_id, number_prefix, status, payment_status, payment_method, currency,
             subtotal_amount, shipping_amount, total_amount)
           SELECT seller_id, id, $2, 'DRAFT', 'UNPAID', payment_method, currency, $3, $4, $5
             FROM orders WHERE id = $1
           RETURNING id`,
          [order.id, seller.invoicePrefix, preview.subtotal.amount, preview.shipping.amount, preview.total.amount],
        );
        await recordOrderEvent(tx, order, actor, {
          type: OrderEventType.INVOICE_DRAFTED,
          summary: 'Invoice preview created',
          data: { invoiceId: draft!.id },
        });
        return { changed: [order.id], result: draft!.id };
      },
      (invoiceId) => this.present(invoiceId),
    );
  }

  /** Confirming an issued invoice again changes nothing and answers the issued invoice. */
  async confirm(
    viewer: Viewer,
    input: ConfirmInvoiceInput,
    answer: InvoiceProperties = null,
  ): Promise<Outcome<InvoiceChange>> {
    const notFound = () =>
      refuse(UserErrorCode.INVOICE_NOT_FOUND, 'This invoice does not exist.', ['input', 'invoiceId']);
    return runOrderChange<{ invoiceId: string; invoice?: Invoice }, InvoiceChange>(
      this.db,
      this.changes,
      viewer,
      async (tx, actor) => {
        assertIdempotent(viewer);
        const field = ['input', 'invoiceId'];
        // Lock order first, then the invoice: the same order as every other order change (no deadlock).
        const order = await lockOrderOf(tx, 'invoices', input.invoiceId, { sellerId: viewer.sellerId });
        if (!order) throw notFound();
        const invoices = LeanEntity.of(tx.connection, Invoice);
        const invoice = await invoices.one(tx, 'i', 'i.id = $1 FOR UPDATE', [input.invoiceId], CONFIRM_READS);
        if (!invoice) throw notFound();
        // Confirming is idempotent: an issued invoice is answered as it is (a concurrent confirm got here first).
        if (invoice.status === InvoiceStatus.ISSUED) return { changed: [], result: { invoiceId: invoice.id } };
        const issued = INVOICE_STATES.next(invoice, InvoiceAction.CONFIRM, field);
        assertVersion(order, input.expectedOrderVersion);
        await assertAllowed(tx, order, OrderAction.CREATE_INVOICE, field);

        const number = await takeNextNumber(tx, order.sellerId, SellerCounterKind.INVOICE_NUMBER);
        // Issued now: the seller's date (composeInvoiceDocument), the due date counted from it.
        const document = await composeInvoiceDocument(tx, order.id, { number: `${invoice.numberPrefix}${number}` });
        // What it bills: the whole order the first time, what an edit added to a paid order after that.
        // The invoice as the answer selects it: its snapshot, the whole document, only when asked for.
        const plan = invoices.planFor('i', answer);
        const [row] = await rows<Record<string, unknown>>(
          tx,
          `UPDATE invoices i SET number = $2, status = $9, issued_at = now(), payment_status = $3,
                  payment_method = o.payment_method, currency = o.currency, subtotal_amount = $6,
                  shipping_amount = $7, total_amount = $8, due_on = $4, snapshot = $5
             FROM orders o WHERE o.id = i.order_id AND i.id = $1
           RETURNING ${plan.select}`,
          [
            invoice.id,
            number,
            PaymentStatus.UNPAID,
            document.dueDate,
            JSON.stringify(document),
            document.subtotal.amount,
            document.shipping.amount,
            document.total.amount,
            issued,
          ],
        );
        await rollUpOrderPayment(tx, order.id);
        await recordOrderEvent(tx, order, actor, {
          type: OrderEventType.INVOICE_ISSUED,
          summary: `Invoice ${document.number} issued`,
          data: {
            invoiceId: invoice.id,
            invoiceNumber: document.number,
            total: document.total.amount,
            dueDate: document.dueDate,
          },
        });
        // Card on file: the charge is queued in this transaction and runs after it commits.
        if (document.paymentMethod === PaymentMethod.CARD) {
          await this.cardPayments.startAttempt(tx, invoice.id);
          return { changed: [order.id], result: { invoiceId: invoice.id } };
        }
        // The invoice as issued answers the change (a card charge queued above changes its payment status).
        return { changed: [order.id], result: { invoiceId: invoice.id, invoice: invoices.hydrate(row!, plan) } };
      },
      async ({ invoiceId, invoice }) => {
        const presented = await this.present(invoiceId, invoice);
        this.paymentChanges.publish({ sellerId: viewer.sellerId, invoiceId, orderId: presented.orderId });
        return presented;
      },
    );
  }

  /** What the invoice shows: the frozen snapshot once issued, else the preview of the order as it is now. */
  async document(invoice: Invoice): Promise<InvoiceDocument> {
    // Invoices issued before supplementary invoices existed billed the whole order.
    if (invoice.snapshot) return { supplementary: false, ...invoice.snapshot };
    return this.db.transaction(async (tx) => {
      const [counter] = await rows<{ next: number }>(
        tx,
        `SELECT next_value AS next FROM seller_counters WHERE seller_id = $1 AND kind = $2`,
        [invoice.sellerId, SellerCounterKind.INVOICE_NUMBER],
      );
      return composeInvoiceDocument(tx, invoice.orderId, { number: `${invoice.numberPrefix}${counter!.next}` });
    });
  }

  /** The invoice as committed (read again unless the change answered it), and which order it bills. */
  private async present(invoiceId: string, issued?: Invoice): Promise<InvoiceChange> {
    const invoice = issued ?? (await this.db.getRepository(Invoice).findOneByOrFail({ id: invoiceId }));
    return { invoice, orderId: invoice.orderId };
  }
}
