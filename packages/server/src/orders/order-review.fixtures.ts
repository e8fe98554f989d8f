import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

// Shared by order-review-actions.test.ts and order-review-refusals.test.ts, so the two files drive the
// same documents and checks; each file still starts its own app over its own database.

export const ORDER_FIELDS = `id number status version itemCount availableActions subtotal { amount } total { amount }
  items { id sku quantity unitPrice { amount } lineTotal { amount } } parentOrder { id } customer { id name }`;
const ERRORS = `userErrors { code field message }`;

export const SPLIT = `mutation($input: SplitOrderInput!) { splitOrder(input: $input) { order { ${ORDER_FIELDS} } newOrder { ${ORDER_FIELDS} } ${ERRORS} } }`;
export const QUANTITY = `mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { order { ${ORDER_FIELDS} } orderItem { id quantity lineTotal { amount } } ${ERRORS} } }`;
export const REMOVE = `mutation($input: RemoveOrderItemInput!) { removeOrderItem(input: $input) { order { ${ORDER_FIELDS} } removedOrderItemId ${ERRORS} } }`;
export const ACCEPT = `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { ${ORDER_FIELDS} } customer { id name email paymentTermsDays paymentTermsLabel } ${ERRORS} } }`;
export const REJECT = `mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { order { ${ORDER_FIELDS} rejectionReason rejectionMessage } ${ERRORS} } }`;

export type UserErrors = { code: string; field: string[] | null; message: string }[];
export type OrderView = {
  id: string;
  number: number;
  status: string;
  version: number;
  itemCount: number;
  availableActions: string[];
  subtotal: { amount: number };
  total: { amount: number };
  items: { id: string; sku: string; quantity: number; unitPrice: { amount: number }; lineTotal: { amount: number } }[];
  parentOrder: { id: string } | null;
  customer: { id: string; name: string } | null;
};

// Set in the setup's beforeAll; the test files read them through ES module live bindings.
export let app: TestApp;
export let demo: GraphQLClient;
export let other: GraphQLClient;
export let seed: SeedFixtures;

/** Starts the app before the calling file's tests and closes it after them: call once, at its top level. */
export function setUpOrderReviewApp(): void {
  beforeAll(async () => {
    app = await startTestApp();
    demo = await app.signIn('owner@demo-brand.test');
    other = await app.signIn('owner@other-brand.test');
    seed = new SeedFixtures(app.db.dataSource);
  });
  afterAll(() => app.close());
}

export const events = async (orderId: string) =>
  (await app.db.dataSource.query(
    `SELECT type, actor_type, actor_name, data FROM order_events WHERE order_id = $1 ORDER BY seq`,
    [orderId],
  )) as {
    type: string;
    actor_type: string;
    actor_name: string;
    data: Record<string, unknown> | null;
  }[];

export function expectConsistent(order: OrderView) {
  for (const item of order.items) expect(item.lineTotal.amount).toBe(item.unitPrice.amount * item.quantity);
  expect(order.subtotal.amount).toBe(order.items.reduce((sum, i) => sum + i.lineTotal.amount, 0));
  expect(order.itemCount).toBe(order.items.length);
}
