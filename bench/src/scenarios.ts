import { randomUUID } from 'node:crypto';
import { apiKeySecret, READ_SELLER, WRITE_SELLERS } from './dataset';
import type { NextRequest, Side } from './load';
import { ORDER_DETAILS_PAGE } from './order-details-document';
import { ORDERS_PAGE } from './orders-page-document';
import { createPool, POOLS, settleWrittenTables, type Target } from './pools';

export type ScenarioContext = {
  databaseUrl: string;
  largeOrderIds: string[];
  depthCursor: string;
  listStatus: string;
  searchText: string;
};

export type Scenario = {
  name: string;
  kind: 'read' | 'write';
  /** Fresh targets for one side: called before the warmup (warmup = true) and before the measurement. */
  prepare: (side: Side, ctx: ScenarioContext, count: number, warmup: boolean) => Promise<() => NextRequest>;
};

const auth = (seller: number) => ({
  authorization: `Bearer ${apiKeySecret(seller)}`,
  'content-type': 'application/json',
});

const graphql = (seller: number, query: string, variables: Record<string, unknown>): NextRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: auth(seller),
  body: JSON.stringify({ query, variables }),
});
const rest = (seller: number, method: 'GET' | 'POST', path: string, body?: unknown): NextRequest => ({
  method,
  path,
  headers: auth(seller),
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

const withKey = (request: NextRequest): NextRequest =>
  'headers' in request ? { ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } } : request;

// The same fields on both sides: the partner examples of a list and a details query.
const SUMMARY = `id number buyerName status paymentStatus placedAt itemCount total { amount currency }`;
const CHANGED = `${SUMMARY} version subtotal { amount currency }`;
const ERRORS = `userErrors { code field message }`;
const LIST = `query BenchOrders($status: OrderStatus, $search: String, $after: String) {
  orders(first: 50, after: $after, filter: { status: $status, search: $search }) {
    edges { cursor node { ${SUMMARY} } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const DETAILS = `query BenchOrder($id: ID!) {
  order(id: $id) {
    ${CHANGED} shipping { amount currency }
    shippingAddress { name line1 city postalCode country }
    items { id sku productName quantity unitPrice { amount currency } lineTotal { amount currency } stockOnHand }
    events { type summary createdAt actor { type name } }
  }
}`;
const UPDATE_QUANTITY = `mutation BenchQuantity($input: UpdateOrderItemQuantityInput!) {
  updateOrderItemQuantity(input: $input) { order { ${CHANGED} } orderItem { id quantity lineTotal { amount currency } } ${ERRORS} }
}`;
const SPLIT = `mutation BenchSplit($input: SplitOrderInput!) {
  splitOrder(input: $input) { order { ${CHANGED} } newOrder { ${CHANGED} } ${ERRORS} }
}`;
const ACCEPT = `mutation BenchAccept($input: AcceptOrderInput!) {
  acceptOrder(input: $input) { order { ${CHANGED} } customer { id name } ${ERRORS} }
}`;
const CONFIRM = `mutation BenchConfirm($input: ConfirmInvoiceInput!) {
  confirmInvoice(input: $input) { invoice { id number status paymentStatus total { amount currency } } order { ${CHANGED} } ${ERRORS} }
}`;

function listScenario(
  name: string,
  vars: (ctx: ScenarioContext) => { status?: string; search?: string; after?: string },
): Scenario {
  return {
    name,
    kind: 'read',
    prepare: async (side, ctx) => {
      const v = vars(ctx);
      const query = new URLSearchParams({ first: '50', ...v });
      return () =>
        side === 'ours' ? graphql(READ_SELLER, LIST, v) : rest(READ_SELLER, 'GET', `/orders?${query.toString()}`);
    },
  };
}

/**
 * A measured window's targets: the scenario's own, then, for a write, its tables settled
 * (settleWrittenTables), so that no window of either side starts with an autovacuum due.
 */
export async function prepareWindow(
  scenario: Scenario,
  side: Side,
  ctx: ScenarioContext,
  count: number,
): Promise<() => NextRequest> {
  const next = await scenario.prepare(side, ctx, count, false);
  if (scenario.kind === 'write') await settleWrittenTables(ctx.databaseUrl);
  return next;
}

/** Hands out each fresh target once; then tells the load generator to stop. */
function once(targets: Target[], request: (t: Target) => NextRequest): () => NextRequest {
  let i = 0;
  return () => (i < targets.length ? request(targets[i++]!) : { done: true });
}

function writeScenario(
  name: string,
  pool: (typeof POOLS)[keyof typeof POOLS],
  ours: (t: Target) => NextRequest,
  baseline: (t: Target) => NextRequest,
): Scenario {
  return {
    name,
    kind: 'write',
    prepare: async (side, ctx, count) =>
      once(await createPool(ctx.databaseUrl, pool, count), side === 'ours' ? ours : baseline),
  };
}

/** Quantity updates cycle over a few 200-line orders per side, each item alternating between two values. */
const quantityPools = new Map<Side, { targets: Target[]; next: number }>();
const quantityScenario: Scenario = {
  name: 'update quantity (200-item order)',
  kind: 'write',
  prepare: async (side, ctx) => {
    if (!quantityPools.has(side)) {
      quantityPools.set(side, {
        targets: await createPool(ctx.databaseUrl, POOLS.quantity, WRITE_SELLERS.length * 8),
        next: 0,
      });
    }
    const pool = quantityPools.get(side)!;
    const n = pool.targets.length;
    return () => {
      const i = pool.next++;
      const target = pool.targets[i % n]!;
      const itemId = target.itemIds[Math.floor(i / n) % target.itemIds.length]!;
      // Pool items start at 10: 11, 12, 11, 12… each request on an item changes it.
      const quantity = 11 + (Math.floor(i / (n * target.itemIds.length)) % 2);
      return side === 'ours'
        ? graphql(target.seller, UPDATE_QUANTITY, { input: { orderItemId: itemId, quantity } })
        : rest(target.seller, 'POST', '/order-items/quantity', { orderItemId: itemId, quantity });
    };
  },
};

export const SCENARIOS: Scenario[] = [
  listScenario('orders list, first page (status filter)', (ctx) => ({ status: ctx.listStatus })),
  listScenario('orders list, page at 90% depth', (ctx) => ({ status: ctx.listStatus, after: ctx.depthCursor })),
  listScenario('orders search (buyer name)', (ctx) => ({ search: ctx.searchText })),
  {
    name: 'order details (200 items)',
    kind: 'read',
    prepare: async (side, ctx) => {
      let i = 0;
      return () => {
        const id = ctx.largeOrderIds[i++ % ctx.largeOrderIds.length]!;
        return side === 'ours' ? graphql(READ_SELLER, DETAILS, { id }) : rest(READ_SELLER, 'GET', `/orders/${id}`);
      };
    },
  },
  {
    name: 'dashboard Orders page (counts, badges)',
    kind: 'read',
    prepare: async (side, ctx) => {
      const variables = {
        first: 25,
        filter: { status: ctx.listStatus },
        countsFilter: {},
        withCounts: true,
      };
      const query = new URLSearchParams({ first: '25', status: ctx.listStatus });
      return () =>
        side === 'ours'
          ? graphql(READ_SELLER, ORDERS_PAGE, variables)
          : rest(READ_SELLER, 'GET', `/dashboard/orders?${query.toString()}`);
    },
  },
  {
    name: 'dashboard Order Details page (200 items)',
    kind: 'read',
    prepare: async (side, ctx) => {
      let i = 0;
      return () => {
        const id = ctx.largeOrderIds[i++ % ctx.largeOrderIds.length]!;
        return side === 'ours'
          ? graphql(READ_SELLER, ORDER_DETAILS_PAGE, { id })
          : rest(READ_SELLER, 'GET', `/dashboard/orders/${id}`);
      };
    },
  },
  quantityScenario,
  writeScenario(
    'split',
    POOLS.split,
    (t) => graphql(t.seller, SPLIT, { input: { orderId: t.orderId, itemIds: [t.itemIds[0]] } }),
    (t) => rest(t.seller, 'POST', '/orders/split', { orderId: t.orderId, itemIds: [t.itemIds[0]] }),
  ),
  writeScenario(
    'accept',
    POOLS.accept,
    (t) => graphql(t.seller, ACCEPT, { input: { orderId: t.orderId } }),
    (t) => rest(t.seller, 'POST', '/orders/accept', { orderId: t.orderId }),
  ),
  writeScenario(
    'confirm invoice',
    POOLS.confirm,
    // Confirming moves money: partners send an Idempotency-Key, a new one per request.
    (t) => withKey(graphql(t.seller, CONFIRM, { input: { invoiceId: t.invoiceId } })),
    (t) => withKey(rest(t.seller, 'POST', '/invoices/confirm', { invoiceId: t.invoiceId })),
  ),
];

/**
 * An answer is correct when it has data, no GraphQL errors, its first field (what the page or the
 * change is about) is not null, and no user errors. (Later fields may be null: the Order Details
 * page's `mailCatcherUrl` is, in production.)
 */
export function answerOk(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (parsed.errors?.length || !parsed.data) return false;
    return Object.values(parsed.data).every((value, index) => {
      if (value === null) return index > 0;
      const errors = (value as { userErrors?: unknown[] }).userErrors;
      return !errors || errors.length === 0;
    });
  } catch {
    return false;
  }
}
