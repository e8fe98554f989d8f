import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const ORDER_FIELDS = `id number status version itemCount subtotal { amount } total { amount } shipping { amount }
  items { id sku quantity unitPrice { amount } lineTotal { amount } } parentOrder { id }`;
const ERRORS = `userErrors { code field message }`;
const PROPOSE = `query($orderId: ID!) { proposeAvailabilitySplit(orderId: $orderId) {
  proposal { lines { orderItem { id sku quantity } quantity stockOnHand } } ${ERRORS} } }`;
const SPLIT = `mutation($input: SplitOrderInput!) { splitOrder(input: $input) { order { ${ORDER_FIELDS} } newOrder { ${ORDER_FIELDS} } ${ERRORS} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;

type UserErrors = { code: string; field: string[] | null; message: string }[];
type Item = { id: string; sku: string; quantity: number; unitPrice: { amount: number }; lineTotal: { amount: number } };
type OrderView = {
  id: string;
  number: number;
  version: number;
  itemCount: number;
  subtotal: { amount: number };
  total: { amount: number };
  shipping: { amount: number };
  items: Item[];
  parentOrder: { id: string } | null;
};
type Proposal = {
  proposeAvailabilitySplit: {
    proposal: {
      lines: { orderItem: { id: string; sku: string; quantity: number }; quantity: number; stockOnHand: number }[];
    } | null;
    userErrors: UserErrors;
  };
};
type Split = { splitOrder: { order: OrderView | null; newOrder: OrderView | null; userErrors: UserErrors } };

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

/** A pending order of two lines or more whose first line is 8 units with 5 on hand; the rest is in stock. */
async function shortOrder(): Promise<OrderView> {
  const { id } = await seed.pendingOrder('Demo Brand', { minItems: 2 });
  const db = app.db.dataSource;
  await db.query(
    `UPDATE order_items SET quantity = 8, line_total_amount = unit_price_amount * 8
      WHERE id = (SELECT id FROM order_items WHERE order_id = $1 ORDER BY position LIMIT 1)`,
    [id],
  );
  await db.query(
    `UPDATE orders o SET subtotal_amount = t.s, total_amount = t.s + o.shipping_amount
       FROM (SELECT sum(line_total_amount) AS s FROM order_items WHERE order_id = $1) t WHERE o.id = $1`,
    [id],
  );
  await db.query(
    `UPDATE product_variants v SET stock_on_hand = CASE WHEN i.position = (SELECT min(position) FROM order_items WHERE order_id = $1) THEN 5 ELSE 1000 END
       FROM order_items i WHERE i.order_id = $1 AND i.variant_id = v.id`,
    [id],
  );
  return (await demo.data<{ order: OrderView }>(ORDER, { id })).order;
}

const itemsOf = async (orderId: string) =>
  (await app.db.dataSource.query(`SELECT id, quantity FROM order_items WHERE order_id = $1 ORDER BY position`, [
    orderId,
  ])) as { id: string; quantity: number }[];

function expectConsistent(order: OrderView) {
  for (const item of order.items) expect(item.lineTotal.amount).toBe(item.unitPrice.amount * item.quantity);
  expect(order.subtotal.amount).toBe(order.items.reduce((sum, i) => sum + i.lineTotal.amount, 0));
  expect(order.total.amount).toBe(order.subtotal.amount + order.shipping.amount);
  expect(order.itemCount).toBe(order.items.length);
}

describe('split by availability', () => {
  it('proposes moving what stock cannot cover, and splitOrder with lines moves exactly that', async () => {
    const order = await shortOrder();
    const [first] = order.items as [Item];
    app.db.statements.length = 0;
    const { proposeAvailabilitySplit } = await demo.data<Proposal>(PROPOSE, { orderId: order.id });
    expect(proposeAvailabilitySplit).toEqual({
      proposal: { lines: [{ orderItem: { id: first.id, sku: first.sku, quantity: 8 }, quantity: 3, stockOnHand: 5 }] },
      userErrors: [],
    });
    // The lines, as the entities answered, and their stock come from one statement.
    expect(app.db.statements.filter((sql) => /\bFROM "?order_items"?/i.test(sql))).toHaveLength(1);
    // A proposal changes nothing.
    expect((await demo.data<{ order: OrderView }>(ORDER, { id: order.id })).order.version).toBe(order.version);

    const lines = proposeAvailabilitySplit.proposal!.lines.map((line) => ({
      orderItemId: line.orderItem.id,
      quantity: line.quantity,
    }));
    const { splitOrder } = await demo.data<Split>(SPLIT, {
      input: { orderId: order.id, lines, expectedVersion: order.version },
    });
    expect(splitOrder.userErrors).toEqual([]);
    const kept = splitOrder.order!;
    const backorder = splitOrder.newOrder!;
    expect(kept.items.map((item) => [item.id, item.quantity])).toEqual(
      order.items.map((item, i) => [item.id, i === 0 ? 5 : item.quantity]),
    );
    expect(backorder.parentOrder).toEqual({ id: order.id });
    expect(backorder.items).toEqual([
      {
        id: expect.any(String),
        sku: first.sku,
        quantity: 3,
        unitPrice: first.unitPrice,
        lineTotal: { amount: first.unitPrice.amount * 3 },
      },
    ]);
    expectConsistent(kept);
    expectConsistent(backorder);
    expect(kept.subtotal.amount + backorder.subtotal.amount).toBe(order.subtotal.amount);
    expect(backorder.total.amount).toBe(first.unitPrice.amount * 3);

    const [event] = await app.db.dataSource.query(
      `SELECT summary, data FROM order_events WHERE order_id = $1 AND type = 'ORDER_SPLIT' AND data->>'newOrderId' = $2`,
      [order.id, backorder.id],
    );
    expect(event.summary).toBe(`Split 1 item (3 of ${first.sku}) into order #${backorder.number}`);
    expect(event.data.quantities).toEqual([{ sku: first.sku, quantity: 3, whole: false }]);
    // Once split, the stock covers the order.
    const again = await demo.data<Proposal>(PROPOSE, { orderId: order.id });
    expect(again.proposeAvailabilitySplit.userErrors.map((e) => e.code)).toEqual(['NOTHING_SHORT']);
  });

  it('refuses a proposal when nothing is short, for another seller’s order and for an order that is not pending', async () => {
    const { id } = await seed.pendingOrder('Demo Brand', { minItems: 1 });
    await app.db.dataSource.query(
      `UPDATE product_variants SET stock_on_hand = 100000 WHERE id IN (SELECT variant_id FROM order_items WHERE order_id = $1)`,
      [id],
    );
    const codes = async (client: GraphQLClient, orderId: string) =>
      (await client.data<Proposal>(PROPOSE, { orderId })).proposeAvailabilitySplit;
    expect(await codes(demo, id)).toEqual({
      proposal: null,
      userErrors: [
        { code: 'NOTHING_SHORT', field: ['orderId'], message: expect.stringContaining('covers every line') },
      ],
    });
    expect((await codes(other, id)).userErrors.map((e) => e.code)).toEqual(['ORDER_NOT_FOUND']);
    const rejected = await seed.orderWithStatus('Demo Brand', 'REJECTED');
    expect((await codes(demo, rejected.id)).userErrors.map((e) => e.code)).toEqual(['ACTION_NOT_ALLOWED']);
  });

  it('refuses quantities of 0, more than the line, unknown items, and both or neither of itemIds and lines, changing nothing', async () => {
    const order = await shortOrder();
    const [first, second] = order.items as [Item, Item];
    const refusals: [Record<string, unknown>, string, string[]][] = [
      [{ lines: [{ orderItemId: first.id, quantity: 0 }] }, 'INVALID_QUANTITY', ['input', 'lines', '0', 'quantity']],
      [{ lines: [{ orderItemId: first.id, quantity: 9 }] }, 'INVALID_QUANTITY', ['input', 'lines', '0', 'quantity']],
      [
        {
          lines: [
            { orderItemId: first.id, quantity: 1 },
            { orderItemId: '00000000-0000-4000-8000-000000000000', quantity: 1 },
          ],
        },
        'ITEM_NOT_FOUND',
        ['input', 'lines', '1', 'orderItemId'],
      ],
      [{ lines: [] }, 'EMPTY_SPLIT', ['input', 'lines']],
      [
        { lines: order.items.map((item) => ({ orderItemId: item.id, quantity: item.quantity })) },
        'SPLIT_ALL_ITEMS',
        ['input', 'lines'],
      ],
      [{ itemIds: [second.id], lines: [{ orderItemId: first.id, quantity: 1 }] }, 'INVALID_INPUT', ['input']],
      [{}, 'INVALID_INPUT', ['input']],
    ];
    const before = await itemsOf(order.id);
    for (const [input, code, field] of refusals) {
      const { splitOrder } = await demo.data<Split>(SPLIT, { input: { orderId: order.id, ...input } });
      expect({ input, order: splitOrder.order, errors: splitOrder.userErrors.map((e) => [e.code, e.field]) }).toEqual({
        input,
        order: null,
        errors: [[code, field]],
      });
    }
    expect(await itemsOf(order.id)).toEqual(before);
    expect((await demo.data<{ order: OrderView }>(ORDER, { id: order.id })).order.version).toBe(order.version);
  });

  it('moves a whole line given with its full quantity, like itemIds', async () => {
    const order = await shortOrder();
    const [first, second] = order.items as [Item, Item];
    const { splitOrder } = await demo.data<Split>(SPLIT, {
      input: { orderId: order.id, lines: [{ orderItemId: second.id, quantity: second.quantity }] },
    });
    expect(splitOrder.userErrors).toEqual([]);
    expect(splitOrder.newOrder!.items.map((item) => item.id)).toEqual([second.id]);
    expect(splitOrder.order!.items.map((item) => item.id)).not.toContain(second.id);
    expect(splitOrder.order!.items[0]).toMatchObject({ id: first.id, quantity: 8 });
    expectConsistent(splitOrder.order!);
    expectConsistent(splitOrder.newOrder!);
  });
});
