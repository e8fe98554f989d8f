import crypto from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { apiKeySecret, WRITE_SELLERS } from './dataset';
import type { Side } from './load';
import { createPool, POOLS } from './pools';

export type FanoutResult = {
  subscribers: number;
  rounds: number;
  p50: number;
  p99: number;
  max: number;
  /** Deliveries that never arrived (within 10 s) over all rounds. */
  missed: number;
  errorRate: number;
};

const SELLER = WRITE_SELLERS[0]!;
const SUBSCRIPTION = `subscription BenchPayments { invoicePaymentStatusChanged { id number status paymentStatus paidAt total { amount currency } } }`;

type Subscribers = { close: () => void };

/**
 * The payment-status fan-out: `subscribers` sockets of one seller (spread over the instances), then
 * rounds of a signed `payment_intent.succeeded` webhook for an invoice being charged, each timed from
 * the moment the webhook is posted to the moment the last subscriber received the invoice as PAID.
 */
export async function measureFanout(opts: {
  side: Side;
  databaseUrl: string;
  ports: number[];
  subscribers: number;
  rounds: number;
  webhookSecret: string;
}): Promise<FanoutResult> {
  const arrivals = new Map<string, number>();
  // Resolved by the last expected delivery of the invoice a round waits for (no polling: the client shares the CPUs).
  let waiter: { invoiceId: string; resolve: () => void } | null = null;
  const onMessage = (invoiceId: string | undefined) => {
    if (!invoiceId) return;
    const count = (arrivals.get(invoiceId) ?? 0) + 1;
    arrivals.set(invoiceId, count);
    if (waiter?.invoiceId === invoiceId && count >= opts.subscribers) waiter.resolve();
  };
  const subs =
    opts.side === 'ours'
      ? await subscribeOurs(opts.ports, opts.subscribers, onMessage)
      : await subscribeBaseline(opts.ports[0]!, opts.subscribers, onMessage);
  try {
    const warmups = 2;
    const targets = await createPool(opts.databaseUrl, POOLS.charging, opts.rounds + warmups, [SELLER]);
    const times: number[] = [];
    let missed = 0;
    for (const [index, target] of targets.entries()) {
      let timer: NodeJS.Timeout | undefined;
      const delivered = new Promise<void>((resolve) => {
        waiter = { invoiceId: target.invoiceId!, resolve };
        timer = setTimeout(resolve, 10_000);
      });
      const started = performance.now();
      const accepted = await postWebhook(opts.ports[index % opts.ports.length]!, target.invoiceId!, opts.webhookSecret);
      if (accepted) await delivered;
      const elapsed = performance.now() - started;
      clearTimeout(timer);
      const got = arrivals.get(target.invoiceId!) ?? 0;
      if (index < warmups) continue;
      missed += opts.subscribers - got;
      times.push(elapsed);
      await new Promise((r) => setTimeout(r, 100));
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
    return {
      subscribers: opts.subscribers,
      rounds: times.length,
      p50: at(0.5),
      p99: at(0.99),
      max: at(1),
      missed,
      errorRate: missed / (opts.subscribers * opts.rounds),
    };
  } finally {
    subs.close();
  }
}

async function subscribeOurs(
  ports: number[],
  count: number,
  onMessage: (invoiceId: string | undefined) => void,
): Promise<Subscribers> {
  const clients: Client[] = [];
  const subscribed: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const client = createClient({
      url: `ws://127.0.0.1:${ports[i % ports.length]}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${apiKeySecret(SELLER)}` },
      retryAttempts: 0,
      lazy: false,
    });
    clients.push(client);
    subscribed.push(
      new Promise<void>((resolve, reject) => {
        client.on('connected', () => resolve());
        client.on('error', reject);
      }),
    );
    client.subscribe<{ invoicePaymentStatusChanged: { id: string; paymentStatus: string } }>(
      { query: SUBSCRIPTION },
      {
        next: (value) => {
          const invoice = value.data?.invoicePaymentStatusChanged;
          if (invoice?.paymentStatus === 'PAID') onMessage(invoice.id);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }
  await Promise.all(subscribed);
  // The subscribe message follows the acknowledgement: give the servers a moment to register them all.
  await new Promise((r) => setTimeout(r, 1_000));
  return { close: () => clients.forEach((c) => void c.dispose()) };
}

async function subscribeBaseline(
  port: number,
  count: number,
  onMessage: (invoiceId: string | undefined) => void,
): Promise<Subscribers> {
  const sockets: WebSocket[] = [];
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`);
          sockets.push(socket);
          socket.on('open', () => socket.send(JSON.stringify({ authorization: `Bearer ${apiKeySecret(SELLER)}` })));
          socket.on('error', reject);
          socket.on('message', (data) => {
            const message = JSON.parse(String(data)) as {
              type: string;
              payload?: { data?: { invoicePaymentStatusChanged?: { id: string; paymentStatus: string } } };
            };
            if (message.type === 'connection_ack') return resolve();
            const invoice = message.payload?.data?.invoicePaymentStatusChanged;
            if (invoice?.paymentStatus === 'PAID') onMessage(invoice.id);
          });
        }),
    ),
  );
  return { close: () => sockets.forEach((s) => s.close()) };
}

/** Posts what Stripe posts when a charge succeeds, signed like Stripe signs it. */
async function postWebhook(port: number, invoiceId: string, secret: string): Promise<boolean> {
  const intentId = `pi_benchfan_${invoiceId.replace(/-/g, '')}`;
  const created = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({
    id: `evt_bench_${crypto.randomBytes(12).toString('hex')}`,
    object: 'event',
    type: 'payment_intent.succeeded',
    created,
    livemode: false,
    pending_webhooks: 1,
    request: null,
    data: {
      object: { id: intentId, object: 'payment_intent', status: 'succeeded', metadata: {}, last_payment_error: null },
    },
  });
  const signature = crypto.createHmac('sha256', secret).update(`${created}.${body}`).digest('hex');
  const res = await fetch(`http://127.0.0.1:${port}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': `t=${created},v1=${signature}` },
    body,
  });
  return res.ok;
}
