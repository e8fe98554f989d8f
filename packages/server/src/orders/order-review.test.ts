import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const ORDER_FIELDS = `id number status version itemCount availableActions subtotal { amount } total { amount }
  items { id sku quantity unitPrice { amount } lineTotal { amount } } parentOrder { id } customer { id name }`;
const ERRORS = `userErrors { code field message }`;

const SPLIT = `mutation($input: SplitOrderInput!) { splitOrder(input: $input) { order { ${ORDER_FIELDS} } newOrder { ${ORDER_FIELDS} } ${ERRORS} } }`;
const QUANTITY = `mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { order { ${ORDER_FIELDS} } orderItem { id quantity lineTotal { amount } } ${ERRORS} } }`;
const REMOVE = `mutation($input: RemoveOrderItemInput!) { removeOrderItem(input: $input) { order { ${ORDER_FIELDS} } removedOrderItemId ${ERRORS} } }`;
const ACCEPT = `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { ${ORDER_FIELDS} } customer { id name email paymentTermsDays } ${ERRORS} } }`;
const REJECT = `mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { order { ${ORDER_FIELDS} rejectionReason rejectionMessage } ${ERRORS} } }`;

type UserErrors = { code: string; field: string[] | null; message: string }[];
type OrderView = {
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

let app: TestApp;
let demo: GraphQLClient;
let other: GraphQLClient;
let seed: SeedFixtures;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  other = await app.signIn('owner@other-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

const events = async (orderId: string) =>
  (await app.db.dataSource.query(
    `SELECT type, actor_type, actor_name, data FROM order_events WHERE order_id = $1 ORDER BY seq`,
    [orderId],
  )) as {
    type: string;
    actor_type: string;
    actor_name: string;
    data: Record<string, unknown> | null;
  }[];

function expectConsistent(order: OrderView) {
  for (const item of order.items) expect(item.lineTotal.amount).toBe(item.unitPrice.amount * item.quantity);
  expect(order.subtotal.amount).toBe(order.items.reduce((sum, i) => sum + i.lineTotal.amount, 0));
  expect(order.itemCount).toBe(order.items.length);
}

describe('split', () => {
  it('moves the selected items to a new pending order with the next number, linked to its parent', async () => {
    const order = await seed.pendingOrder('Demo Brand', { minItems: 3 });
    const [{ next }] = await app.db.dataSource.query(
      `SELECT next_value AS next FROM seller_counters c JOIN sellers s ON s.id = c.seller_id WHERE s.name = 'Demo Brand' AND kind = 'ORDER_NUMBER'`,
    );
    const moved = order.itemIds.slice(0, 2);
    const { splitOrder } = await demo.data<{
      splitOrder: { order: OrderView; newOrder: OrderView; userErrors: UserErrors };
    }>(SPLIT, {
      input: { orderId: order.id, itemIds: moved, expectedVersion: order.version },
    });
    expect(splitOrder.userErrors).toEqual([]);
    expect(splitOrder.newOrder).toMatchObject({
      number: next,
      status: 'PENDING',
      parentOrder: { id: order.id },
      version: 1,
    });
    expect(splitOrder.newOrder.items.map((i) => i.id).sort()).toEqual([...moved].sort());
    expect(splitOrder.order.items.map((i) => i.id)).toEqual(order.itemIds.slice(2));
    expect(splitOrder.order.version).toBe(order.version + 1);
    expectConsistent(splitOrder.order);
    expectConsistent(splitOrder.newOrder);
    const [parent, child] = await app.db.dataSource.query(
      `SELECT buyer_id, customer_id, payment_method, shipping_line1, billing_line1, placed_at FROM orders WHERE id = ANY($1) ORDER BY number`,
      [[order.id, splitOrder.newOrder.id]],
    );
    expect(child).toEqual(parent);
    expect((await events(order.id)).at(-1)).toMatchObject({
      type: 'ORDER_SPLIT',
      actor_type: 'USER',
      actor_name: 'Dana Whitfield',
    });
    expect((await events(splitOrder.newOrder.id)).map((e) => e.type)).toEqual(['ORDER_SPLIT_FROM']);
  });
});

describe('quantities and items', () => {
  it('updates a quantity and recomputes line total, subtotal and total, recording before and after', async () => {
    const order = await seed.pendingOrder('Demo Brand', { minItems: 2 });
    const itemId = order.itemIds[0]!;
    const { updateOrderItemQuantity: result } = await demo.data<{
      updateOrderItemQuantity: { order: OrderView; orderItem: { quantity: number }; userErrors: UserErrors };
    }>(QUANTITY, { input: { orderItemId: itemId, quantity: 7, expectedVersion: order.version } });
    expect(result.userErrors).toEqual([]);
    expect(result.orderItem.quantity).toBe(7);
    expectConsistent(result.order);
    expect(result.order.total.amount).toBe(result.order.subtotal.amount);
    const last = (await events(order.id)).at(-1)!;
    expect(last).toMatchObject({ type: 'ITEM_QUANTITY_UPDATED', data: expect.objectContaining({ after: 7 }) });
  });

  it('removes an item and recomputes the totals', async () => {
    const order = await seed.pendingOrder('Demo Brand', { minItems: 2 });
    const { removeOrderItem } = await demo.data<{
      removeOrderItem: { order: OrderView; removedOrderItemId: string; userErrors: UserErrors };
    }>(REMOVE, { input: { orderItemId: order.itemIds[0] } });
    expect(removeOrderItem.userErrors).toEqual([]);
    expect(removeOrderItem.removedOrderItemId).toBe(order.itemIds[0]);
    expect(removeOrderItem.order.items.map((i) => i.id)).toEqual(order.itemIds.slice(1));
    expectConsistent(removeOrderItem.order);
    expect((await events(order.id)).at(-1)!.type).toBe('ITEM_REMOVED');
  });
});

describe('refusals: the right code and nothing changed', () => {
  type Case = [string, () => Promise<{ orderId: string; run: () => Promise<UserErrors>; code: string }>];
  const call = (client: GraphQLClient, mutation: string, name: string, input: Record<string, unknown>) => async () =>
    (await client.data<Record<string, { userErrors: UserErrors }>>(mutation, { input }))[name]!.userErrors;

  const cases: Case[] = [
    [
      'an empty split',
      async () => {
        const o = await seed.pendingOrder('Demo Brand', { minItems: 2 });
        return {
          orderId: o.id,
          code: 'EMPTY_SPLIT',
          run: call(demo, SPLIT, 'splitOrder', { orderId: o.id, itemIds: [] }),
        };
      },
    ],
    [
      'a split of all items',
      async () => {
        const o = await seed.pendingOrder('Demo Brand', { minItems: 2 });
        return {
          orderId: o.id,
          code: 'SPLIT_ALL_ITEMS',
          run: call(demo, SPLIT, 'splitOrder', { orderId: o.id, itemIds: o.itemIds }),
        };
      },
    ],
    [
      'a split with an item of another order',
      async () => {
        const o = await seed.pendingOrder('Demo Brand', { minItems: 2 });
        const x = await seed.pendingOrder('Demo Brand', { minItems: 2 });
        return {
          orderId: o.id,
          code: 'ITEM_NOT_FOUND',
          run: call(demo, SPLIT, 'splitOrder', { orderId: o.id, itemIds: [x.itemIds[0]] }),
        };
      },
    ],
    ...[0, -1, 100_001, 1_000_000_000].map((quantity): Case => [
      `quantity ${quantity}`,
      async () => {
        const o = await seed.pendingOrder('Demo Brand');
        return {
          orderId: o.id,
          code: 'INVALID_QUANTITY',
          run: call(demo, QUANTITY, 'updateOrderItemQuantity', { orderItemId: o.itemIds[0], quantity }),
        };
      },
    ]),
    [
      'removing the last item',
      async () => {
        const o = await seed.pendingOrder('Demo Brand');
        await app.db.dataSource.query(`DELETE FROM order_items WHERE order_id = $1 AND id <> $2`, [o.id, o.itemIds[0]]);
        await app.db.dataSource.query(
          `UPDATE orders o SET subtotal_amount = i.line_total_amount, total_amount = i.line_total_amount + o.shipping_amount, item_count = 1
           FROM order_items i WHERE i.id = $2 AND o.id = $1`,
          [o.id, o.itemIds[0]],
        );
        return {
          orderId: o.id,
          code: 'LAST_ITEM',
          run: call(demo, REMOVE, 'removeOrderItem', { orderItemId: o.itemIds[0] }),
        };
      },
    ],
    [
      'a stale version',
      async () => {
        const o = await seed.pendingOrder('Demo Brand', { minItems: 2 });
        return {
          orderId: o.id,
          code: 'STALE_ORDER',
          run: call(demo, QUANTITY, 'updateOrderItemQuantity', {
            orderItemId: o.itemIds[0],
            quantity: 3,
            expectedVersion: o.version - 1,
          }),
        };
      },
    ],
    ...(['SPLIT', 'QUANTITY', 'REMOVE', 'ACCEPT', 'REJECT'] as const).map((op): Case => [
      // Accepted orders can still be split (until paid), but not rejected ones.
      `${op} on ${op === 'SPLIT' ? 'a rejected' : 'an accepted'} order`,
      async () => {
        const o = await seed.orderWithStatus('Demo Brand', op === 'SPLIT' ? 'REJECTED' : 'ACCEPTED');
        const run = {
          SPLIT: call(demo, SPLIT, 'splitOrder', { orderId: o.id, itemIds: o.itemIds.slice(0, 1) }),
          QUANTITY: call(demo, QUANTITY, 'updateOrderItemQuantity', { orderItemId: o.itemIds[0], quantity: 2 }),
          REMOVE: call(demo, REMOVE, 'removeOrderItem', { orderItemId: o.itemIds[0] }),
          ACCEPT: call(demo, ACCEPT, 'acceptOrder', { orderId: o.id }),
          REJECT: call(demo, REJECT, 'rejectOrder', { orderId: o.id, reason: 'OUT_OF_STOCK' }),
        }[op];
        return { orderId: o.id, code: 'ACTION_NOT_ALLOWED', run };
      },
    ]),
    [
      'accepting a rejected order',
      async () => {
        const o = await seed.orderWithStatus('Demo Brand', 'REJECTED');
        return { orderId: o.id, code: 'ACTION_NOT_ALLOWED', run: call(demo, ACCEPT, 'acceptOrder', { orderId: o.id }) };
      },
    ],
    [
      "another seller's order",
      async () => {
        const o = await seed.pendingOrder('Other Brand', { minItems: 2 });
        return {
          orderId: o.id,
          code: 'ORDER_NOT_FOUND',
          run: call(demo, SPLIT, 'splitOrder', { orderId: o.id, itemIds: o.itemIds.slice(0, 1) }),
        };
      },
    ],
    [
      "another seller's item",
      async () => {
        const o = await seed.pendingOrder('Other Brand');
        return {
          orderId: o.id,
          code: 'ITEM_NOT_FOUND',
          run: call(demo, QUANTITY, 'updateOrderItemQuantity', { orderItemId: o.itemIds[0], quantity: 2 }),
        };
      },
    ],
    [
      "accepting another seller's order",
      async () => {
        const o = await seed.pendingOrder('Other Brand');
        return { orderId: o.id, code: 'ORDER_NOT_FOUND', run: call(demo, ACCEPT, 'acceptOrder', { orderId: o.id }) };
      },
    ],
    [
      "associating another seller's customer",
      async () => {
        const o = await seed.pendingOrder('Demo Brand', { withCustomer: false });
        const [theirs] = await app.db.dataSource.query(
          `SELECT c.id FROM customers c JOIN sellers s ON s.id = c.seller_id WHERE s.name = 'Other Brand' LIMIT 1`,
        );
        return {
          orderId: o.id,
          code: 'CUSTOMER_NOT_FOUND',
          run: call(demo, ACCEPT, 'acceptOrder', { orderId: o.id, customer: { existingCustomerId: theirs.id } }),
        };
      },
    ],
    [
      'accepting a stranger without a customer',
      async () => {
        const o = await seed.pendingOrder('Demo Brand', { withCustomer: false });
        return { orderId: o.id, code: 'CUSTOMER_REQUIRED', run: call(demo, ACCEPT, 'acceptOrder', { orderId: o.id }) };
      },
    ],
    [
      'a new customer with a bad email',
      async () => {
        const o = await seed.pendingOrder('Demo Brand', { withCustomer: false });
        return {
          orderId: o.id,
          code: 'INVALID_CUSTOMER',
          run: call(demo, ACCEPT, 'acceptOrder', {
            orderId: o.id,
            customer: { createNew: { name: 'X', email: 'not-an-email' } },
          }),
        };
      },
    ],
    [
      'rejecting for "other" without a message',
      async () => {
        const o = await seed.pendingOrder('Demo Brand');
        return {
          orderId: o.id,
          code: 'MESSAGE_REQUIRED',
          run: call(demo, REJECT, 'rejectOrder', { orderId: o.id, reason: 'OTHER', message: '   ' }),
        };
      },
    ],
  ];

  it.each(cases)('refuses %s', async (_name, arrange) => {
    const { orderId, run, code } = await arrange();
    const before = await seed.snapshot(orderId);
    const errors = await run();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe(code);
    expect(errors[0]!.message.length).toBeGreaterThan(10);
    expect(await seed.snapshot(orderId)).toEqual(before);
  });

  it('refuses a fractional quantity at the schema (Int), with a clear message and no change', async () => {
    const o = await seed.pendingOrder('Demo Brand');
    const before = await seed.snapshot(o.id);
    const result = await demo.request(QUANTITY, { input: { orderItemId: o.itemIds[0], quantity: 1.5 } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/Int cannot represent non-integer value: 1.5/);
    expect(await seed.snapshot(o.id)).toEqual(before);
  });

  it('refuses any order change when signed out', async () => {
    const o = await seed.pendingOrder('Demo Brand');
    const result = await app.anonymous().request(ACCEPT, { input: { orderId: o.id } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(other).toBeDefined();
  });
});

describe('accept', () => {
  it('accepts the order of an existing customer', async () => {
    const o = await seed.pendingOrder('Demo Brand');
    const { acceptOrder } = await demo.data<{ acceptOrder: { order: OrderView; userErrors: UserErrors } }>(ACCEPT, {
      input: { orderId: o.id, expectedVersion: o.version },
    });
    expect(acceptOrder.userErrors).toEqual([]);
    expect(acceptOrder.order).toMatchObject({
      status: 'ACCEPTED',
      availableActions: ['SPLIT', 'SAVE_SHIPMENT', 'EDIT', 'CANCEL'],
      version: o.version + 1,
    });
    expect((await events(o.id)).at(-1)!.type).toBe('ORDER_ACCEPTED');
  });

  it("creates a customer from an ungated seller's stranger and links later orders of that buyer too", async () => {
    const o = await seed.pendingOrder('Demo Brand', { withCustomer: false });
    const { acceptOrder } = await demo.data<{
      acceptOrder: {
        order: OrderView;
        customer: { id: string; name: string; email: string; paymentTermsDays: number };
        userErrors: UserErrors;
      };
    }>(ACCEPT, {
      input: {
        orderId: o.id,
        customer: { createNew: { name: 'Fresh Retail Co', email: 'AP@Fresh.test', paymentTermsDays: 45 } },
      },
    });
    expect(acceptOrder.userErrors).toEqual([]);
    expect(acceptOrder.customer).toMatchObject({
      name: 'Fresh Retail Co',
      email: 'ap@fresh.test',
      paymentTermsDays: 45,
    });
    expect(acceptOrder.order.customer).toEqual({ id: acceptOrder.customer.id, name: 'Fresh Retail Co' });
    expect((await events(o.id)).map((e) => e.type).slice(-2)).toEqual(['CUSTOMER_CREATED', 'ORDER_ACCEPTED']);
    // Another pending order of the same buyer now accepts without asking again.
    const [sibling] = await app.db.dataSource.query(
      `SELECT o2.id FROM orders o1 JOIN orders o2 ON o2.buyer_id = o1.buyer_id AND o2.seller_id = o1.seller_id
        WHERE o1.id = $1 AND o2.status = 'PENDING' AND o2.id <> o1.id LIMIT 1`,
      [o.id],
    );
    if (sibling) {
      const again = await demo.data<{ acceptOrder: { order: OrderView; userErrors: UserErrors } }>(ACCEPT, {
        input: { orderId: sibling.id },
      });
      expect(again.acceptOrder.userErrors).toEqual([]);
      expect(again.acceptOrder.order.customer?.id).toBe(acceptOrder.customer.id);
    }
  });

  it('associates a stranger with a suggested existing customer', async () => {
    const [candidate] = await app.db.dataSource.query(
      `SELECT o.id AS order_id, c.id AS customer_id FROM orders o
         JOIN buyers b ON b.id = o.buyer_id
         JOIN customers c ON c.seller_id = o.seller_id AND c.buyer_id IS NULL AND split_part(c.email, '@', 2) = split_part(b.email, '@', 2)
        WHERE o.status = 'PENDING' AND o.customer_id IS NULL LIMIT 1`,
    );
    const { order } = await demo.data<{ order: { customerSuggestions: { id: string }[] } }>(
      `query($id: ID!) { order(id: $id) { customerSuggestions { id } } }`,
      { id: candidate.order_id },
    );
    expect(order.customerSuggestions[0]?.id).toBe(candidate.customer_id);
    const { acceptOrder } = await demo.data<{ acceptOrder: { order: OrderView; userErrors: UserErrors } }>(ACCEPT, {
      input: { orderId: candidate.order_id, customer: { existingCustomerId: candidate.customer_id } },
    });
    expect(acceptOrder.userErrors).toEqual([]);
    expect(acceptOrder.order.customer?.id).toBe(candidate.customer_id);
    expect((await events(candidate.order_id)).map((e) => e.type).slice(-2)).toEqual([
      'CUSTOMER_ASSOCIATED',
      'ORDER_ACCEPTED',
    ]);
  });
});

describe('concurrency', () => {
  it('applies 50 concurrent quantity edits to one order without losing any', async () => {
    const o = await seed.pendingOrder('Demo Brand');
    // Give the order 50 lines so each request edits its own line; all contend for the order row.
    await app.db.dataSource.query(`DELETE FROM order_items WHERE order_id = $1 AND id <> $2`, [o.id, o.itemIds[0]]);
    await app.db.dataSource.query(
      `INSERT INTO order_items (seller_id, order_id, sku, product_name, unit_price_amount, currency, quantity, line_total_amount, position)
       SELECT o.seller_id, o.id, 'LOAD-' || g, 'Load test item ' || g, 100 + g, o.currency, 1, 100 + g, 100 + g
         FROM orders o, generate_series(1, 49) g WHERE o.id = $1`,
      [o.id],
    );
    await app.db.dataSource.query(
      `UPDATE orders o SET subtotal_amount = t.s, total_amount = t.s + o.shipping_amount, item_count = t.c
         FROM (SELECT sum(line_total_amount) s, count(*) c FROM order_items WHERE order_id = $1) t WHERE o.id = $1`,
      [o.id],
    );
    const items: { id: string }[] = await app.db.dataSource.query(
      `SELECT id FROM order_items WHERE order_id = $1 ORDER BY position`,
      [o.id],
    );
    expect(items).toHaveLength(50);
    const [{ version: before }] = await app.db.dataSource.query(`SELECT version FROM orders WHERE id = $1`, [o.id]);
    const results = await Promise.all(
      items.map((item, index) =>
        demo.data<{ updateOrderItemQuantity: { userErrors: UserErrors } }>(QUANTITY, {
          input: { orderItemId: item.id, quantity: 1000 + index },
        }),
      ),
    );
    expect(results.flatMap((r) => r.updateOrderItemQuantity.userErrors)).toEqual([]);
    const { order } = await demo.data<{ order: OrderView }>(`query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, {
      id: o.id,
    });
    expect(order.items.map((i) => i.quantity)).toEqual(items.map((_, index) => 1000 + index));
    expectConsistent(order);
    expect(order.version).toBe(before + 50);
    expect((await events(o.id)).filter((e) => e.type === 'ITEM_QUANTITY_UPDATED')).toHaveLength(50);
  });

  it('follows an item a concurrent split moves: the quantity lands on the order that holds the item', async () => {
    for (let round = 0; round < 5; round++) {
      const o = await seed.pendingOrder('Demo Brand', { minItems: 2 });
      const moving = o.itemIds[0]!;
      const [split, updated] = await Promise.all([
        demo.data<{ splitOrder: { newOrder: OrderView | null; userErrors: UserErrors } }>(SPLIT, {
          input: { orderId: o.id, itemIds: [moving] },
        }),
        demo.data<{ updateOrderItemQuantity: { order: OrderView | null; userErrors: UserErrors } }>(QUANTITY, {
          input: { orderItemId: moving, quantity: 77 },
        }),
      ]);
      expect([...split.splitOrder.userErrors, ...updated.updateOrderItemQuantity.userErrors]).toEqual([]);
      const newOrderId = split.splitOrder.newOrder!.id;
      const [{ order_id: holder, quantity }] = await app.db.dataSource.query(
        `SELECT order_id, quantity FROM order_items WHERE id = $1`,
        [moving],
      );
      expect(holder).toBe(newOrderId);
      expect(quantity).toBe(77);
      // The answer and the timeline name the order the quantity changed on.
      expect(updated.updateOrderItemQuantity.order!.id).toBe(
        (await events(newOrderId)).some((e) => e.type === 'ITEM_QUANTITY_UPDATED') ? newOrderId : o.id,
      );
      for (const id of [o.id, newOrderId]) {
        const { order } = await demo.data<{ order: OrderView }>(
          `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`,
          {
            id,
          },
        );
        expectConsistent(order);
      }
    }
  });

  it('lets exactly one of accept and reject win when both race', async () => {
    for (let round = 0; round < 5; round++) {
      const o = await seed.pendingOrder('Demo Brand');
      const [accepted, rejected] = await Promise.all([
        demo.data<{ acceptOrder: { userErrors: UserErrors } }>(ACCEPT, { input: { orderId: o.id } }),
        demo.data<{ rejectOrder: { userErrors: UserErrors } }>(REJECT, {
          input: { orderId: o.id, reason: 'OUT_OF_STOCK' },
        }),
      ]);
      const failures = [...accepted.acceptOrder.userErrors, ...rejected.rejectOrder.userErrors];
      expect(failures).toHaveLength(1);
      expect(failures[0]!.code).toBe('ACTION_NOT_ALLOWED');
      const types = (await events(o.id)).map((e) => e.type);
      expect(types.filter((t) => t === 'ORDER_ACCEPTED' || t === 'ORDER_REJECTED')).toHaveLength(1);
    }
  });
});
