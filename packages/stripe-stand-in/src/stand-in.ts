import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import qs from 'qs';
import { newId, now, StripeError, StripeResources, type Json, type Params, type ResourceState } from './resources';
import { deliver } from './webhooks';

export type StandInOptions = {
  /** Where events are posted (e.g. http://localhost:4000/webhooks/stripe); none: events are only recorded. */
  webhookUrl?: string | null;
  webhookSecret: string;
  /** A JSON file keeping customers and payment methods across restarts (development). */
  stateFile?: string | null;
};

/**
 * A local stand-in for the part of Stripe's REST API the order desk calls: customers, payment methods,
 * payment intents (off-session, confirmed at once) and refunds. It answers with Stripe's response and
 * error shapes, honours Idempotency-Key like Stripe, charges Stripe's documented test cards the way
 * Stripe does, and posts signed events to the webhook endpoint. Tests can inject failures and latency.
 */
export class StripeStandIn {
  private server: http.Server | null = null;
  private readonly resources: StripeResources;
  /** Every event emitted, in order. */
  readonly events: Json[] = [];
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
    let state: ResourceState = { customers: {}, paymentMethods: {}, paymentIntents: {}, refunds: {} };
    if (options.stateFile && fs.existsSync(options.stateFile)) {
      state = { ...state, ...(JSON.parse(fs.readFileSync(options.stateFile, 'utf8')) as Partial<ResourceState>) };
    }
    this.resources = new StripeResources(state, (type, object) => this.emit(type, object));
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
    const event = this.events.find((e) => e.id === eventId);
    if (!event) throw new Error(`no event ${eventId}`);
    return this.post(event);
  }

  /** Payment intents that were charged successfully. */
  successfulCharges(): Json[] {
    return Object.values(this.resources.state.paymentIntents).filter((pi) => pi.status === 'succeeded');
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
      body = JSON.stringify(this.resources.route(method, path, params));
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
    this.events.push(event);
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
    const { customers, paymentMethods } = this.resources.state;
    fs.writeFileSync(this.options.stateFile, JSON.stringify({ customers, paymentMethods }));
  }
}
