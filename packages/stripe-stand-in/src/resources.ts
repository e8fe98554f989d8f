import crypto from 'node:crypto';
import { cardFor, TEST_TOKENS } from './cards';

export type Json = Record<string, unknown>;
export type Params = Record<string, unknown>;
type PaymentMethod = Json & { card: Json & { number?: string } };

/** What the stand-in knows; customers and payment methods may be kept across restarts. */
export type ResourceState = {
  customers: Record<string, Json>;
  paymentMethods: Record<string, PaymentMethod>;
  paymentIntents: Record<string, Json>;
  refunds: Record<string, Json>;
};

export class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(String(body.message));
  }
}

const invalid = (message: string, param?: string) =>
  new StripeError(400, { type: 'invalid_request_error', message, ...(param ? { param } : {}) });
const missing = (kind: string, id: string, param = 'id') =>
  new StripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${kind}: '${id}'`,
  });

export const newId = (prefix: string) =>
  `${prefix}_${crypto.randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
export const now = () => Math.floor(Date.now() / 1000);

/**
 * Stripe's resources the order desk uses (customers, payment methods, payment intents, refunds),
 * behaving like Stripe's API: test cards charge or decline as documented, and every change Stripe
 * would announce is passed to `emit` as an event.
 */
export class StripeResources {
  constructor(
    readonly state: ResourceState,
    private readonly emit: (type: string, object: Json) => void,
  ) {}

  route(method: string, path: string, params: Params): Json {
    const parts = path.split('/').filter(Boolean); // ['v1', 'payment_intents', 'pi_…', 'confirm']
    if (parts[0] !== 'v1') throw missing('endpoint', path);
    const [, resource, id, action] = parts;
    switch (`${method} ${resource}${id ? '/:id' : ''}${action ? `/${action}` : ''}`) {
      case 'POST customers':
        return this.createCustomer(params);
      case 'GET customers/:id':
        return this.state.customers[id!] ?? throwError(missing('customer', id!));
      case 'POST payment_methods':
        return this.createPaymentMethod(params);
      case 'GET payment_methods/:id':
        return this.paymentMethod(id!);
      case 'POST payment_methods/:id/attach':
        return this.attach(id!, params);
      case 'POST payment_intents':
        return this.createPaymentIntent(params);
      case 'GET payment_intents/:id':
        return this.state.paymentIntents[id!] ?? throwError(missing('payment_intent', id!));
      case 'POST refunds':
        return this.createRefund(params);
      case 'GET refunds':
        return this.listRefunds(params);
      default:
        throw missing('endpoint', `${method} ${path}`);
    }
  }

  private createCustomer(params: Params): Json {
    const customer = {
      id: newId('cus'),
      object: 'customer',
      created: now(),
      email: params.email ?? null,
      name: params.name ?? null,
      metadata: params.metadata ?? {},
      livemode: false,
      invoice_settings: { default_payment_method: null },
    };
    this.state.customers[customer.id] = customer;
    return customer;
  }

  private createPaymentMethod(params: Params): Json {
    if (params.type !== 'card') throw invalid('Only card payment methods are supported here.', 'type');
    const card = (params.card ?? {}) as Record<string, string>;
    const number = card.token ? TEST_TOKENS[card.token.replace(/^tok_/, '')] : card.number?.replace(/\s/g, '');
    if (!number) throw invalid('Provide card[number] or card[token].', 'card');
    const test = cardFor(number);
    const pm = {
      id: newId('pm'),
      object: 'payment_method',
      type: 'card',
      created: now(),
      customer: null,
      livemode: false,
      metadata: params.metadata ?? {},
      card: {
        brand: test.brand,
        last4: number.slice(-4),
        exp_month: Number(card.exp_month ?? 12),
        exp_year: Number(card.exp_year ?? 2034),
        number,
      },
    };
    this.state.paymentMethods[pm.id] = pm;
    return publicPaymentMethod(pm);
  }

  /** Stripe's `pm_card_…` shortcuts stand for a fresh payment method with that test card. */
  private paymentMethod(id: string): PaymentMethod {
    const known = this.state.paymentMethods[id];
    if (known) return known;
    const shortcut = id.startsWith('pm_card_') ? TEST_TOKENS[id.slice('pm_card_'.length)] : undefined;
    if (!shortcut) throw missing('payment_method', id, 'payment_method');
    const test = cardFor(shortcut);
    return {
      id,
      object: 'payment_method',
      type: 'card',
      customer: null,
      card: { brand: test.brand, last4: shortcut.slice(-4), number: shortcut },
    };
  }

  private attach(id: string, params: Params): Json {
    const pm = this.paymentMethod(id);
    const customer = String(params.customer ?? '');
    if (!this.state.customers[customer]) throw missing('customer', customer, 'customer');
    const attached = { ...pm, customer };
    this.state.paymentMethods[id] = attached;
    return publicPaymentMethod(attached);
  }

  private createPaymentIntent(params: Params): Json {
    const amount = Number(params.amount);
    if (!Number.isInteger(amount) || amount < 50) throw invalid('Amount must be at least $0.50 usd', 'amount');
    const currency = String(params.currency ?? '').toLowerCase();
    if (!/^[a-z]{3}$/.test(currency)) throw invalid('Invalid currency', 'currency');
    const customer = params.customer ? String(params.customer) : null;
    if (customer && !this.state.customers[customer]) throw missing('customer', customer, 'customer');
    const pm = params.payment_method ? this.paymentMethod(String(params.payment_method)) : null;
    if (pm && customer && pm.customer && pm.customer !== customer) {
      throw invalid(`The payment method ${pm.id} does not belong to the customer ${customer}.`, 'payment_method');
    }
    const intent: Json = {
      id: newId('pi'),
      object: 'payment_intent',
      amount,
      amount_received: 0,
      currency,
      customer,
      payment_method: pm?.id ?? null,
      metadata: params.metadata ?? {},
      created: now(),
      livemode: false,
      capture_method: 'automatic',
      confirmation_method: 'automatic',
      status: 'requires_payment_method',
      last_payment_error: null,
      latest_charge: null,
    };
    this.state.paymentIntents[intent.id as string] = intent;
    if (!(params.confirm === 'true' && pm)) return intent;

    const outcome = cardFor(String(pm.card.number)).outcome;
    if (!outcome) {
      Object.assign(intent, { status: 'succeeded', amount_received: amount, latest_charge: newId('ch') });
      this.emit('payment_intent.succeeded', intent);
      return intent;
    }
    const error = {
      type: 'card_error',
      code: outcome.code,
      decline_code: outcome.declineCode,
      message: outcome.message,
      doc_url: `https://stripe.com/docs/error-codes/${outcome.code.replace(/_/g, '-')}`,
      payment_method: publicPaymentMethod(pm),
    };
    Object.assign(intent, { status: 'requires_payment_method', last_payment_error: error, latest_charge: newId('ch') });
    this.emit('payment_intent.payment_failed', intent);
    throw new StripeError(402, { ...error, payment_intent: intent, charge: intent.latest_charge });
  }

  private listRefunds(params: Params): Json {
    const intent = params.payment_intent ? String(params.payment_intent) : null;
    const limit = Math.min(Math.max(Number(params.limit ?? 10), 1), 100);
    const data = Object.values(this.state.refunds)
      .filter((refund) => !intent || refund.payment_intent === intent)
      .sort((a, b) => Number(b.created) - Number(a.created))
      .slice(0, limit);
    return { object: 'list', url: '/v1/refunds', has_more: false, data };
  }

  private createRefund(params: Params): Json {
    const id = String(params.payment_intent ?? '');
    const intent = this.state.paymentIntents[id];
    if (!intent) throw missing('payment_intent', id, 'payment_intent');
    if (intent.status !== 'succeeded')
      throw invalid('This PaymentIntent has no successful charge to refund.', 'payment_intent');
    const refunded = Object.values(this.state.refunds)
      .filter((r) => r.payment_intent === id)
      .reduce((sum, r) => sum + Number(r.amount), 0);
    const amount = params.amount === undefined ? Number(intent.amount_received) - refunded : Number(params.amount);
    if (!Number.isInteger(amount) || amount <= 0 || refunded + amount > Number(intent.amount_received)) {
      throw invalid(
        `Refund amount ($${(amount / 100).toFixed(2)}) is greater than unrefunded amount on charge ($${((Number(intent.amount_received) - refunded) / 100).toFixed(2)})`,
        'amount',
      );
    }
    const refund = {
      id: newId('re'),
      object: 'refund',
      amount,
      currency: intent.currency,
      payment_intent: id,
      charge: intent.latest_charge,
      status: 'succeeded',
      created: now(),
      metadata: params.metadata ?? {},
    };
    this.state.refunds[refund.id] = refund;
    this.emit('charge.refunded', {
      id: intent.latest_charge,
      object: 'charge',
      amount: intent.amount_received,
      amount_refunded: refunded + amount,
      refunded: refunded + amount === Number(intent.amount_received),
      currency: intent.currency,
      payment_intent: id,
      metadata: intent.metadata,
    });
    return refund;
  }
}

function throwError(error: Error): never {
  throw error;
}

function publicPaymentMethod(pm: PaymentMethod): Json {
  const { number: _number, ...card } = pm.card;
  return { ...pm, card };
}
