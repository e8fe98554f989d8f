import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { deadlineBoundaries, endOfBusinessDaysAfter } from '../sellers/business-days';
import { DeadlineStatus, deadlineStatusOf } from '../order-engine/order-deadline-status';

let app: TestApp;
let demo: GraphQLClient;
let seed: SeedFixtures;
beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

const ERRORS = `userErrors { code field message }`;
const DEADLINE = `acceptBy shipBy deadline { kind dueAt status }`;
type Deadline = { kind: string; dueAt: string; status: string } | null;
type OrderView = { id: string; version: number; acceptBy: string; shipBy: string | null; deadline: Deadline };

const updateSettings = (input: Record<string, unknown>) =>
  demo.data<{
    updateSellerSettings: {
      seller: {
        acceptWithinBusinessDays: number;
        shipWithinBusinessDays: number;
        timeZone: string;
        locale: string;
      } | null;
      userErrors: { code: string; field: string[] }[];
    };
  }>(
    `mutation($input: UpdateSellerSettingsInput!) { updateSellerSettings(input: $input) {
       seller { acceptWithinBusinessDays shipWithinBusinessDays timeZone locale } ${ERRORS} } }`,
    { input },
  );

const view = async (id: string) =>
  (await demo.data<{ order: OrderView }>(`query($id: ID!) { order(id: $id) { id version ${DEADLINE} } }`, { id }))
    .order;

async function placeOrder(): Promise<string> {
  const [{ seller_id: sellerId, buyer_id: buyerId }] = await app.db.dataSource.query(
    `SELECT c.seller_id, c.buyer_id FROM customers c JOIN sellers s ON s.id = c.seller_id WHERE s.name = 'Demo Brand' LIMIT 1`,
  );
  const { id } = await app.app.services.orderIntake.placeOrder({
    sellerId,
    buyerId,
    lines: [
      { sku: 'CSC-08', quantity: 2 },
      { sku: 'WFC-12', quantity: 1 },
    ],
  });
  return id;
}

describe('deadline settings', () => {
  it('starts with 2 and 5 business days in New York, en-US', async () => {
    const { me } = await demo.data<{ me: unknown }>(
      `query { me { seller { acceptWithinBusinessDays shipWithinBusinessDays timeZone locale } } }`,
    );
    expect(me).toEqual({
      seller: { acceptWithinBusinessDays: 2, shipWithinBusinessDays: 5, timeZone: 'America/New_York', locale: 'en-US' },
    });
  });

  it('refuses invalid values as userErrors on their fields, and saves nothing', async () => {
    const { updateSellerSettings } = await updateSettings({
      acceptWithinBusinessDays: 31,
      timeZone: 'Nowhere/Special',
      locale: 'en_US@@',
      shipWithinBusinessDays: 3,
    });
    expect(updateSellerSettings.seller).toBeNull();
    expect(updateSellerSettings.userErrors.map((e) => [e.code, e.field.at(-1)])).toEqual([
      ['INVALID_SETTING', 'acceptWithinBusinessDays'],
      ['INVALID_SETTING', 'timeZone'],
      ['INVALID_SETTING', 'locale'],
    ]);
    const [row] = await app.db.dataSource.query(
      `SELECT ship_within_business_days FROM sellers WHERE name = 'Demo Brand'`,
    );
    expect(row.ship_within_business_days).toBe(5);
  });

  it('is for owners only', async () => {
    const staff = await app.signIn('staff@demo-brand.test');
    const result = await staff.request(
      `mutation { updateSellerSettings(input: { acceptWithinBusinessDays: 3 }) { userErrors { code } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('order deadlines', () => {
  it('stamps accept-by at intake and ship-by at acceptance with the settings of that moment', async () => {
    const { updateSellerSettings } = await updateSettings({
      acceptWithinBusinessDays: 3,
      shipWithinBusinessDays: 4,
      timeZone: 'Europe/Paris',
      locale: 'fr-FR',
    });
    expect(updateSellerSettings.seller).toEqual({
      acceptWithinBusinessDays: 3,
      shipWithinBusinessDays: 4,
      timeZone: 'Europe/Paris',
      locale: 'fr-FR',
    });

    const id = await placeOrder();
    const [{ placed_at: placedAt }] = await app.db.dataSource.query(`SELECT placed_at FROM orders WHERE id = $1`, [id]);
    const placed = await view(id);
    const acceptBy = endOfBusinessDaysAfter(placedAt, 3, 'Europe/Paris');
    expect(placed).toMatchObject({ acceptBy: acceptBy.toISOString(), shipBy: null });
    expect(placed.deadline).toEqual({
      kind: 'ACCEPT',
      dueAt: acceptBy.toISOString(),
      status: deadlineStatusOf(acceptBy, deadlineBoundaries(new Date(), 'Europe/Paris')),
    });

    // A later change of the window leaves the deadlines already set alone.
    await updateSettings({ shipWithinBusinessDays: 10 });
    await updateSettings({ acceptWithinBusinessDays: 1 });
    expect((await view(id)).acceptBy).toBe(acceptBy.toISOString());

    const { acceptOrder } = await demo.data<{ acceptOrder: { order: OrderView; userErrors: unknown[] } }>(
      `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { id ${DEADLINE} } ${ERRORS} } }`,
      { input: { orderId: id } },
    );
    expect(acceptOrder.userErrors).toEqual([]);
    const [{ accepted_at: acceptedAt }] = await app.db.dataSource.query(
      `SELECT accepted_at FROM orders WHERE id = $1`,
      [id],
    );
    const shipBy = endOfBusinessDaysAfter(acceptedAt, 10, 'Europe/Paris');
    expect(acceptOrder.order).toMatchObject({ acceptBy: acceptBy.toISOString(), shipBy: shipBy.toISOString() });
    expect(acceptOrder.order.deadline).toMatchObject({ kind: 'SHIP', dueAt: shipBy.toISOString(), status: 'ON_TRACK' });

    const { saveShipment } = await demo.data<{ saveShipment: { order: OrderView; userErrors: unknown[] } }>(
      `mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { order { id ${DEADLINE} } ${ERRORS} } }`,
      {
        input: {
          orderId: id,
          carrier: 'UPS',
          trackingNumbers: ['1Z999AA10123456784'],
          shippedOn: new Date().toISOString().slice(0, 10),
          shippingCost: 0,
        },
      },
    );
    expect(saveShipment.userErrors).toEqual([]);
    expect(saveShipment.order).toMatchObject({ shipBy: shipBy.toISOString(), deadline: null });
    await updateSettings({ acceptWithinBusinessDays: 2, shipWithinBusinessDays: 5, timeZone: 'America/New_York' });
  });

  it('stops the clock on rejection, and a split keeps the placement deadline', async () => {
    const parent = await seed.pendingOrder('Demo Brand', { minItems: 2 });
    const before = await view(parent.id);
    const { splitOrder } = await demo.data<{ splitOrder: { newOrder: OrderView; userErrors: unknown[] } }>(
      `mutation($input: SplitOrderInput!) { splitOrder(input: $input) { newOrder { id ${DEADLINE} } ${ERRORS} } }`,
      { input: { orderId: parent.id, itemIds: [parent.itemIds[0]] } },
    );
    expect(splitOrder.userErrors).toEqual([]);
    expect(splitOrder.newOrder).toMatchObject({ acceptBy: before.acceptBy, deadline: before.deadline });

    const { rejectOrder } = await demo.data<{ rejectOrder: { order: OrderView; userErrors: unknown[] } }>(
      `mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { order { id ${DEADLINE} } ${ERRORS} } }`,
      { input: { orderId: parent.id, reason: 'OUT_OF_STOCK' } },
    );
    expect(rejectOrder.userErrors).toEqual([]);
    expect(rejectOrder.order).toMatchObject({ acceptBy: before.acceptBy, deadline: null });
  });
});

describe('the orders list by deadline', () => {
  type Page = {
    orders: {
      edges: { cursor: string; node: { id: string; deadline: Deadline } }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        endCursor: string | null;
        startCursor: string | null;
      };
    };
  };
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: OrderFilter, $sort: OrderSort) {
    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
      edges { cursor node { id deadline { kind dueAt status } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  /** Pending orders due at every status, so each filter has something to find. */
  beforeAll(async () => {
    const { endOfToday, endOfNextBusinessDay } = deadlineBoundaries(new Date(), 'America/New_York');
    const dueAt = [
      new Date(Date.now() - 3_600_000),
      endOfToday,
      endOfNextBusinessDay,
      new Date(endOfNextBusinessDay.getTime() + 7 * 86_400_000),
    ];
    for (const due of dueAt) {
      const order = await seed.pendingOrder('Demo Brand');
      await app.db.dataSource.query(`UPDATE orders SET accept_by = $2, deadline_at = $2 WHERE id = $1`, [
        order.id,
        due,
      ]);
    }
  });

  /** Every Demo Brand order in the DEADLINE order, from the database. */
  async function expectedOrder(): Promise<{ id: string; deadline_at: Date | null }[]> {
    return app.db.dataSource.query(
      `SELECT o.id, o.deadline_at FROM orders o JOIN sellers s ON s.id = o.seller_id WHERE s.name = 'Demo Brand'
        ORDER BY o.deadline_at ASC NULLS LAST, o.id ASC`,
    );
  }

  it('pages forward and backward through every order, soonest deadline first, those without one last', async () => {
    const expected = (await expectedOrder()).map((row) => row.id);
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await demo.data<Page>(PAGE, { first: 37, after, sort: 'DEADLINE' });
      forward.push(...page.orders.edges.map((edge) => edge.node.id));
      if (!page.orders.pageInfo.hasNextPage) break;
      after = page.orders.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Page = await demo.data<Page>(PAGE, { last: 41, before, sort: 'DEADLINE' });
      backward.unshift(...page.orders.edges.map((edge) => edge.node.id));
      if (!page.orders.pageInfo.hasPreviousPage) break;
      before = page.orders.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  it('filters by deadline status, in the list and in the counts', async () => {
    const boundaries = deadlineBoundaries(new Date(), 'America/New_York');
    const rows = await expectedOrder();
    for (const status of Object.values(DeadlineStatus)) {
      const expected = rows
        .filter((row) => row.deadline_at && deadlineStatusOf(row.deadline_at, boundaries) === status)
        .map((row) => row.id);
      expect(expected.length).toBeGreaterThan(0);
      const page = await demo.data<Page>(PAGE, { first: 100, filter: { deadlineStatus: status }, sort: 'DEADLINE' });
      expect([status, page.orders.edges.map((edge) => edge.node.id)]).toEqual([status, expected]);
      expect(page.orders.edges.every((edge) => edge.node.deadline?.status === status)).toBe(true);
      const { orderStatusCounts } = await demo.data<{ orderStatusCounts: { all: number } }>(
        `query($filter: OrderFilter) { orderStatusCounts(filter: $filter) { all } }`,
        { filter: { deadlineStatus: status } },
      );
      expect(orderStatusCounts.all).toBe(expected.length);
    }
  });

  it('refuses a cursor from the other sort', async () => {
    const newest = await demo.data<Page>(PAGE, { first: 2 });
    const byDeadline = await demo.data<Page>(PAGE, { first: 2, sort: 'DEADLINE' });
    const mixed = [
      await demo.request(PAGE, { first: 2, after: newest.orders.pageInfo.endCursor, sort: 'DEADLINE' }),
      await demo.request(PAGE, { first: 2, after: byDeadline.orders.pageInfo.endCursor }),
    ];
    expect(mixed.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });
});
