import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import Stripe from 'stripe';
import type { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor';
import type { Viewer } from '../auth/viewer';
import { assertIdempotent } from '../auth/idempotency-required';
import { PaymentMethod } from '../billing/payment-method';
import { isId } from '../common/ids';
import { formatMoney } from '../common/money-format';
import type { Outcome } from '../common/refusal';
import { refuse } from '../common/refusal';
import { rows, sqlList } from '../common/sql';
import { UserErrorCode } from '../common/user-error-code';
import { inTransaction, QUEUES, withRequestId } from '../jobs/job-queue';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { runOrderChange } from '../order-engine/order-change-runner';
import { OrderEventType } from '../order-engine/order-event-type';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { rollUpOrderPayment } from '../payments/order-payment-status';
import { RefundAttemptStatus } from './refund-attempt.entity';
import { REFUND_STATES, RefundAction, RefundOutcome } from './refund-state-machine';
import { RefundStatus } from './refund-status';
import { Refund } from './refund.entity';
import type { RecordTermsRefundInput, RetryRefundInput } from './refund.inputs';
import { PAID_STATUSES } from '../billing/payment-status';

type AttemptContext = {
  id: string;
  attempt: number;
  status: RefundAttemptStatus;
  idempotency_key: string;
  refund_id: string;
  amount_minor: string;
  currency: string;
  order_id: string;
  seller_id: string;
  payment_intent: string | null;
};

type AttemptOutcome = { status: RefundAttemptStatus; stripeRefundId?: string | null; failureMessage?: string | null };

const money = (amount: string | number, currency: string) => formatMoney({ amount: Number(amount), currency });

/**
 * Paying credit notes back. A credit note is refunded from the order's paid payments, newest first,
 * one refund per payment. A card refund is a Stripe refund made by a durable job, attempt by attempt:
 * each attempt has its own idempotency key, and before a retry calls Stripe it asks Stripe for a refund
 * an earlier attempt may already have made (a lost answer), so a retry never refunds twice. A terms
 * refund is recorded as owed back until the seller records having paid it.
 */
export class RefundService {
  constructor(
    private readonly db: DataSource,
    private readonly stripe: Stripe,
    private readonly boss: PgBoss,
    private readonly changes: OrderChangePublisher,
    private readonly logger: Logger,
  ) {}

  /** Creates the refunds of a credit note in the caller's transaction (which holds the order's lock). */
  async refundCreditNote(
    tx: EntityManager,
    creditNote: { id: string; orderId: string; sellerId: string; totalAmount: number; currency: string },
    actor: Actor,
  ): Promise<{ id: string; method: PaymentMethod; amount: number }[]> {
    const payments = await rows<{ id: string; method: PaymentMethod; refundable: string }>(
      tx,
      `SELECT p.id, p.method,
              p.amount_minor - coalesce((SELECT sum(r.amount_minor) FROM refunds r WHERE r.payment_id = p.id), 0) AS refundable
         FROM payments p JOIN invoices i ON i.id = p.invoice_id
        WHERE i.order_id = $1 AND p.status IN ${sqlList(PAID_STATUSES)}
        ORDER BY p.created_at DESC, p.attempt DESC
        FOR UPDATE OF p`,
      [creditNote.orderId],
    );
    let remaining = creditNote.totalAmount;
    const created: { id: string; method: PaymentMethod; amount: number }[] = [];
    for (const payment of payments) {
      const amount = Math.min(remaining, Number(payment.refundable));
      if (amount <= 0) continue;
      remaining -= amount;
      const owed = payment.method === PaymentMethod.TERMS;
      const [refund] = await rows<{ id: string }>(
        tx,
        `INSERT INTO refunds (seller_id, order_id, credit_note_id, payment_id, method, status, amount_minor, currency)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          creditNote.sellerId,
          creditNote.orderId,
          creditNote.id,
          payment.id,
          payment.method,
          owed ? RefundStatus.OWED : RefundStatus.PENDING,
          amount,
          creditNote.currency,
        ],
      );
      await recordOrderEvent(tx, { id: creditNote.orderId, sellerId: creditNote.sellerId }, actor, {
        type: owed ? OrderEventType.REFUND_OWED : OrderEventType.REFUND_REQUESTED,
        summary: owed
          ? `${money(amount, creditNote.currency)} owed back to the buyer (terms): record it once paid`
          : `Refund of ${money(amount, creditNote.currency)} to the card requested`,
        data: { refundId: refund!.id, paymentId: payment.id, amount },
      });
      if (!owed) await this.startAttempt(tx, refund!.id, creditNote.sellerId);
      created.push({ id: refund!.id, method: payment.method, amount });
    }
    // Credit notes are only issued against what paid invoices bill, so this is a bug, not bad input.
    if (remaining > 0) throw new Error(`credit note ${creditNote.id}: ${remaining} more than the order's payments`);
    return created;
  }

  /** The refund job: one Stripe refund per attempt, keyed by the attempt. */
  async refund(attemptId: string, { finalTry }: { finalTry: boolean }): Promise<void> {
    const [attempt] = await this.db.query<AttemptContext[]>(
      `SELECT a.id, a.attempt, a.status, a.idempotency_key, a.refund_id, r.amount_minor, r.currency, r.order_id, r.seller_id,
              p.stripe_payment_intent_id AS payment_intent
         FROM refund_attempts a JOIN refunds r ON r.id = a.refund_id JOIN payments p ON p.id = r.payment_id
        WHERE a.id = $1`,
      [attemptId],
    );
    if (!attempt || attempt.status !== RefundAttemptStatus.PENDING) return;
    if (!attempt.payment_intent) {
      await this.settle(attemptId, {
        status: RefundAttemptStatus.FAILED,
        failureMessage: 'This payment has no Stripe charge to refund.',
      });
      return;
    }
    let outcome: AttemptOutcome;
    try {
      // A first attempt's own retries replay through its idempotency key; only a later attempt (a new
      // key) could make a refund an earlier attempt already made.
      const earlier = attempt.attempt > 1 ? await this.madeAtStripe(attempt.payment_intent, attempt.refund_id) : null;
      const refund =
        earlier ??
        (await this.stripe.refunds.create(
          {
            payment_intent: attempt.payment_intent,
            amount: Number(attempt.amount_minor),
            reason: 'requested_by_customer',
            metadata: {
              refundId: attempt.refund_id,
              attemptId,
              orderId: attempt.order_id,
              sellerId: attempt.seller_id,
            },
          },
          { idempotencyKey: attempt.idempotency_key },
        ));
      outcome = outcomeOf(refund);
    } catch (error) {
      // Stripe refused (e.g. nothing left to refund): a definite answer. Anything else (network, Stripe
      // down) is retried by the queue, and reported as failed once the retries are spent.
      if (!(error instanceof Stripe.errors.StripeInvalidRequestError) && !finalTry) throw error;
      outcome = {
        status: RefundAttemptStatus.FAILED,
        failureMessage:
          error instanceof Stripe.errors.StripeInvalidRequestError
            ? `Stripe refused the refund: ${error.message}`
            : 'Stripe could not be reached to make the refund. Retry it later.',
      };
      this.logger.warn({ err: error, attemptId }, 'card refund failed');
    }
    if (outcome.status !== RefundAttemptStatus.PENDING) await this.settle(attemptId, outcome);
  }

  /** Seller's "Retry Refund" on a failed card refund: a new attempt, after checking Stripe for the old ones. */
  retry(viewer: Viewer, input: RetryRefundInput): Promise<Outcome<Refund>> {
    return this.change(viewer, input.refundId, async (tx, refund) => {
      const status = REFUND_STATES.next(refund, RefundAction.RETRY, ['input', 'refundId']);
      await tx.query(`UPDATE refunds SET status = $2 WHERE id = $1`, [refund.id, status]);
      await this.startAttempt(tx, refund.id, refund.sellerId);
    });
  }

  /** Terms: the seller paid the owed amount back outside the marketplace. */
  recordTermsRefund(viewer: Viewer, input: RecordTermsRefundInput): Promise<Outcome<Refund>> {
    return this.change(viewer, input.refundId, async (tx, refund, actor) => {
      const status = REFUND_STATES.next(refund, RefundAction.RECORD_PAID_BACK, ['input', 'refundId']);
      const reference = input.reference?.trim() || null;
      if (reference && reference.length > 200) {
        throw refuse(UserErrorCode.INVALID_REFUND, 'The reference can be at most 200 characters.', [
          'input',
          'reference',
        ]);
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.refundedOn) || Number.isNaN(Date.parse(input.refundedOn))) {
        throw refuse(UserErrorCode.INVALID_REFUND, 'Enter the date you paid the buyer back.', ['input', 'refundedOn']);
      }
      await tx.query(
        `UPDATE refunds SET status = $5, terms_method = $2, reference = $3, refunded_on = $4
          WHERE id = $1`,
        [refund.id, input.method, reference, input.refundedOn, status],
      );
      await rollUpOrderPayment(tx, refund.orderId);
      await recordOrderEvent(tx, { id: refund.orderId, sellerId: refund.sellerId }, actor, {
        type: OrderEventType.REFUND_RECORDED,
        summary: `Refund of ${money(refund.amountMinor, refund.currency)} paid back (${input.method.toLowerCase()}${reference ? `, ${reference}` : ''}, ${input.refundedOn})`,
        data: { refundId: refund.id, method: input.method, reference, refundedOn: input.refundedOn },
      });
    });
  }

  /** Heals card refunds stuck in PENDING (a crash, a lost answer): the job runs again and checks Stripe first. */
  async reconcile(olderThanSeconds: number): Promise<number> {
    const stuck = await this.db.query<{ id: string }[]>(
      `SELECT id FROM refund_attempts WHERE status = 'PENDING' AND updated_at < now() - make_interval(secs => $1)
        ORDER BY updated_at LIMIT 100`,
      [olderThanSeconds],
    );
    for (const attempt of stuck) {
      try {
        await this.refund(attempt.id, { finalTry: false });
      } catch (error) {
        this.logger.warn({ err: error, attemptId: attempt.id }, 'refund reconciliation failed; next round retries');
      }
    }
    return stuck.length;
  }

  private async startAttempt(tx: EntityManager, refundId: string, sellerId: string): Promise<void> {
    const [attempt] = await rows<{ id: string }>(
      tx,
      `INSERT INTO refund_attempts (seller_id, refund_id, attempt, status, idempotency_key)
       SELECT $2, $1, n.attempt, 'PENDING', 'refund:' || $1 || ':attempt:' || n.attempt
         FROM (SELECT coalesce(max(attempt), 0) + 1 AS attempt FROM refund_attempts WHERE refund_id = $1) n
       RETURNING id`,
      [refundId, sellerId],
    );
    await this.boss.send(QUEUES.REFUND, withRequestId({ attemptId: attempt!.id }), {
      id: attempt!.id,
      db: inTransaction(tx),
    });
  }

  /** A refund an earlier attempt of the same refund made at Stripe, if any. */
  private async madeAtStripe(paymentIntent: string, refundId: string): Promise<Stripe.Refund | null> {
    const made = await this.stripe.refunds.list({ payment_intent: paymentIntent, limit: 100 });
    return made.data.find((refund) => refund.metadata?.refundId === refundId && refund.status !== 'failed') ?? null;
  }

  /** Records an attempt's outcome: the order's lock, then the attempt's, like every payment change. */
  private async settle(attemptId: string, outcome: AttemptOutcome): Promise<void> {
    const settled = await this.db.transaction(async (tx) => {
      const [located] = await rows<{ order_id: string }>(
        tx,
        `SELECT r.order_id FROM refund_attempts a JOIN refunds r ON r.id = a.refund_id WHERE a.id = $1`,
        [attemptId],
      );
      if (!located) return null;
      await tx.query(`SELECT id FROM orders WHERE id = $1 FOR UPDATE`, [located.order_id]);
      const [attempt] = await rows<{
        status: RefundAttemptStatus;
        attempt: number;
        refund_id: string;
        refund_status: RefundStatus;
        method: PaymentMethod;
        seller_id: string;
        amount_minor: string;
        currency: string;
      }>(
        tx,
        `SELECT a.status, a.attempt, a.refund_id, r.status AS refund_status, r.method, r.seller_id, r.amount_minor, r.currency
           FROM refund_attempts a JOIN refunds r ON r.id = a.refund_id WHERE a.id = $1 FOR UPDATE OF a, r`,
        [attemptId],
      );
      if (!attempt || attempt.status !== RefundAttemptStatus.PENDING) return null;
      await tx.query(
        `UPDATE refund_attempts SET status = $2, stripe_refund_id = $3, failure_message = $4, updated_at = now()
          WHERE id = $1`,
        [attemptId, outcome.status, outcome.stripeRefundId ?? null, outcome.failureMessage ?? null],
      );
      const status = REFUND_STATES.next(
        { status: attempt.refund_status, method: attempt.method },
        outcome.status === RefundAttemptStatus.SUCCEEDED ? RefundOutcome.SUCCEEDED : RefundOutcome.FAILED,
      );
      await tx.query(`UPDATE refunds SET status = $2 WHERE id = $1`, [attempt.refund_id, status]);
      await rollUpOrderPayment(tx, located.order_id);
      const amount = money(attempt.amount_minor, attempt.currency);
      const order = { id: located.order_id, sellerId: attempt.seller_id };
      await recordOrderEvent(tx, order, SYSTEM_ACTOR, {
        type:
          outcome.status === RefundAttemptStatus.SUCCEEDED
            ? OrderEventType.REFUND_SUCCEEDED
            : OrderEventType.REFUND_FAILED,
        summary:
          outcome.status === RefundAttemptStatus.SUCCEEDED
            ? `${amount} refunded to the card`
            : `Refund of ${amount} failed (attempt ${attempt.attempt}): ${outcome.failureMessage}`,
        data: { refundId: attempt.refund_id, attemptId, stripeRefundId: outcome.stripeRefundId ?? null },
      });
      return order;
    });
    if (settled) this.changes.publish({ sellerId: settled.sellerId, orderId: settled.id });
  }

  /** Locks the refund's order, then the refund, runs `work`, publishes after commit. */
  private change(
    viewer: Viewer,
    refundId: string,
    work: (tx: EntityManager, refund: Refund, actor: Actor) => Promise<void>,
  ): Promise<Outcome<Refund>> {
    const notFound = () => refuse(UserErrorCode.REFUND_NOT_FOUND, 'This refund does not exist.', ['input', 'refundId']);
    return runOrderChange(
      this.db,
      this.changes,
      viewer,
      async (tx, actor) => {
        assertIdempotent(viewer);
        if (!isId(refundId)) throw notFound();
        const located = await tx.getRepository(Refund).findOneBy({ id: refundId, sellerId: viewer.sellerId });
        if (!located) throw notFound();
        await tx.query(`SELECT id FROM orders WHERE id = $1 FOR UPDATE`, [located.orderId]);
        const refund = await tx
          .getRepository(Refund)
          .createQueryBuilder('r')
          .setLock('pessimistic_write')
          .where('r.id = :refundId', { refundId })
          .getOneOrFail();
        await work(tx, refund, actor);
        return { changed: [refund.orderId], result: refund.id };
      },
      (id) => this.db.getRepository(Refund).findOneByOrFail({ id }),
    );
  }
}

function outcomeOf(refund: Stripe.Refund): AttemptOutcome {
  switch (refund.status) {
    case 'succeeded':
      return { status: RefundAttemptStatus.SUCCEEDED, stripeRefundId: refund.id };
    case 'failed':
    case 'canceled':
      return {
        status: RefundAttemptStatus.FAILED,
        stripeRefundId: refund.id,
        failureMessage: `The card network did not accept the refund (${refund.failure_reason ?? refund.status}).`,
      };
    default:
      // pending / requires_action: Stripe finishes it later; reconciliation reads it back.
      return { status: RefundAttemptStatus.PENDING, stripeRefundId: refund.id };
  }
}
