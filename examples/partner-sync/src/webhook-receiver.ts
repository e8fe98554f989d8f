import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** An Order Desk event, as docs/webhooks.md ("Payload") describes it; new fields may appear. */
export type OrderDeskEvent = {
  id: string;
  type: string;
  createdAt: string;
  test?: boolean;
  data: {
    order?: { id: string; number: number; status: string; paymentStatus: string; version: number } | null;
    invoice?: { id: string; number: string | null; status: string; paymentStatus: string } | null;
    [more: string]: unknown;
  };
};

export type WebhookReceiverOptions = {
  /** The endpoint's signing secret, whsec_… (shown once when the endpoint was created). */
  secret: string;
  port: number;
  host?: string;
  path?: string;
  /** Called once per verified event id; a throw answers 500, so the order desk retries. */
  onEvent: (event: OrderDeskEvent) => Promise<void>;
};

export type WebhookReceiver = { url: string; close: () => Promise<void> };

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A tiny HTTP endpoint for the order desk's webhooks. Each request is verified with the
 * `standardwebhooks` library (webhook-id, webhook-timestamp, webhook-signature over the raw body,
 * at most 5 minutes old) before anything reads it; an unverified one is answered 400 and dropped.
 * Deliveries are at least once: an event id seen before is answered 204 and not handled again
 * (kept in memory here; keep it in your database, with a unique constraint).
 */
export async function startWebhookReceiver({
  secret,
  port,
  host = '127.0.0.1',
  path = '/order-desk/webhooks',
  onEvent,
}: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const webhook = new Webhook(secret);
  const handled = new Set<string>();

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url !== path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    const body = await rawBody(req);
    if (body === null) return void res.writeHead(413).end();
    let event: OrderDeskEvent;
    try {
      event = webhook.verify(body, singleValued(req.headers)) as OrderDeskEvent;
    } catch {
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end('bad signature');
    }
    if (handled.has(event.id)) return void res.writeHead(204).end();
    try {
      await onEvent(event);
      handled.add(event.id);
      res.writeHead(204).end();
    } catch (error) {
      console.error(`event ${event.id} (${event.type}) failed, the order desk will retry it:`, error);
      res.writeHead(500).end();
    }
  };
  // A request cut off while its body arrives is dropped (the order desk retries it).
  const server = http.createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${listening}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The exact bytes received (the signature covers them), or null beyond MAX_BODY_BYTES. */
async function rawBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function singleValued(headers: http.IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
  );
}
