// The state machine's module registers GraphQL enums, which needs the metadata polyfill loaded first.
import 'reflect-metadata';
import { ORDER_TRANSITIONS } from '@order-desk/server/order-rules';
import type { Part, Tally } from './tally';
import type { SuiteContext } from './suite-context';

/** The timeline events that change an order's status, and the status they lead to. */
const STATUS_EVENTS: Record<string, string> = {
  ORDER_ACCEPTED: 'ACCEPTED',
  ORDER_REJECTED: 'REJECTED',
  ORDER_CANCELLED: 'CANCELLED',
};

const ALLOWED = new Set(
  Object.values(ORDER_TRANSITIONS).flatMap((t) => (t.to ? t.from.map((from) => `${from}->${t.to}`) : [])),
);

type Check = { kind: Parameters<Tally['fail']>[1]; what: string; sql: string };

/** Each query returns one row per violation, with a `detail` column. */
const CHECKS: Check[] = [
  {
    kind: 'losses',
    what: "an order's subtotal is not the sum of its lines, or its total not subtotal + shipping",
    sql: `SELECT o.number AS detail FROM orders o
            LEFT JOIN (SELECT order_id, sum(line_total_amount) AS lines FROM order_items GROUP BY order_id) i ON i.order_id = o.id
           WHERE o.seller_id = $1 AND (o.subtotal_amount <> coalesce(i.lines, 0) OR o.total_amount <> o.subtotal_amount + o.shipping_amount)`,
  },
  {
    kind: 'losses',
    what: 'an order has no items left',
    sql: `SELECT o.number AS detail FROM orders o WHERE o.seller_id = $1
             AND NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)`,
  },
  {
    kind: 'duplicates',
    what: 'an order changed status twice the same way (double accept, reject or cancel)',
    sql: `SELECT order_id || ' ' || type AS detail FROM order_events
           WHERE seller_id = $1 AND type IN ('ORDER_ACCEPTED', 'ORDER_REJECTED', 'ORDER_CANCELLED')
           GROUP BY order_id, type HAVING count(*) > 1`,
  },
  {
    kind: 'duplicates',
    what: 'invoice numbers are not unique and gapless',
    sql: `SELECT number_prefix || ':' || count(*) || ' numbers from ' || min(number) || ' to ' || max(number) AS detail
            FROM invoices WHERE seller_id = $1 AND number IS NOT NULL GROUP BY number_prefix
          HAVING count(*) <> count(DISTINCT number) OR max(number) - min(number) + 1 <> count(*)`,
  },
  {
    kind: 'duplicates',
    what: 'credit-note numbers are not unique and gapless',
    sql: `SELECT number_prefix || ':' || count(*) || ' numbers from ' || min(number) || ' to ' || max(number) AS detail
            FROM credit_notes WHERE seller_id = $1 GROUP BY number_prefix
          HAVING count(*) <> count(DISTINCT number) OR max(number) - min(number) + 1 <> count(*)`,
  },
  {
    kind: 'duplicates',
    what: 'an invoice has more than one paid payment',
    sql: `SELECT invoice_id AS detail FROM payments WHERE seller_id = $1 AND status = 'PAID'
           GROUP BY invoice_id HAVING count(*) > 1`,
  },
  {
    kind: 'duplicates',
    what: 'refunds exceed the payment they return',
    sql: `SELECT p.id AS detail FROM payments p JOIN refunds r ON r.payment_id = p.id
           WHERE p.seller_id = $1 AND r.status <> 'FAILED'
           GROUP BY p.id, p.amount_minor HAVING sum(r.amount_minor) > p.amount_minor`,
  },
  {
    kind: 'losses',
    what: 'stock on hand is negative',
    sql: `SELECT sku AS detail FROM product_variants WHERE seller_id = $1 AND stock_on_hand < 0`,
  },
];

/**
 * The invariants of the seller's data, in SQL, plus the Stripe stand-in's view of the charges: run
 * after every storm and fault. Each violation is recorded against `part`.
 */
export async function checkInvariants(ctx: SuiteContext, part: Part, sellerId = ctx.a.data.sellerId): Promise<void> {
  const { env, tally } = ctx;
  for (const check of CHECKS) {
    const { rows } = await env.sql.query<{ detail: string }>(check.sql, [sellerId]);
    for (const row of rows.slice(0, 5)) tally.fail(part, check.kind, `${check.what}: ${row.detail}`);
  }
  await checkTimelines(ctx, part, sellerId);
  checkCharges(ctx, part);
}

/**
 * Replays each order's timeline: every status change must be a transition of the state machine. An
 * order split off another starts in the status its parent had at the split (recursively).
 */
async function checkTimelines(ctx: SuiteContext, part: Part, sellerId: string): Promise<void> {
  type Row = {
    id: string;
    parent: string | null;
    number: number;
    status: string;
    events: { type: string; seq: number }[];
  };
  const { rows } = await ctx.env.sql.query<Row>(
    `SELECT o.id, o.parent_order_id AS parent, o.number, o.status,
            coalesce(json_agg(json_build_object('type', e.type, 'seq', e.seq) ORDER BY e.seq)
              FILTER (WHERE e.id IS NOT NULL), '[]') AS events
       FROM orders o LEFT JOIN order_events e ON e.order_id = o.id
      WHERE o.seller_id = $1 GROUP BY o.id`,
    [sellerId],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replay = (order: Row, until: number, report: boolean): string => {
    const parent = order.parent ? byId.get(order.parent) : undefined;
    let status = parent ? replay(parent, Number(order.events[0]?.seq ?? until), false) : 'PENDING';
    for (const event of order.events) {
      const next = STATUS_EVENTS[event.type];
      if (!next || Number(event.seq) >= until) continue;
      if (report && !ALLOWED.has(`${status}->${next}`))
        ctx.tally.fail(part, 'losses', `order ${order.number}: ${status} -> ${next} is not an allowed transition`);
      status = next;
    }
    return status;
  };
  for (const order of rows) {
    const status = replay(order, Number.MAX_SAFE_INTEGER, true);
    if (status !== order.status)
      ctx.tally.fail(part, 'losses', `order ${order.number} is ${order.status} but its timeline ends ${status}`);
  }
}

/** At most one successful charge per payment attempt; refunds within what was charged (Stripe's view). */
function checkCharges(ctx: SuiteContext, part: Part): void {
  const byAttempt = new Map<string, number>();
  for (const intent of ctx.env.stripe.successfulCharges()) {
    const paymentId = (intent.metadata as Record<string, string> | undefined)?.paymentId ?? String(intent.id);
    byAttempt.set(paymentId, (byAttempt.get(paymentId) ?? 0) + 1);
  }
  for (const [paymentId, count] of byAttempt) {
    if (count > 1) ctx.tally.fail(part, 'duplicates', `payment ${paymentId} was charged ${count} times`);
  }
}
