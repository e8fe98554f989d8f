import { eventually } from '@order-desk/testing';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const SYNC = /* GraphQL */ `
  query Sync($after: String, $filter: OrderFilter) {
    orders(first: 40, after: $after, sort: UPDATED_AT, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          updatedAt
        }
      }
    }
  }
`;
type Synced = { id: string; version: number; updatedAt: string };
type SyncPage = {
  orders: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Synced }[] };
};

const ERRORS = 'userErrors { code }';
const NOTE = `mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { order { id } ${ERRORS} } }`;
const QUANTITY = `mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { order { id } ${ERRORS} } }`;
const ACCEPT = `mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { order { id } ${ERRORS} } }`;

let app: TestApp;
let demo: GraphQLClient;
let partner: GraphQLClient;
let demoSellerId: string;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
    `mutation { createApiKey(input: { name: "sync", scopes: [ORDERS_READ] }) { secret } }`,
  );
  partner = app.withApiKey(createApiKey.secret);
  [{ id: demoSellerId }] = await app.db.dataSource.query(`SELECT id FROM sellers WHERE name = 'Demo Brand'`);
});
afterAll(() => app.close());

/** A partner's sync: pages forward from its last cursor, remembering every version it was given. */
class Partner {
  cursor: string | null = null;
  readonly latest = new Map<string, Synced>();
  readonly answered: Synced[] = [];

  /** Reads every page there is now. */
  async catchUp(filter: Record<string, unknown> = {}): Promise<void> {
    for (;;) {
      const { orders } = await partner.data<SyncPage>(SYNC, { after: this.cursor, filter });
      for (const { node } of orders.edges) {
        this.answered.push(node);
        const before = this.latest.get(node.id);
        // An order comes back only with a newer version, never an older or the same one.
        if (before) expect(node.version).toBeGreaterThan(before.version);
        this.latest.set(node.id, node);
      }
      this.cursor = orders.pageInfo.endCursor ?? this.cursor;
      if (!orders.pageInfo.hasNextPage) return;
    }
  }
}

async function databaseOrders(): Promise<Synced[]> {
  const rows: { id: string; version: number; updated_at: Date }[] = await app.db.dataSource.query(
    `SELECT id, version, updated_at FROM orders WHERE seller_id = $1 ORDER BY id`,
    [demoSellerId],
  );
  return rows.map((row) => ({ id: row.id, version: row.version, updatedAt: row.updated_at.toISOString() }));
}

const byId = (orders: Iterable<Synced>) => [...orders].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('orders sync (sort UPDATED_AT)', () => {
  it('misses nothing and repeats nothing while 200 edits run concurrently through the API', async () => {
    const pending: { id: string; item_id: string }[] = await app.db.dataSource.query(
      `SELECT o.id, (SELECT i.id FROM order_items i WHERE i.order_id = o.id ORDER BY i.position LIMIT 1) AS item_id
         FROM orders o WHERE o.seller_id = $1 AND o.status = 'PENDING' AND o.item_count > 0 ORDER BY o.number`,
      [demoSellerId],
    );
    const all = await databaseOrders();
    expect(pending.length).toBeGreaterThan(5);

    const sync = new Partner();
    await sync.catchUp();
    expect(byId(sync.latest.values())).toEqual(all);

    let running = true;
    const edits = Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const order = pending[i % pending.length]!;
        if (i % 3 === 0) {
          const note = all[(i * 7) % all.length]!;
          return demo.data(NOTE, { input: { orderId: note.id, text: `Sync note ${i}` } });
        }
        if (i % 3 === 1) {
          return demo.data(QUANTITY, { input: { orderItemId: order.item_id, quantity: 1 + (i % 4) } });
        }
        // Some accepts are refused (already accepted, or the buyer needs a customer): still real traffic.
        return demo.data(ACCEPT, { input: { orderId: order.id } });
      }),
    ).finally(() => (running = false));
    while (running) await sync.catchUp();
    await edits;

    // Every change the partner sees is below the horizon: wait for the last edits' to pass it.
    await eventually(async () => {
      await sync.catchUp();
      expect(byId(sync.latest.values())).toEqual(await databaseOrders());
    });
    const versions = sync.answered.map(({ id, version }) => `${id} v${version}`);
    expect(new Set(versions).size).toBe(versions.length);
    expect(sync.answered.length).toBeGreaterThan(all.length);
  });

  it('holds back a change while an older transaction runs, so that one is never passed', async () => {
    const [first, second] = (await databaseOrders()).slice(0, 2) as [Synced, Synced];
    const sync = new Partner();
    await sync.catchUp();

    const older = app.db.dataSource.createQueryRunner();
    await older.startTransaction();
    try {
      // The older transaction writes first (its transaction id is the lower one) and commits last.
      await older.query(`UPDATE orders SET updated_at = updated_at WHERE id = $1`, [first.id]);
      await app.db.dataSource.query(`UPDATE orders SET updated_at = updated_at WHERE id = $1`, [second.id]);
      await sync.catchUp();
      expect(sync.latest.get(second.id)?.version).toBe(second.version);
      await older.commitTransaction();
    } finally {
      await older.release();
    }
    await eventually(async () => {
      await sync.catchUp();
      expect(sync.latest.get(first.id)?.version).toBe(first.version + 1);
      expect(sync.latest.get(second.id)?.version).toBe(second.version + 1);
    });
  });

  it('answers a change whose transaction started before one already answered, though its updatedAt is older', async () => {
    const [first, second] = (await databaseOrders()).slice(2, 4) as [Synced, Synced];
    const sync = new Partner();
    await sync.catchUp();

    const early = app.db.dataSource.createQueryRunner();
    await early.startTransaction();
    try {
      // It starts now (its updatedAt) but writes only after another change was committed and synced,
      // one that starts at least a millisecond later (updatedAt has millisecond precision).
      const [{ started }] = (await early.query(`SELECT now() AS started`)) as [{ started: Date }];
      await eventually(async () => {
        const [{ later }] = (await app.db.dataSource.query(
          `SELECT now() >= $1::timestamptz + interval '1 millisecond' AS later`,
          [started],
        )) as [{ later: boolean }];
        expect(later).toBe(true);
      });
      await app.db.dataSource.query(`UPDATE orders SET updated_at = updated_at WHERE id = $1`, [second.id]);
      await eventually(async () => {
        await sync.catchUp();
        expect(sync.latest.get(second.id)?.version).toBe(second.version + 1);
      });
      await early.query(`UPDATE orders SET updated_at = updated_at WHERE id = $1`, [first.id]);
      await early.commitTransaction();
    } finally {
      await early.release();
    }
    await eventually(async () => {
      await sync.catchUp();
      expect(sync.latest.get(first.id)?.version).toBe(first.version + 1);
    });
    expect(sync.latest.get(first.id)!.updatedAt < sync.latest.get(second.id)!.updatedAt).toBe(true);
  });

  it('starts from updatedSince, and refuses a cursor of another sort', async () => {
    const orders = await databaseOrders();
    const since = orders.map((o) => o.updatedAt).sort()[Math.floor(orders.length / 2)]!;
    const sync = new Partner();
    await sync.catchUp({ updatedSince: since });
    expect(byId(sync.latest.values())).toEqual(byId(orders.filter((o) => o.updatedAt >= since)));

    const { orders: newest } = await partner.data<SyncPage>(
      `{ orders(first: 1) { pageInfo { endCursor } edges { node { id } } } }`,
    );
    const refused = await partner.request(SYNC, { after: newest.pageInfo.endCursor });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
