import type { GraphQLClient } from '../test/test-app';
import {
  ACCEPT,
  app,
  demo,
  other,
  QUANTITY,
  REJECT,
  REMOVE,
  seed,
  setUpOrderReviewApp,
  SPLIT,
  type UserErrors,
} from './order-review.fixtures';

setUpOrderReviewApp();

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
