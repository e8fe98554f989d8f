import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import qs from 'qs';
import { cardFor, TEST_TOKENS } from './cards';
import { deliver } from './webhooks';

type Json = Record<string, unknown>;
type Params = Record<string, unknown>;

export type StandInOptions = {
  /** Where events are posted (e.g. http://localhost:4000/webhooks/stripe); none: events are only recorded. */
  webhookUrl?: string | null;
  webhookSecret: string;
  /** A JSON file keeping customers and payment methods across restarts (development). */
  stateFile?: string | null;
};

type State = {
  customers: Record<string, Json>;
  paymentMethods: Record<string, Json & { card: Json & { number?: string } }>;
  paymentIntents: Record<string, Json>;
  refunds: Record<string, Json>;
  events: Json[];
};

class StripeError extends Error {
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

const newId = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
const now = () => Math.floor(Date.now() / 1000);

/**
 * A local stand-in for the part of Stripe's REST API the order desk calls: customers, payment methods,
 * payment intents (off-session, confirmed at once) and refunds. It answers with Stripe's response and
 * error shapes, honours Idempotency-Key like Stripe, charges Stripe's documented test cards the way
 * Stripe does, and posts signed events to the webhook endpoint. Tests can inject failures and latency.
 */
export class StripeStandIn {
  private server: http.Server | null = null;
  private state: State = { customers: {}, paymentMethods: {}, paymentIntents: {}, refunds: {}, events: [] };
  private readonly idempotency = new Map<string, { fingerprint: string; status: number; body: string }>();
  private failures: { remaining: number; status: number } = { remaining: 0, status: 500 };
  private lostResponses = 0;
  private latencyMs = 0;
  private webhooksPaused = false;
  private readonly pendingWebhooks: Json[] = [];
  private readonly deliveries = new Set<Promise<unknown>>();
  /** Every request received, for assertions (method, path, idempotency key). */
  readonly requests: { method: string; path: string; idempotencyKey: string | null; status: number }[] = [];

  constructor(private readonly options: StandInOptions) {
    if (options.stateFile && fs.existsSync(options.stateFile)) {
      this.state = { ...this.state, ...(JSON.parse(fs.readFileSync(options.stateFile, 'utf8')) as Partial<State>) };
    }
  }

  get webhookUrl(): string | null {
    return this.options.webhookUrl ?? null;
  }

  set webhookUrl(url: string | null) {
    this.options.webhookUrl = url;
  }

  async start(port = 0, host = '127.0.0.1'): Promise<{ host: string; port: number; protocol: 'http' }> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return { host, port: (server.address() as AddressInfo).port, protocol: 'http' };
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.deliveries]);
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- controls for tests -------------------------------------------------------------------------

  /** The next `count` API requests fail with `status` (500: Stripe's api_error) before doing anything. */
  failNextRequests(count: number, status = 500): void {
    this.failures = { remaining: count, status };
  }

  /**
   * The next `count` POST requests do their work (or replay it, for a repeated idempotency key) and
   * then answer 500, as if the answer was lost on the way back.
   */
  loseNextResponses(count: number): void {
    this.lostResponses = count;
  }

  /** Every API request waits this long before answering. */
  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** Holds events instead of posting them, until resumeWebhooks(). */
  pauseWebhooks(): void {
    this.webhooksPaused = true;
  }

  resumeWebhooks(): void {
    this.webhooksPaused = false;
    for (const event of this.pendingWebhooks.splice(0)) this.post(event);
  }

  /** Posts an event again (a replay, as Stripe does when it is unsure of a delivery). */
  redeliver(eventId: string): Promise<boolean> {
    const event = this.state.events.find((e) => e.id === eventId);
    if (!event) throw new Error(`no event ${eventId}`);
    return this.post(event);
  }

  get events(): Json[] {
    return this.state.events;
  }

  /** Payment intents that were charged successfully. */
  successfulCharges(): Json[] {
    return Object.values(this.state.paymentIntents).filter((pi) => pi.status === 'succeeded');
  }

  /** Waits until every event posted so far has been delivered (or given up). */
  async settled(): Promise<void> {
    while (this.deliveries.size > 0) await Promise.allSettled([...this.deliveries]);
  }

  // ---- HTTP ----------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const send = (status: number, body: string, replayed = false) => {
      this.requests.push({ method, path, idempotencyKey: key, status });
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': newId('req'),
        ...(key ? { 'idempotency-key': key } : {}),
        ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      });
      res.end(body);
    };
    if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (!/^Bearer sk_(test|live)_\w+/.test(req.headers.authorization ?? '')) {
      send(401, JSON.stringify({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } }));
      return;
    }
    if (this.failures.remaining > 0) {
      this.failures.remaining--;
      send(
        this.failures.status,
        JSON.stringify({
          error: { type: 'api_error', message: 'An unexpected error occurred (injected by the stand-in).' },
        }),
      );
      return;
    }
    const params: Params = method === 'GET' ? qs.parse(url.search.slice(1)) : qs.parse(raw);
    // Stripe replays the first answer to a repeated key, and refuses the key with other parameters.
    const fingerprint = `${method} ${path} ${JSON.stringify(params)}`;
    if (key && method === 'POST') {
      const seen = this.idempotency.get(key);
      if (seen) {
        if (seen.fingerprint !== fingerprint) {
          send(
            400,
            JSON.stringify({
              error: {
                type: 'idempotency_error',
                message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
              },
            }),
          );
        } else if (!this.loseAnswer(method, send)) {
          send(seen.status, seen.body, true);
        }
        return;
      }
    }
    let status = 200;
    let body: string;
    try {
      body = JSON.stringify(this.route(method, path, params));
    } catch (error) {
      if (!(error instanceof StripeError)) throw error;
      status = error.status;
      body = JSON.stringify({ error: error.body });
    }
    if (key && method === 'POST' && status !== 500) this.idempotency.set(key, { fingerprint, status, body });
    this.persist();
    if (method === 'POST' && this.lostResponses > 0) {
      this.lostResponses--;
      send(
        500,
        JSON.stringify({ error: { type: 'api_error', message: 'The answer was lost (injected by the stand-in).' } }),
      );
      return;
    }
    send(status, body);
  }

  /** Answers 500 instead of the real answer while answers are to be lost (see loseNextResponses). */
  private loseAnswer(method: string, send: (status: number, body: string) => void): boolean {
    if (method !== 'POST' || this.lostResponses === 0) return false;
    this.lostResponses--;
    send(
      500,
      JSON.stringify({ error: { type: 'api_error', message: 'The answer was lost (injected by the stand-in).' } }),
    );
    return true;
  }

  private route(method: string, path: string, params: Params): Json {
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
  private paymentMethod(id: string): Json & { card: Json & { number?: string } } {
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

  private emit(type: string, object: Json): void {
    const event = {
      id: newId('evt'),
      object: 'event',
      api_version: '2025-01-27.acacia',
      created: now(),
      livemode: false,
      pending_webhooks: 1,
      type,
      data: { object: structuredClone(object) },
    };
    this.state.events.push(event);
    if (this.webhooksPaused) this.pendingWebhooks.push(event);
    else this.post(event);
  }

  private post(event: Json): Promise<boolean> {
    const url = this.options.webhookUrl;
    if (!url) return Promise.resolve(false);
    const delivery = deliver(url, this.options.webhookSecret, JSON.stringify(event));
    this.deliveries.add(delivery);
    void delivery.finally(() => this.deliveries.delete(delivery));
    return delivery;
  }

  private persist(): void {
    if (!this.options.stateFile) return;
    const { customers, paymentMethods } = this.state;
    fs.writeFileSync(this.options.stateFile, JSON.stringify({ customers, paymentMethods }));
  }
}

function throwError(error: Error): never {
  throw error;
}

function publicPaymentMethod(pm: Json & { card: Json & { number?: string } }): Json {
  const { number: _number, ...card } = pm.card;
  return { ...pm, card };
}
