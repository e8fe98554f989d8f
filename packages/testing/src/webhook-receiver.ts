import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedWebhook = { headers: http.IncomingHttpHeaders; body: string; receivedAt: number };

/**
 * A partner's webhook endpoint for tests: a real HTTP server on 127.0.0.1 that keeps what it
 * receives and answers with the status `respond` picks (200 unless told otherwise), when its
 * promise settles if it returns one (a receiver that thinks while a test looks).
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  respond: (request: ReceivedWebhook, index: number) => number | Promise<number> = () => 200;
  private server: http.Server | null = null;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() };
        this.received.push(request);
        void Promise.resolve(this.respond(request, this.received.length - 1)).then((status) =>
          res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'receiver is down'),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** What arrived for one event id (retries and resends of it). */
  forEvent(eventId: string): ReceivedWebhook[] {
    return this.received.filter((request) => request.headers['order-desk-event-id'] === eventId);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
