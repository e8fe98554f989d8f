import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import Stripe from 'stripe';
import type { DataSource, EntityManager } from 'typeorm';
import { isId } from '../common/ids';
import { cardCharges } from '../common/metrics';
import { rows } from '../common/sql';
import { inTransaction, QUEUES, withRequestId } from '../jobs/job-queue';
import { sellerMessageFor } from './decline-messages';
import type { InvoicePaymentChangePublisher } from './payment-changes';
import { settleAttempt, rollUpInvoice, type AttemptReport } from './payment-settlement';
import { PaymentMethod } from '../billing/payment-method';
import { PaymentStatus } from '../billing/payment-status';

type ChargeContext = {
  id: string;
  status: PaymentStatus;
  idempotency_key: string;
  amount_minor: string;
  currency: string;
  invoice_id: string;
  order_id: string;
  seller_id: string;
  number: string;
  stripe_customer_id: string | null;
  stripe_payment_method_id: string | null;
};

/** What a PaymentIntent says about the attempt it belongs to. */
export function reportFromIntent(intent: Stripe.PaymentIntent, error?: Stripe.errors.StripeError): AttemptReport {
  const failure = error ?? intent.last_payment_error ?? null;
  const code = failure ? (failure.decline_code ?? failure.code ?? null) : null;
  const base = { stripePaymentIntentId: intent.id };
  switch (intent.status) {
    case 'succeeded':
      return { ...base, status: PaymentStatus.PAID };
    case 'requires_action':
      return {
        ...base,
        status: PaymentStatus.REQUIRES_ACTION,
        failureCode: 'authentication_required',
        failureMessage: sellerMessageFor('authentication_required', ''),
      };
    case 'processing':
    case 'requires_confirmation':
    case 'requires_capture':
      return { ...base, status: PaymentStatus.PROCESSING };
    default: {
      // requires_payment_method after a failed confirmation, or canceled.
      const status = failure?.code === 'authentication_required' ? PaymentStatus.REQUIRES_ACTION : PaymentStatus.FAILED;
      return {
        ...base,
        status,
        failureCode: code,
        failureMessage: sellerMessageFor(code, failure?.message ?? 'The card payment did not go through.'),
      };
    }
  }
}

/**
 * Card payments through Stripe. An attempt is a payments row plus a durable charge job, written in the
 * transaction that issues (or retries) the invoice. The job creates and confirms an off-session
 * PaymentIntent with the attempt's idempotency key, so a retried job, a double click or a restart
 * never charges twice; what Stripe answers, what its webhooks say and what reconciliation finds all
 * settle the attempt through the same transition table.
 */
export class CardPaymentService {
  constructor(
    private readonly db: DataSource,
    private readonly stripe: Stripe,
    private readonly boss: PgBoss,
    private readonly changes: InvoicePaymentChangePublisher,
    private readonly logger: Logger,
  ) {}

  /** Starts a new attempt for the invoice's total; the caller holds the order's and invoice's locks. */
  async startAttempt(tx: EntityManager, invoiceId: string): Promise<string> {
    const [payment] = await rows<{ id: string }>(
      tx,
      `INSERT INTO payments (seller_id, invoice_id, attempt, method, status, amount_minor, currency, idempotency_key)
       SELECT i.seller_id, i.id, n.attempt, 'CARD', 'PROCESSING', i.total_amount, i.currency,
              'invoice:' || i.id || ':attempt:' || n.attempt
         FROM invoices i,
              LATERAL (SELECT coalesce(max(attempt), 0) + 1 AS attempt FROM payments WHERE invoice_id = i.id) n
        WHERE i.id = $1
       RETURNING id`,
      [invoiceId],
    );
    await rollUpInvoice(tx, invoiceId);
    // The job id is the payment id: the same attempt can never be queued twice.
    await this.boss.send(QUEUES.PAYMENT_CHARGE, withRequestId({ paymentId: payment!.id }), {
      id: payment!.id,
      db: inTransaction(tx),
    });
    return payment!.id;
  }

  /** The charge job: one off-session PaymentIntent per attempt, keyed by the attempt. */
  async charge(paymentId: string): Promise<void> {
    const [payment] = await this.db.query<ChargeContext[]>(
      `SELECT p.id, p.status, p.idempotency_key, p.amount_minor, p.currency, p.invoice_id, i.order_id, p.seller_id,
              i.number_prefix || i.number AS number, b.stripe_customer_id, b.stripe_payment_method_id
         FROM payments p JOIN invoices i ON i.id = p.invoice_id JOIN orders o ON o.id = i.order_id
         JOIN buyers b ON b.id = o.buyer_id
        WHERE p.id = $1 AND p.method = $2`,
      [paymentId, PaymentMethod.CARD],
    );
    if (!payment || payment.status !== PaymentStatus.PROCESSING) return;
    if (!payment.stripe_customer_id || !payment.stripe_payment_method_id) {
      cardCharges.inc({ outcome: 'failed' });
      await this.settle(paymentId, {
        status: PaymentStatus.FAILED,
        failureCode: 'no_card_on_file',
        failureMessage: sellerMessageFor('no_card_on_file', ''),
      });
      return;
    }
    let report: AttemptReport;
    try {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: Number(payment.amount_minor),
          currency: payment.currency.toLowerCase(),
          customer: payment.stripe_customer_id,
          payment_method: payment.stripe_payment_method_id,
          off_session: true,
          confirm: true,
          description: `Invoice ${payment.number}`,
          metadata: {
            paymentId: payment.id,
            invoiceId: payment.invoice_id,
            orderId: payment.order_id,
            sellerId: payment.seller_id,
          },
        },
        { idempotencyKey: payment.idempotency_key },
      );
      report = reportFromIntent(intent);
    } catch (error) {
      // A declined card is an answer; anything else (network, Stripe down) fails the job, which retries.
      if (!(error instanceof Stripe.errors.StripeCardError) || !error.payment_intent) {
        cardCharges.inc({ outcome: 'error' });
        throw error;
      }
      report = reportFromIntent(error.payment_intent, error);
    }
    cardCharges.inc({ outcome: report.status.toLowerCase() });
    await this.settle(paymentId, report);
  }

  /** Applies a PaymentIntent reported by a webhook or read back from Stripe. */
  async applyIntent(tx: EntityManager, intent: Stripe.PaymentIntent) {
    const paymentId = await this.attemptOf(tx, intent);
    return paymentId ? settleAttempt(tx, paymentId, reportFromIntent(intent)) : null;
  }

  /**
   * Heals attempts stuck in PROCESSING (a crash between charging and recording, a lost webhook): asks
   * Stripe about those with a PaymentIntent, and charges the others again with the same idempotency
   * key, which answers the existing PaymentIntent if the first try reached Stripe.
   */
  async reconcile(olderThanSeconds: number): Promise<number> {
    const stuck = await this.db.query<{ id: string; stripe_payment_intent_id: string | null }[]>(
      `SELECT id, stripe_payment_intent_id FROM payments
        WHERE status = 'PROCESSING' AND method = 'CARD' AND updated_at < now() - make_interval(secs => $1)
        ORDER BY updated_at LIMIT 100`,
      [olderThanSeconds],
    );
    for (const payment of stuck) {
      try {
        if (payment.stripe_payment_intent_id) {
          const intent = await this.stripe.paymentIntents.retrieve(payment.stripe_payment_intent_id);
          await this.settle(payment.id, reportFromIntent(intent));
        } else {
          await this.charge(payment.id);
        }
      } catch (error) {
        this.logger.warn(
          { err: error, paymentId: payment.id },
          'reconciliation of a payment failed; next round retries',
        );
      }
    }
    return stuck.length;
  }

  private async settle(paymentId: string, report: AttemptReport): Promise<void> {
    const change = await this.db.transaction((tx) => settleAttempt(tx, paymentId, report));
    if (change) this.changes.publish(change);
  }

  /** The attempt a PaymentIntent belongs to: by our metadata, else by its id. */
  private async attemptOf(tx: EntityManager, intent: Stripe.PaymentIntent): Promise<string | null> {
    const fromMetadata = intent.metadata?.paymentId;
    const [row] = await rows<{ id: string }>(
      tx,
      `SELECT id FROM payments WHERE ($1::uuid IS NOT NULL AND id = $1::uuid) OR stripe_payment_intent_id = $2 LIMIT 1`,
      [fromMetadata && isId(fromMetadata) ? fromMetadata : null, intent.id],
    );
    return row?.id ?? null;
  }
}
