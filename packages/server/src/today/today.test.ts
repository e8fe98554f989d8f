import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { sellerTodaySql } from '../sellers/seller-today';

let app: TestApp;
let demo: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

type OrderEntry = {
  id: string;
  number: number;
  status: string;
  buyer: { companyName: string };
  deadline: { kind: string; dueAt: string; status: string } | null;
  items: { sku: string }[];
  shipment: { carrier: string } | null;
};
type InvoiceEntry = { id: string; displayNumber: string; paymentStatus: string; dueOn: string | null };
type TodayView = {
  today: {
    pendingOrders: { count: number; lateCount: number; orders: OrderEntry[] };
    unshippedOrders: { count: number; lateCount: number; orders: OrderEntry[] };
    uninvoicedOrders: { count: number; lateCount: number; orders: OrderEntry[] };
    failedPayments: { count: number; invoices: InvoiceEntry[] };
    overdueInvoices: { count: number; invoices: InvoiceEntry[] };
  };
};
const ORDER = `id number status buyer { companyName } deadline { kind dueAt status } items { sku } shipment { carrier }`;
const INVOICE = `id displayNumber paymentStatus dueOn`;
const TODAY = `query($first: Int) { today {
  pendingOrders { count lateCount orders(first: $first) { ${ORDER} } }
  unshippedOrders { count lateCount orders(first: $first) { ${ORDER} } }
  uninvoicedOrders { count lateCount orders(first: $first) { ${ORDER} } }
  failedPayments { count invoices(first: $first) { ${INVOICE} } }
  overdueInvoices { count invoices(first: $first) { ${INVOICE} } } } }`;

const ids = async (sql: string): Promise<string[]> => {
  const rows: { id: string }[] = await app.db.dataSource.query(sql);
  return rows.map((row) => row.id);
};
const DEMO = `(SELECT id FROM sellers WHERE name = 'Demo Brand')`;

describe('Today', () => {
  it('counts and lists what needs the seller, each list in its order, from the seeded Demo Brand', async () => {
    const { today } = await demo.data<TodayView>(TODAY, { first: 20 });

    const pending = await ids(
      `SELECT id FROM orders WHERE seller_id = ${DEMO} AND status = 'PENDING' ORDER BY accept_by, id`,
    );
    expect(today.pendingOrders.count).toBe(pending.length);
    expect(today.pendingOrders.orders.map((o) => o.id)).toEqual(pending.slice(0, 20));
    const late = await ids(
      `SELECT id FROM orders WHERE seller_id = ${DEMO} AND status = 'PENDING' AND accept_by < now()`,
    );
    expect(today.pendingOrders.lateCount).toBe(late.length);
    expect(late.length).toBeGreaterThan(0); // the seed keeps a late pending order on the page
    expect(today.pendingOrders.orders[0]!.deadline).toMatchObject({ kind: 'ACCEPT', status: 'LATE' });

    const unshipped = await ids(
      `SELECT o.id FROM orders o WHERE o.seller_id = ${DEMO} AND o.status = 'ACCEPTED'
          AND o.id NOT IN (SELECT order_id FROM shipments) ORDER BY o.ship_by, o.id`,
    );
    expect(unshipped.length).toBeGreaterThan(0);
    expect(today.unshippedOrders.count).toBe(unshipped.length);
    expect(today.unshippedOrders.orders.map((o) => o.id)).toEqual(unshipped.slice(0, 20));
    expect(today.unshippedOrders.orders.every((o) => o.deadline?.kind === 'SHIP' && !o.shipment)).toBe(true);

    const uninvoiced = await ids(
      `SELECT o.id FROM orders o JOIN shipments s ON s.order_id = o.id
        WHERE o.seller_id = ${DEMO} AND o.status <> 'CANCELLED'
          AND o.id NOT IN (SELECT order_id FROM invoices WHERE status = 'ISSUED') ORDER BY s.created_at, o.id`,
    );
    expect(uninvoiced.length).toBeGreaterThan(0);
    expect(today.uninvoicedOrders).toMatchObject({ count: uninvoiced.length, lateCount: 0 });
    expect(today.uninvoicedOrders.orders.map((o) => o.id)).toEqual(uninvoiced.slice(0, 20));

    const failed = await ids(
      `SELECT id FROM invoices WHERE seller_id = ${DEMO} AND status = 'ISSUED' AND payment_method = 'CARD'
          AND payment_status = 'FAILED' ORDER BY issued_at DESC, id DESC`,
    );
    expect(failed.length).toBeGreaterThan(0);
    expect(today.failedPayments.count).toBe(failed.length);
    expect(today.failedPayments.invoices.map((i) => i.id)).toEqual(failed.slice(0, 20));

    // Overdue from the seller's today, not the database's: they differ for hours a day.
    const overdue = await ids(
      `SELECT id FROM invoices WHERE seller_id = ${DEMO} AND status = 'ISSUED' AND payment_method = 'TERMS'
          AND payment_status NOT IN ('PAID', 'REFUNDED')
          AND due_on < ${sellerTodaySql(DEMO)}
        ORDER BY due_on, id`,
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(today.overdueInvoices.count).toBe(overdue.length);
    expect(today.overdueInvoices.invoices.map((i) => i.id)).toEqual(overdue.slice(0, 20));
  });

  it('shows five of each by default and refuses more than 20', async () => {
    const { today } = await demo.data<TodayView>(TODAY.replace('$first: Int', '$first: Int = 5'));
    expect(today.pendingOrders.orders).toHaveLength(5);
    const refused = await demo.request(TODAY, { first: 21 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the whole page in a fixed number of SQL statements, whatever the list sizes (no N+1)', async () => {
    const count = async (first: number) => {
      app.db.statements.length = 0;
      await demo.data<TodayView>(TODAY, { first });
      return app.db.statements.length;
    };
    const small = await count(2);
    const large = await count(20);
    expect(large).toBe(small);
    // The session, two counts, five lists, and each relation once per order list (items, buyers, sellers, shipments).
    expect(small).toBeLessThanOrEqual(18);
  });

  it("shows only the viewer's seller, and needs orders:read", async () => {
    const other = await app.signIn('owner@other-brand.test');
    const { today } = await other.data<TodayView>(TODAY, { first: 20 });
    const [{ count }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS count FROM orders WHERE seller_id = (SELECT id FROM sellers WHERE name = 'Other Brand') AND status = 'PENDING'`,
    );
    expect(today.pendingOrders.count).toBe(count);
    expect((await app.anonymous().request(TODAY)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
