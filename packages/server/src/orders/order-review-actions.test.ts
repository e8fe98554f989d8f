import {
  ACCEPT,
  app,
  demo,
  events,
  expectConsistent,
  ORDER_FIELDS,
  QUANTITY,
  REJECT,
  REMOVE,
  seed,
  setUpOrderReviewApp,
  SPLIT,
  type OrderView,
  type UserErrors,
} from './order-review.fixtures';

setUpOrderReviewApp();

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
    const { acceptOrder } = await demo.data<{
      acceptOrder: { order: OrderView; customer: { id: string; paymentTermsLabel: string }; userErrors: UserErrors };
    }>(ACCEPT, {
      input: { orderId: candidate.order_id, customer: { existingCustomerId: candidate.customer_id } },
    });
    expect(acceptOrder.userErrors).toEqual([]);
    expect(acceptOrder.order.customer?.id).toBe(candidate.customer_id);
    // The linked customer answers its getter-backed label as every other customer does.
    const [{ payment_terms_days: days }] = await app.db.dataSource.query(
      `SELECT payment_terms_days FROM customers WHERE id = $1 AND buyer_id IS NOT NULL`,
      [candidate.customer_id],
    );
    expect(acceptOrder.customer).toMatchObject({
      id: candidate.customer_id,
      paymentTermsLabel: days === 0 ? 'Due on receipt' : `Net ${days}`,
    });
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
