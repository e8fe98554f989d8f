import { eventually } from '@order-desk/testing';
import { DECLINING_CARDS } from '../db/seed/demo-data';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

// Shared by order-adjustments-edit.test.ts and order-adjustments-cancel.test.ts, so both build their
// orders the same way; each file still starts its own app over its own database.

export const ERRORS = `userErrors { code field message }`;
const ADJUSTMENT = `adjustment { committed changes totalBefore { amount } totalAfter { amount } voidedInvoiceNumbers
  creditNote { number total { amount } lines { sku quantity } shipping { amount } }
  refunds { method amount { amount } } amountToInvoice { amount }
  lines { sku quantityBefore quantity } }`;
const ORDER = `id version status paymentStatus total { amount } shipping { amount } availableActions amountToInvoice { amount }
  items { id sku quantity variantId: id } invoice { id status displayNumber }
  invoices { id status displayNumber paymentStatus voidReason total { amount } }
  creditNotes { id displayNumber reason total { amount } pdfUrl document { lines { sku quantity } invoiceNumber } }
  refunds { id method status availableActions amount { amount } attempts { attempt status failureMessage stripeRefundId } }
  events { type summary }`;
export const EDIT = `mutation($input: EditOrderInput!) { editOrder(input: $input) { order { ${ORDER} } ${ADJUSTMENT} creditNote { id displayNumber } ${ERRORS} } }`;
export const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { order { ${ORDER} } ${ADJUSTMENT} ${ERRORS} } }`;

export type UserErrors = { code: string; field: string[] | null; message: string }[];
type Adjustment = {
  committed: boolean;
  changes: string[];
  totalBefore: { amount: number };
  totalAfter: { amount: number };
  voidedInvoiceNumbers: string[];
  creditNote: { number: string; total: { amount: number }; lines: { sku: string; quantity: number }[] } | null;
  refunds: { method: string; amount: { amount: number } }[];
  amountToInvoice: { amount: number };
};
type OrderView = {
  id: string;
  version: number;
  status: string;
  paymentStatus: string;
  total: { amount: number };
  shipping: { amount: number };
  availableActions: string[];
  amountToInvoice: { amount: number };
  items: { id: string; sku: string; quantity: number }[];
  invoice: { id: string; status: string; displayNumber: string | null } | null;
  invoices: {
    id: string;
    status: string;
    displayNumber: string | null;
    paymentStatus: string;
    voidReason: string | null;
    total: { amount: number };
  }[];
  creditNotes: {
    id: string;
    displayNumber: string;
    reason: string;
    total: { amount: number };
    pdfUrl: string;
    document: { lines: { sku: string; quantity: number }[]; invoiceNumber: string };
  }[];
  refunds: {
    id: string;
    method: string;
    status: string;
    availableActions: string[];
    amount: { amount: number };
    attempts: { attempt: number; status: string; failureMessage: string | null; stripeRefundId: string | null }[];
  }[];
  events: { type: string; summary: string }[];
};
export type Payload = { order: OrderView | null; adjustment: Adjustment | null; userErrors: UserErrors };

// Set in the setup's beforeAll; the test files read them through ES module live bindings.
export let app: TestApp;
export let demo: GraphQLClient;
export const today = new Date().toISOString().slice(0, 10);

/** Starts the app before the calling file's tests and closes it after them: call once, at its top level. */
export function setUpOrderAdjustmentsApp(): void {
  beforeAll(async () => {
    // No job retries: a refund that fails at Stripe is reported failed at once (the seller retries it).
    app = await startTestApp({ config: { jobRetryLimit: 0 } });
    demo = await app.signIn('owner@demo-brand.test');
  });
  afterAll(() => app.close());
}

export const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  app.db.dataSource.query(text, params) as Promise<T[]>;

export async function run<T = Payload>(query: string, input: Record<string, unknown>, name: string): Promise<T> {
  const result = await demo.data<Record<string, T>>(query, { input });
  return result[name]!;
}

async function ok(query: string, input: Record<string, unknown>, name: string) {
  const payload = await run<{ userErrors: UserErrors; invoice?: { id: string } }>(query, input, name);
  expect(payload.userErrors).toEqual([]);
  return payload;
}

export const order = async (id: string) =>
  (await demo.data<{ order: OrderView }>(`query($id: ID!) { order(id: $id) { ${ORDER} } }`, { id })).order;

/**
 * A new Demo Brand order of two lines (6 × CSC-08 at 14.00, 12 × WFC-08 at 14.00), accepted, shipped
 * for 15.00 (unless `ship` is false) and invoiced as far as asked: issued, or issued and paid.
 */
export async function acceptedOrder({
  method,
  ship = true,
  invoice = 'none',
}: {
  method: 'CARD' | 'TERMS';
  ship?: boolean;
  invoice?: 'none' | 'issued' | 'paid';
}): Promise<OrderView> {
  const [customer] = await sql<{ buyer_id: string; seller_id: string }>(
    `SELECT b.id AS buyer_id, s.id AS seller_id FROM buyers b
       JOIN customers c ON c.buyer_id = b.id JOIN sellers s ON s.id = c.seller_id AND s.name = 'Demo Brand'
      WHERE b.default_payment_method = $1 AND b.company_name <> ALL($2::text[])
      ORDER BY b.company_name LIMIT 1`,
    [method, Object.keys(DECLINING_CARDS)],
  );
  const placed = await app.app.services.orderIntake.placeOrder({
    sellerId: customer!.seller_id,
    buyerId: customer!.buyer_id,
    lines: [
      { sku: 'CSC-08', quantity: 6 },
      { sku: 'WFC-08', quantity: 12 },
    ],
  });
  await ok(
    `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { ${ERRORS} } }`,
    { orderId: placed.id },
    'acceptOrder',
  );
  if (ship) {
    await ok(
      `mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { ${ERRORS} } }`,
      { orderId: placed.id, carrier: 'UPS', trackingNumbers: ['1Z1'], shippedOn: today, shippingCost: 1500 },
      'saveShipment',
    );
  }
  if (invoice !== 'none') await invoiceOrder(placed.id);
  if (invoice === 'paid') {
    if (method === 'CARD') {
      await eventually(async () => expect((await order(placed.id)).paymentStatus).toBe('PAID'));
    } else {
      const current = await order(placed.id);
      await ok(
        `mutation($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { ${ERRORS} } }`,
        { invoiceId: current.invoice!.id, method: 'CHECK', reference: '1001', paidAt: today },
        'markInvoicePaid',
      );
    }
  }
  return order(placed.id);
}

export async function invoiceOrder(orderId: string): Promise<string> {
  const draft = await ok(
    `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } ${ERRORS} } }`,
    { orderId },
    'createInvoiceDraft',
  );
  await ok(
    `mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { ${ERRORS} } }`,
    { invoiceId: draft.invoice!.id },
    'confirmInvoice',
  );
  return draft.invoice!.id;
}

export const stockOf = async (sku: string) =>
  (
    await sql<{ stock: number }>(
      `SELECT v.stock_on_hand AS stock FROM product_variants v JOIN sellers s ON s.id = v.seller_id
     WHERE s.name = 'Demo Brand' AND v.sku = $1`,
      [sku],
    )
  )[0]!.stock;
export const refundsAtStripe = (orderId: string) =>
  sql<{ intent: string }>(
    `SELECT DISTINCT p.stripe_payment_intent_id AS intent FROM payments p JOIN invoices i ON i.id = p.invoice_id
      WHERE i.order_id = $1 AND p.stripe_payment_intent_id IS NOT NULL`,
    [orderId],
  ).then(async (intents) =>
    (
      await Promise.all(
        intents.map(async ({ intent }) => (await app.stripe.stripe.refunds.list({ payment_intent: intent })).data),
      )
    ).flat(),
  );
