import { createApiKey, graphql, serverFailure, type Credentials } from './api';
import { checkInvariants } from './invariants';
import type { SuiteContext } from './suite-context';

/** Buyers whose demo cards are declined (README): their invoices fail, which is not what a charge storm needs. */
const DECLINING_BUYERS = [
  'Fernwood General Store',
  'Bramble & Birch',
  'Prairie Rose Market',
  'Hudson Valley Provisions',
];

const MUTATIONS = {
  split: 'mutation($input: SplitOrderInput!) { splitOrder(input: $input) { userErrors { code } } }',
  quantity:
    'mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { userErrors { code } } }',
  remove: 'mutation($input: RemoveOrderItemInput!) { removeOrderItem(input: $input) { userErrors { code } } }',
  accept: 'mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { userErrors { code } } }',
  reject: 'mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { userErrors { code } } }',
  draft: 'mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { userErrors { code } } }',
  confirm: 'mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { userErrors { code } } }',
  retry: 'mutation($input: RetryInvoicePaymentInput!) { retryInvoicePayment(input: $input) { userErrors { code } } }',
  cancel: 'mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { userErrors { code } } }',
  edit: 'mutation($input: EditOrderInput!) { editOrder(input: $input) { userErrors { code } } }',
  ship: 'mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { userErrors { code } } }',
} as const;

/** Shipment info as the Shipping tab saves it (an invoice needs one first). */
export const shipmentOf = (orderId: string) => ({
  orderId,
  carrier: 'UPS',
  trackingNumbers: ['1Z999AA10123456784'],
  shippedOn: new Date().toISOString().slice(0, 10),
  shippingCost: 1500,
});

type Op = { name: keyof typeof MUTATIONS; input: Record<string, unknown> } | null;
type Storm = { name: string; targets: string[]; nextOp: (orderId: string) => Promise<Op> };

const random = <T>(values: T[]): T | undefined => values[Math.floor(Math.random() * values.length)];

/**
 * Many clients at once sending conflicting changes to the same few orders; afterwards the
 * invariants must hold (see invariants.ts). Half the clients are the seller's users, half an API key.
 */
export async function runStorms(ctx: SuiteContext): Promise<void> {
  const scale =
    ctx.mode === 'full'
      ? { storms: 4, orders: 8, clients: 24, ops: 40 }
      : { storms: 1, orders: 4, clients: 8, ops: 25 };
  const key: Credentials = {
    apiKey: await createApiKey(ctx.env.apiUrl, ctx.a.session, ['ORDERS_WRITE', 'INVOICES_WRITE', 'PAYMENTS_WRITE']),
  };
  const clients = Array.from({ length: scale.clients }, (_, i) => (i % 2 ? key : ctx.a.session));
  const outcomes = new Map<string, number>();
  for (let round = 0; round < scale.storms; round++) {
    for (const storm of [await reviewStorm(ctx, scale.orders), await invoicingStorm(ctx, scale.orders)]) {
      ctx.tally.run('storms');
      await Promise.all(
        clients.map(async (credentials) => {
          for (let i = 0; i < scale.ops; i++) {
            const op = await storm.nextOp(random(storm.targets)!);
            if (!op) continue;
            const response = await graphql(ctx.env.apiUrl, MUTATIONS[op.name], { input: op.input }, credentials);
            const code = /"code":"([A-Z_]+)"/.exec(response.text)?.[1] ?? 'OK';
            outcomes.set(`${op.name} ${code}`, (outcomes.get(`${op.name} ${code}`) ?? 0) + 1);
            const failure = serverFailure(response);
            if (failure)
              ctx.tally.fail(
                'storms',
                'serverErrors',
                `${storm.name} ${op.name}: ${failure} ${response.text.slice(0, 160)}`,
              );
          }
        }),
      );
      await settled(ctx);
      await checkInvariants(ctx, 'storms');
    }
  }
  const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
  const breakdown = [...outcomes]
    .sort()
    .map(([outcome, n]) => `${outcome} ${n}`)
    .join(', ');
  process.stdout.write(
    `storms: ${total} conflicting operations (${breakdown}); ${ctx.env.stripe.successfulCharges().length} successful charges in all\n`,
  );
}

/** Pending orders being split, edited, accepted and rejected at once (split-off orders join the storm). */
async function reviewStorm(ctx: SuiteContext, count: number): Promise<Storm> {
  const { rows } = await ctx.env.sql.query<{ id: string }>(
    `SELECT o.id FROM orders o WHERE o.seller_id = $1 AND o.status = 'PENDING' AND o.customer_id IS NOT NULL
        AND (SELECT count(*) FROM order_items i WHERE i.order_id = o.id) >= 3
      ORDER BY random() LIMIT $2`,
    [ctx.a.data.sellerId, count],
  );
  const targets = rows.map((r) => r.id);
  return {
    name: 'order review',
    targets,
    nextOp: async (orderId) => {
      const items = await itemsOf(ctx, orderId);
      const children = await ctx.env.sql.query<{ id: string }>(`SELECT id FROM orders WHERE parent_order_id = $1`, [
        orderId,
      ]);
      for (const child of children.rows) if (!targets.includes(child.id)) targets.push(child.id);
      const item = random(items);
      if (!item) return null;
      const choice = Math.random();
      if (choice < 0.25)
        return { name: 'split', input: { orderId, itemIds: items.slice(0, Math.max(1, items.length - 1)) } };
      if (choice < 0.5)
        return { name: 'quantity', input: { orderItemId: item, quantity: 1 + Math.floor(Math.random() * 40) } };
      if (choice < 0.65) return { name: 'remove', input: { orderItemId: item } };
      if (choice < 0.9) return { name: 'accept', input: { orderId } };
      return { name: 'reject', input: { orderId, reason: 'OUT_OF_STOCK' } };
    },
  };
}

/** Accepted card orders being invoiced, confirmed twice, retried, edited and cancelled at once. */
async function invoicingStorm(ctx: SuiteContext, count: number): Promise<Storm> {
  return {
    name: 'invoicing',
    targets: await chargeableOrders(ctx, count),
    nextOp: async (orderId) => {
      const invoices = await ctx.env.sql.query<{ id: string; status: string }>(
        `SELECT id, status FROM invoices WHERE order_id = $1 AND status <> 'VOID' ORDER BY created_at DESC`,
        [orderId],
      );
      const shipped = await ctx.env.sql.query(`SELECT 1 FROM shipments WHERE order_id = $1`, [orderId]);
      if (!shipped.rowCount && Math.random() < 0.7) return { name: 'ship', input: shipmentOf(orderId) };
      const draft = invoices.rows.find((i) => i.status === 'DRAFT');
      const issued = invoices.rows.find((i) => i.status === 'ISSUED');
      const choice = Math.random();
      if (choice < 0.2) return { name: 'draft', input: { orderId } };
      if (choice < 0.55 && draft) return { name: 'confirm', input: { invoiceId: draft.id } };
      if (choice < 0.7 && issued) return { name: 'retry', input: { invoiceId: issued.id } };
      if (choice < 0.85) {
        const item = random(await itemsOf(ctx, orderId));
        return item
          ? {
              name: 'edit',
              input: { orderId, quantities: [{ orderItemId: item, quantity: 1 + Math.floor(Math.random() * 5) }] },
            }
          : null;
      }
      if (choice < 0.95)
        return { name: 'cancel', input: { orderId, reason: 'BUYER_REQUEST', restock: Math.random() < 0.5 } };
      return draft ? { name: 'confirm', input: { invoiceId: draft.id } } : { name: 'draft', input: { orderId } };
    },
  };
}

/** Accepted card orders of buyers whose cards work, not yet invoiced: each gives one fresh charge. */
export async function chargeableOrders(ctx: SuiteContext, count: number): Promise<string[]> {
  const { rows } = await ctx.env.sql.query<{ id: string }>(
    `SELECT o.id FROM orders o WHERE o.seller_id = $1 AND o.status = 'ACCEPTED' AND o.payment_method = 'CARD'
        AND o.buyer_name <> ALL($3) AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id)
      ORDER BY random() LIMIT $2`,
    [ctx.a.data.sellerId, count, DECLINING_BUYERS],
  );
  return rows.map((r) => r.id);
}

async function itemsOf(ctx: SuiteContext, orderId: string): Promise<string[]> {
  const { rows } = await ctx.env.sql.query<{ id: string }>(
    `SELECT id FROM order_items WHERE order_id = $1 ORDER BY position`,
    [orderId],
  );
  return rows.map((r) => r.id);
}

/** Waits until no card payment or refund is still on its way (the worker finishes them). */
export async function settled(ctx: SuiteContext, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await ctx.env.sql.query<{ busy: string }>(
      `SELECT (SELECT count(*) FROM payments WHERE status = 'PROCESSING') + (SELECT count(*) FROM refunds WHERE status = 'PENDING') AS busy`,
    );
    if (Number(rows[0]?.busy) === 0) return;
    if (Date.now() > deadline) {
      ctx.tally.fail(
        'storms',
        'losses',
        `${rows[0]?.busy} payments or refunds still in progress after ${timeoutMs / 1000} s`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
