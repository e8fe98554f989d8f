import crypto from 'node:crypto';
import { ApiKeyScope } from '../auth/api-key-scope';
import type { UserViewer, Viewer } from '../auth/viewer';
import { DECLINING_CARDS } from '../db/seed/demo-data';
import { CancellationReason } from '../order-engine/cancellation-reason';
import { TermsPaymentMethod } from './terms-payment-method';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * A randomized sequence of 500 edits, invoices, payments and cancellations on a dozen accepted orders,
 * card and terms. After every operation the money must add up: documents against orders, payments
 * against invoices, refunds against credit notes and against what Stripe actually refunded, and the
 * invoice and credit note numbers gapless.
 */
const OPERATIONS = 500;
const SKUS = ['CSC-08', 'CSC-12', 'WFC-08', 'SSD-100', 'WFC-12'];

let app: TestApp;
let viewer: Viewer;

beforeAll(async () => {
  // Charges and refunds are run by the test itself after each operation, so every check sees them settled.
  app = await startTestApp({ config: { runWorker: false } });
  const [user] = await sql<Omit<UserViewer, 'kind' | 'sessionId' | 'scopes'>>(
    `SELECT u.id AS "userId", u.seller_id AS "sellerId", u.role, u.name, u.email FROM seller_users u
      WHERE u.email = 'owner@demo-brand.test'`,
  );
  viewer = { ...user!, kind: 'USER', sessionId: crypto.randomUUID(), scopes: new Set(Object.values(ApiKeyScope)) };
});
afterAll(() => app.close());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  app.db.dataSource.query(text, params) as Promise<T[]>;

/** A deterministic generator, so a failure replays. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

async function newAcceptedOrders(count: number): Promise<string[]> {
  const buyers = await sql<{ buyer_id: string; method: string }>(
    `SELECT b.id AS buyer_id, b.default_payment_method AS method FROM buyers b
       JOIN customers c ON c.buyer_id = b.id AND c.seller_id = $1
      WHERE b.company_name <> ALL($2::text[]) ORDER BY b.company_name`,
    [viewer.sellerId, Object.keys(DECLINING_CARDS)],
  );
  const card = buyers.filter((b) => b.method === 'CARD');
  const terms = buyers.filter((b) => b.method === 'TERMS');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const buyer = (i % 2 === 0 ? card : terms)[i % 3]!;
    const { id } = await app.app.services.orderIntake.placeOrder({
      sellerId: viewer.sellerId,
      buyerId: buyer.buyer_id,
      lines: [
        { sku: SKUS[i % SKUS.length]!, quantity: 3 + i },
        { sku: SKUS[(i + 1) % SKUS.length]!, quantity: 2 },
      ],
    });
    expect((await app.app.services.orderReview.accept(viewer, { orderId: id })).userErrors).toEqual([]);
    const shipped = await app.app.services.shipments.save(viewer, {
      orderId: id,
      carrier: 'UPS',
      trackingNumbers: ['1Z'],
      shippedOn: new Date().toISOString().slice(0, 10),
      shippingCost: 1000 + i * 100,
    });
    expect(shipped.userErrors).toEqual([]);
    ids.push(id);
  }
  return ids;
}

/** Runs the charges and refunds the operation queued, as the worker would. */
async function settleJobs(): Promise<void> {
  for (const { id } of await sql<{ id: string }>(`SELECT id FROM payments WHERE status = 'PROCESSING'`)) {
    await app.app.services.cardPayments.charge(id);
  }
  for (const { id } of await sql<{ id: string }>(`SELECT id FROM refund_attempts WHERE status = 'PENDING'`)) {
    await app.app.services.refunds.refund(id, { finalTry: true });
  }
}

async function checkMoney(orderIds: string[], step: string): Promise<void> {
  const orders = await sql<{
    id: string;
    status: string;
    total: string;
    lines_and_shipping: string;
    issued: string;
    credited: string;
    paid: string;
    paid_invoices: string;
    open_invoices: string;
    refunded: string;
    payment_status: string;
  }>(
    `SELECT o.id, o.status, o.total_amount AS total, o.payment_status,
            (SELECT coalesce(sum(line_total_amount), 0) FROM order_items WHERE order_id = o.id) + o.shipping_amount
              AS lines_and_shipping,
            (SELECT coalesce(sum(total_amount), 0) FROM invoices WHERE order_id = o.id AND status = 'ISSUED') AS issued,
            (SELECT coalesce(sum(total_amount), 0) FROM credit_notes WHERE order_id = o.id) AS credited,
            (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p JOIN invoices i ON i.id = p.invoice_id
              WHERE i.order_id = o.id AND p.status IN ('PAID', 'REFUNDED')) AS paid,
            (SELECT coalesce(sum(total_amount), 0) FROM invoices WHERE order_id = o.id AND status = 'ISSUED'
               AND payment_status IN ('PAID', 'REFUNDED')) AS paid_invoices,
            (SELECT coalesce(sum(total_amount), 0) FROM invoices WHERE order_id = o.id AND status = 'ISSUED'
               AND payment_status NOT IN ('PAID', 'REFUNDED')) AS open_invoices,
            (SELECT coalesce(sum(amount_minor), 0) FROM refunds WHERE order_id = o.id) AS refunded
       FROM orders o WHERE o.id = ANY($1::uuid[])`,
    [orderIds],
  );
  for (const o of orders) {
    const [total, issued, credited, paid, refunded] = [o.total, o.issued, o.credited, o.paid, o.refunded].map(Number);
    const context = `${step}, order ${o.id}`;
    expect([context, Number(o.lines_and_shipping)]).toEqual([context, total]);
    const netBilled = issued! - credited!;
    // What the documents bill never exceeds the order; a cancelled order bills nothing.
    expect([context, netBilled <= (o.status === 'CANCELLED' ? 0 : total!), netBilled >= 0]).toEqual([
      context,
      true,
      true,
    ]);
    // Every paid invoice was paid once; every credit note is paid back in full.
    expect([context, paid]).toEqual([context, Number(o.paid_invoices)]);
    expect([context, refunded]).toEqual([context, credited]);
    // Invoices minus credit notes minus (payments less refunds) is what the buyer still owes.
    expect([context, issued! - credited! - (paid! - refunded!)]).toEqual([context, Number(o.open_invoices)]);
  }
  const overRefunded = await sql(
    `SELECT p.id FROM payments p JOIN refunds r ON r.payment_id = p.id GROUP BY p.id HAVING sum(r.amount_minor) > p.amount_minor`,
  );
  expect([step, overRefunded]).toEqual([step, []]);
  // What Stripe refunded is exactly what our succeeded card refunds say, payment by payment.
  const cardRefunds = await sql<{ intent: string; ours: string }>(
    `SELECT p.stripe_payment_intent_id AS intent,
            coalesce(sum(r.amount_minor) FILTER (WHERE r.status = 'SUCCEEDED'), 0) AS ours
       FROM payments p JOIN refunds r ON r.payment_id = p.id WHERE r.method = 'CARD' GROUP BY p.id`,
  );
  for (const { intent, ours } of cardRefunds) {
    const atStripe = (await app.stripe.stripe.refunds.list({ payment_intent: intent, limit: 100 })).data;
    expect([step, intent, atStripe.reduce((sum, r) => sum + r.amount, 0)]).toEqual([step, intent, Number(ours)]);
  }
  for (const [table, kind] of [
    ['invoices', 'INVOICE_NUMBER'],
    ['credit_notes', 'CREDIT_NOTE_NUMBER'],
  ] as const) {
    const [series] = await sql<{ count: number; max: number | null; next: number; first: number | null }>(
      `SELECT count(t.number)::int AS count, max(t.number) AS max, min(t.number) AS first,
              (SELECT next_value FROM seller_counters WHERE seller_id = $1 AND kind = $2) AS next
         FROM ${table} t WHERE t.seller_id = $1 AND t.number IS NOT NULL`,
      [viewer.sellerId, kind],
    );
    // Numbers are unique (a constraint), so count = max - min + 1 means no gap; the counter is one past.
    expect([step, table, series!.count === 0 || series!.count === series!.max! - series!.first! + 1]).toEqual([
      step,
      table,
      true,
    ]);
    expect([step, table, series!.next]).toEqual([step, table, (series!.max ?? 0) + 1]);
  }
}

it(`keeps the money adding up through ${OPERATIONS} random edits, invoices, payments and cancellations`, async () => {
  const rnd = random(20261126);
  const orderIds = await newAcceptedOrders(12);
  const variants = await sql<{ id: string }>(
    `SELECT id FROM product_variants WHERE seller_id = $1 AND sku = ANY($2::text[])`,
    [viewer.sellerId, SKUS],
  );
  const services = app.app.services;
  const tally: Record<string, number> = {};
  const count = (what: string) => (tally[what] = (tally[what] ?? 0) + 1);

  for (let step = 0; step < OPERATIONS; step++) {
    const orderId = rnd.pick(orderIds);
    const items = await sql<{ id: string }>(`SELECT id FROM order_items WHERE order_id = $1`, [orderId]);
    const roll = rnd.int(1, 100);
    let outcome: { userErrors: { code: string }[] };
    let name: string;
    if (roll <= 55) {
      name = 'edit';
      const line = rnd.pick(items);
      outcome = await services.orderEdits.edit(viewer, {
        orderId,
        quantities: rnd.chance(0.7) ? [{ orderItemId: line.id, quantity: rnd.int(1, 15) }] : null,
        removeItemIds:
          rnd.chance(0.15) && items.length > 1 ? [rnd.pick(items.filter((i) => i.id !== line.id)).id] : null,
        addItems: rnd.chance(0.3) ? [{ variantId: rnd.pick(variants).id, quantity: rnd.int(1, 4) }] : null,
        shippingCost: rnd.chance(0.2) ? rnd.int(0, 3000) : null,
        preview: rnd.chance(0.1),
      });
    } else if (roll <= 80) {
      name = 'invoice';
      const draft = await services.invoices.createDraft(viewer, { orderId });
      outcome = draft.value ? await services.invoices.confirm(viewer, { invoiceId: draft.value.invoice.id }) : draft;
    } else if (roll <= 95) {
      name = 'mark paid';
      const [open] = await sql<{ id: string }>(
        `SELECT id FROM invoices WHERE order_id = $1 AND status = 'ISSUED' AND payment_method = 'TERMS'
            AND payment_status = 'UNPAID' LIMIT 1`,
        [orderId],
      );
      outcome = open
        ? await services.invoicePayments.markPaid(viewer, {
            invoiceId: open.id,
            method: TermsPaymentMethod.WIRE,
            reference: `W-${step}`,
            paidAt: new Date().toISOString().slice(0, 10),
          })
        : { userErrors: [{ code: 'NOTHING_TO_PAY' }] };
    } else {
      name = 'cancel';
      outcome = await services.orderCancellations.cancel(viewer, {
        orderId,
        reason: rnd.pick(Object.values(CancellationReason).filter((r) => r !== CancellationReason.OTHER)),
        restock: rnd.chance(0.5),
        acknowledgeShipped: true,
        preview: rnd.chance(0.2),
      });
    }
    count(outcome.userErrors.length === 0 ? name : `${name} refused (${outcome.userErrors[0]!.code})`);
    await settleJobs();
    await checkMoney(orderIds, `step ${step} (${name})`);
  }
  // The sequence must have exercised every path, not just refusals.
  expect(Object.keys(tally)).toEqual(expect.arrayContaining(['edit', 'invoice', 'mark paid', 'cancel']));
  const [made] = await sql<{ credit_notes: number; refunds: number }>(
    `SELECT (SELECT count(*)::int FROM credit_notes WHERE order_id = ANY($1::uuid[])) AS credit_notes,
            (SELECT count(*)::int FROM refunds WHERE order_id = ANY($1::uuid[])) AS refunds`,
    [orderIds],
  );
  expect(made!.credit_notes).toBeGreaterThan(5);
  expect(made!.refunds).toBeGreaterThan(5);
}, 300_000);
