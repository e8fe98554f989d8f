import { WebhookReceiver } from '@order-desk/testing';
import { graphql, serverFailure, type ApiResponse } from './api';
import { checkInvariants } from './invariants';
import { wsClient } from './isolation';
import { chargeableOrders, settled, shipmentOf } from './storms';
import type { SuiteContext } from './suite-context';

const NOTE = 'mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { userErrors { code } } }';
const REJECT = 'mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { userErrors { code } } }';
const CONFIRM = 'mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { userErrors { code } } }';
const DRAFT =
  'mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } userErrors { code } } }';

/** A masked failure while a dependency is down is clean; a stack trace, SQL text or raw error is not. */
function failedUncleanly(response: ApiResponse): boolean {
  if (response.status === 503) return false;
  const masked = response.body?.errors?.every(
    (e) => e.message === 'Something went wrong on our side. Please try again.',
  );
  return serverFailure(response) !== null && !(masked && !/\n\s+at\s|SELECT|ECONN/.test(response.text));
}

/**
 * Takes each dependency away in turn, under load, and gives it back: the system must answer cleanly
 * meanwhile, recover by itself, and lose or double nothing (emails, webhooks, charges, order changes).
 */
export async function runFaults(ctx: SuiteContext): Promise<void> {
  const receiver = new WebhookReceiver();
  const url = await receiver.start();
  const endpoint = await graphql(
    ctx.env.apiUrl,
    'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { userErrors { code message } } }',
    { input: { url, events: ['ORDER_REJECTED', 'INVOICE_ISSUED', 'INVOICE_PAID', 'INVOICE_PAYMENT_FAILED'] } },
    ctx.a.session,
  );
  if (!/"userErrors":\[\]/.test(endpoint.text)) throw new Error(`webhook endpoint refused: ${endpoint.text}`);
  try {
    const rounds = ctx.mode === 'full' ? 3 : 1;
    for (let round = 0; round < rounds; round++) {
      await postgresRestart(ctx);
      await workerKilled(ctx);
      await stripeTrouble(ctx);
      await redisDown(ctx);
      await smtpDown(ctx);
    }
    await deliveredExactlyOnce(ctx, receiver, url);
    await checkInvariants(ctx, 'faults');
  } finally {
    await receiver.stop();
  }
}

async function pendingOrders(ctx: SuiteContext, count: number): Promise<string[]> {
  const { rows } = await ctx.env.sql.query<{ id: string }>(
    `SELECT id FROM orders WHERE seller_id = $1 AND status = 'PENDING' ORDER BY random() LIMIT $2`,
    [ctx.a.data.sellerId, count],
  );
  return rows.map((r) => r.id);
}

/** Issues an invoice for the order (its card is charged by the worker); the invoice id. */
async function invoice(ctx: SuiteContext, orderId: string): Promise<string> {
  await graphql(
    ctx.env.apiUrl,
    'mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { userErrors { code } } }',
    { input: shipmentOf(orderId) },
    ctx.a.session,
  );
  const draft = await graphql(ctx.env.apiUrl, DRAFT, { input: { orderId } }, ctx.a.session);
  const invoiceId = (draft.body?.data?.createInvoiceDraft as { invoice?: { id: string } } | undefined)?.invoice?.id;
  if (!invoiceId) throw new Error(`createInvoiceDraft failed: ${draft.text}`);
  const confirmed = await graphql(ctx.env.apiUrl, CONFIRM, { input: { invoiceId } }, ctx.a.session);
  if (!/"userErrors":\[\]/.test(confirmed.text)) throw new Error(`confirmInvoice failed: ${confirmed.text}`);
  return invoiceId;
}

/** Keeps a few clients writing notes and reading orders until `stop` resolves; counts unclean answers. */
async function underLoad(ctx: SuiteContext, fault: string, during: () => Promise<void>): Promise<void> {
  const orders = await pendingOrders(ctx, 5);
  let running = true;
  const clients = Array.from({ length: 4 }, async (_, i) => {
    while (running) {
      try {
        const response =
          i % 2
            ? await graphql(
                ctx.env.apiUrl,
                NOTE,
                { input: { orderId: orders[i % orders.length], text: `load during ${fault}` } },
                ctx.a.session,
              )
            : await graphql(
                ctx.env.apiUrl,
                '{ orders(first: 5) { totalCount edges { node { id total { amount } } } } }',
                {},
                ctx.a.session,
              );
        if (failedUncleanly(response))
          ctx.tally.fail('faults', 'serverErrors', `${fault}: ${response.status} ${response.text.slice(0, 200)}`);
      } catch {
        // The connection itself failed: nothing was answered, nothing to judge.
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  try {
    await during();
  } finally {
    running = false;
    await Promise.all(clients);
  }
}

/** Healthy again within the time, and a read and a write both work. */
async function recovered(ctx: SuiteContext, fault: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await fetch(`${ctx.env.apiUrl}/healthz`).catch(() => null);
    const orderId = (await pendingOrders(ctx, 1).catch(() => []))[0];
    const write =
      health?.ok && orderId
        ? await graphql(ctx.env.apiUrl, NOTE, { input: { orderId, text: `after ${fault}` } }, ctx.a.session)
        : null;
    if (write && /"userErrors":\[\]/.test(write.text)) return;
    if (Date.now() > deadline) {
      ctx.tally.fail(
        'faults',
        'losses',
        `${fault}: not recovered after ${timeoutMs / 1000} s (${write?.text.slice(0, 200) ?? 'unhealthy'})`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function postgresRestart(ctx: SuiteContext): Promise<void> {
  ctx.tally.run('faults');
  const [rejected] = await pendingOrders(ctx, 1);
  await underLoad(ctx, 'PostgreSQL restart', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await ctx.env.postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await ctx.env.postgres.start();
  });
  await recovered(ctx, 'PostgreSQL restart');
  // The job queue came back too: a rejection's email goes out.
  await graphql(ctx.env.apiUrl, REJECT, { input: { orderId: rejected, reason: 'OUT_OF_STOCK' } }, ctx.a.session);
  await checkInvariants(ctx, 'faults');
}

async function workerKilled(ctx: SuiteContext): Promise<void> {
  ctx.tally.run('faults');
  // Slow Stripe keeps the charge job running when the worker dies; emails are queued meanwhile.
  ctx.env.stripe.setLatency(2500);
  const orders = await chargeableOrders(ctx, 2);
  const invoices = await Promise.all(orders.map((orderId) => invoice(ctx, orderId)));
  for (const orderId of await pendingOrders(ctx, 3)) {
    await graphql(ctx.env.apiUrl, REJECT, { input: { orderId, reason: 'OUT_OF_TERRITORY' } }, ctx.a.session);
  }
  await new Promise((resolve) => setTimeout(resolve, 1200));
  ctx.env.worker.kill();
  ctx.env.stripe.setLatency(0);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await ctx.env.worker.start();
  await paymentsEndClear(ctx, 'worker killed', invoices);
}

async function stripeTrouble(ctx: SuiteContext): Promise<void> {
  const cases: [string, () => void][] = [
    ['Stripe answering 500', () => ctx.env.stripe.failNextRequests(4, 500)],
    ['Stripe answers lost', () => ctx.env.stripe.loseNextResponses(3)],
    ['Stripe slow', () => ctx.env.stripe.setLatency(3000)],
  ];
  for (const [fault, inject] of cases) {
    ctx.tally.run('faults');
    inject();
    const invoices = await Promise.all((await chargeableOrders(ctx, 2)).map((orderId) => invoice(ctx, orderId)));
    await paymentsEndClear(ctx, fault, invoices);
    ctx.env.stripe.setLatency(0);
  }
}

/** Every invoice's payment ends PAID or FAILED, and PAID exactly when Stripe holds one successful charge for it. */
async function paymentsEndClear(ctx: SuiteContext, fault: string, invoiceIds: string[]): Promise<void> {
  await settled(ctx, 90_000);
  const { rows } = await ctx.env.sql.query<{ id: string; invoice_id: string; status: string }>(
    `SELECT id, invoice_id, status FROM payments WHERE invoice_id = ANY($1)`,
    [invoiceIds],
  );
  const charged = ctx.env.stripe.successfulCharges();
  for (const payment of rows) {
    const charges = charged.filter((c) => (c.metadata as Record<string, string>).paymentId === payment.id).length;
    if (!['PAID', 'FAILED'].includes(payment.status))
      ctx.tally.fail('faults', 'losses', `${fault}: payment ${payment.id} ended ${payment.status}`);
    else if ((payment.status === 'PAID') !== (charges === 1))
      ctx.tally.fail(
        'faults',
        charges > 1 ? 'duplicates' : 'losses',
        `${fault}: payment ${payment.status} with ${charges} charges`,
      );
  }
  if (rows.length < invoiceIds.length)
    ctx.tally.fail('faults', 'losses', `${fault}: an issued card invoice has no payment`);
  await checkInvariants(ctx, 'faults');
}

async function redisDown(ctx: SuiteContext): Promise<void> {
  ctx.tally.run('faults');
  const [orderId] = await pendingOrders(ctx, 1);
  const heard: string[] = [];
  const client = wsClient(ctx.env.apiUrl, ctx.a.session);
  client.subscribe(
    { query: 'subscription($orderId: ID) { orderChanged(orderId: $orderId) { id version } }', variables: { orderId } },
    { next: (value) => void heard.push(JSON.stringify(value.data)), error: () => undefined, complete: () => undefined },
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await ctx.env.redis.stop();
  // Mutations keep working while pub/sub and shared rate budgets are gone.
  const during = await graphql(
    ctx.env.apiUrl,
    NOTE,
    { input: { orderId, text: 'while Redis is down' } },
    ctx.a.session,
  );
  if (!/"userErrors":\[\]/.test(during.text))
    ctx.tally.fail(
      'faults',
      'losses',
      `Redis down: a note was not saved (${during.status} ${during.text.slice(0, 200)})`,
    );
  await ctx.env.redis.start();
  // Subscriptions recover: a change after Redis is back reaches the open subscription.
  const deadline = Date.now() + 30_000;
  let after = heard.length;
  while (Date.now() < deadline && heard.length <= after) {
    after = heard.length;
    await graphql(ctx.env.apiUrl, NOTE, { input: { orderId, text: 'after Redis is back' } }, ctx.a.session);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (heard.length <= after)
    ctx.tally.fail('faults', 'losses', 'Redis back: the open subscription hears nothing any more');
  await client.dispose();
  await recovered(ctx, 'Redis down');
}

async function smtpDown(ctx: SuiteContext): Promise<void> {
  ctx.tally.run('faults');
  await ctx.env.smtp.stop();
  const orders = await pendingOrders(ctx, 2);
  for (const orderId of orders) {
    await graphql(
      ctx.env.apiUrl,
      REJECT,
      { input: { orderId, reason: 'OTHER', message: 'SMTP is down' } },
      ctx.a.session,
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await ctx.env.smtp.start();
}

/**
 * Every email and webhook of the run was delivered: at least once, and a repeat carries the same
 * Message-ID / event id, by which the receiver drops it (the documented at-least-once with dedupe).
 */
async function deliveredExactlyOnce(ctx: SuiteContext, receiver: WebhookReceiver, url: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { rows } = await ctx.env.sql.query<{ pending: string }>(
      `SELECT (SELECT count(*) FROM outbound_emails WHERE status = 'PENDING')
            + (SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING') AS pending`,
    );
    if (Number(rows[0]?.pending) === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const emails = await ctx.env.sql.query<{ id: string; status: string; message_id: string | null }>(
    `SELECT id, status, message_id FROM outbound_emails WHERE created_at >= $1`,
    [ctx.startedAt],
  );
  let repeated = 0;
  for (const email of emails.rows) {
    const copies = ctx.env.mail.messages.filter((m) => m.messageId === email.message_id).length;
    if (email.status !== 'SENT' || copies === 0)
      ctx.tally.fail('faults', 'losses', `email ${email.id} was never delivered (${email.status})`);
    repeated += Math.max(0, copies - 1);
  }
  const deliveries = await ctx.env.sql.query<{ event_id: string; status: string }>(
    `SELECT d.event_id, d.status FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE e.url = $1`,
    [url],
  );
  for (const delivery of deliveries.rows) {
    const copies = receiver.forEvent(delivery.event_id).length;
    if (delivery.status !== 'SUCCEEDED' || copies === 0)
      ctx.tally.fail('faults', 'losses', `webhook event ${delivery.event_id} was never delivered (${delivery.status})`);
    repeated += Math.max(0, copies - 1);
  }
  process.stdout.write(
    `faults: ${emails.rows.length} emails and ${deliveries.rows.length} webhooks delivered; ${repeated} repeats, each with the same Message-ID / event id (deduped by the receiver)\n`,
  );
}
