import type { Logger } from 'pino';
import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { rows } from '../common/sql';
import type { CardPaymentService } from './card-payment.service';
import type { InvoicePaymentChange, InvoicePaymentChangePublisher } from './payment-changes';
import { settleAttempt } from './payment-settlement';
import { stripeEventProblem } from './stripe-event';
import { PaymentStatus } from '../billing/payment-status';

export type WebhookResult = { status: 200 | 400; body: Record<string, unknown> };

/**
 * POST /webhooks/stripe: verifies Stripe's signature on the raw body, checks the event's shape, records
 * each event id once and applies it in the same transaction, so a replayed or duplicated event changes nothing twice.
 */
export class StripeWebhookHandler {
  constructor(
    private readonly db: DataSource,
    private readonly stripe: Stripe,
    private readonly secret: string,
    private readonly payments: CardPaymentService,
    private readonly changes: InvoicePaymentChangePublisher,
    private readonly logger: Logger,
  ) {}

  async handle(rawBody: Buffer, signature: string | undefined): Promise<WebhookResult> {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signature ?? '', this.secret);
    } catch (error) {
      this.logger.warn({ err: error }, 'Stripe webhook refused: bad signature');
      return { status: 400, body: { error: 'Invalid signature.' } };
    }
    const problem = stripeEventProblem(event);
    if (problem) {
      this.logger.warn(
        { eventId: event?.id, type: event?.type, problem },
        'Stripe webhook refused: unexpected event shape',
      );
      return { status: 400, body: { error: `Malformed event: ${problem}` } };
    }
    const change = await this.db.transaction(async (tx): Promise<InvoicePaymentChange | null> => {
      const [fresh] = await rows<{ id: string }>(
        tx,
        `INSERT INTO stripe_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type],
      );
      if (!fresh) return null; // seen before
      switch (event.type) {
        case 'payment_intent.succeeded':
        case 'payment_intent.payment_failed':
        case 'payment_intent.requires_action':
        case 'payment_intent.canceled':
          return this.payments.applyIntent(tx, event.data.object);
        case 'charge.refunded': {
          const charge = event.data.object;
          const intentId =
            typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
          if (!charge.refunded || !intentId) return null; // partial refunds are recorded by the refund itself
          const [payment] = await rows<{ id: string }>(
            tx,
            `SELECT id FROM payments WHERE stripe_payment_intent_id = $1`,
            [intentId],
          );
          return payment ? settleAttempt(tx, payment.id, { status: PaymentStatus.REFUNDED }) : null;
        }
        default:
          return null;
      }
    });
    if (change) this.changes.publish(change);
    return { status: 200, body: { received: true } };
  }
}
