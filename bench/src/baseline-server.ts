// The state table the dashboard endpoints share with the server registers type-graphql enums: they need it.
import 'reflect-metadata';
import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { orderPage, ordersPage } from './baseline-dashboard';
import { pool, Refusal, viewerOf } from './baseline-db';
import { withIdempotencyKey } from './baseline-idempotency';
import { confirmInvoice } from './baseline-invoices';
import { stripeWebhook, subscribers, verifyStripeSignature } from './baseline-payments';
import { listOrders, orderDetails } from './baseline-reads';
import { accept, split, updateQuantity } from './baseline-writes';

/**
 * The baseline: the physical limit of the same work on this machine. A bare Node `http` handler over
 * `pg` with hand-written SQL doing what each scenario asks of our API (same authentication lookup,
 * same transactions, row locks, guards and rows written, statement for statement, same fields
 * answered), and a bare `ws` server pushing payment changes. No framework, no ORM, no GraphQL. Run as
 * its own process by the bench. Where it still differs from ours: bench/README.md.
 */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = http.createServer((req, res) => {
  const reply = (status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  };
  void (async () => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return reply(200, { ok: true });
    const body = req.method === 'POST' ? await readBody(req) : '';
    if (url.pathname === '/webhooks/stripe') {
      if (!verifyStripeSignature(body, req.headers['stripe-signature'] as string | undefined)) {
        return reply(400, { error: 'Invalid signature.' });
      }
      await stripeWebhook(body);
      return reply(200, { received: true });
    }
    const viewer = await viewerOf(req.headers.authorization);
    const input = body ? JSON.parse(body) : {};
    const route = `${req.method} ${url.pathname.replace(/\/[0-9a-f-]{36}$/, '/:id')}`;
    switch (route) {
      case 'GET /orders':
        return reply(200, { data: await listOrders(viewer, url) });
      case 'GET /orders/:id':
        return reply(200, { data: await orderDetails(viewer, url.pathname.slice(-36)) });
      case 'GET /dashboard/orders':
        return reply(200, { data: await ordersPage(pool, viewer, url) });
      case 'GET /dashboard/orders/:id':
        return reply(200, { data: await orderPage(pool, viewer, url.pathname.slice(-36)) });
      case 'POST /order-items/quantity':
        return reply(200, { data: await updateQuantity(viewer, input) });
      case 'POST /orders/split':
        return reply(200, { data: await split(viewer, input) });
      case 'POST /orders/accept':
        return reply(200, { data: await accept(viewer, input) });
      case 'POST /invoices/confirm': {
        const key = req.headers['idempotency-key'];
        const confirmed = await withIdempotencyKey(viewer, typeof key === 'string' ? key : undefined, body, () =>
          confirmInvoice(viewer, input),
        );
        return reply(200, { data: confirmed });
      }
      default:
        return reply(404, { error: 'Not found' });
    }
  })().catch((error: unknown) => {
    if (error instanceof Refusal) return reply(error.status, { error: error.code });
    console.error(error);
    reply(500, { error: 'Internal error' });
  });
});

const wss = new WebSocketServer({ server, path: '/ws' });
wss.on('connection', (socket) => {
  socket.once('message', (data) => {
    const { authorization } = JSON.parse(String(data)) as { authorization?: string };
    viewerOf(authorization)
      .then((viewer) => {
        const set = subscribers.get(viewer.sellerId) ?? new Set<WebSocket>();
        subscribers.set(viewer.sellerId, set.add(socket));
        socket.on('close', () => set.delete(socket));
        socket.send(JSON.stringify({ type: 'connection_ack' }));
      })
      .catch(() => socket.close(4401, 'Unauthorized'));
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`baseline listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  wss.close();
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
