import v8 from 'node:v8';
import vm from 'node:vm';
import { parse } from 'csv-parse/sync';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { ORDER_EXPORT_HEADER } from './order-export.service';

let app: TestApp;
let demo: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

/** A full garbage collection, so the heap measured before the download holds live objects only. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

const HEADER_LINE =
  'Order ID,Placed,Buyer,Status,Payment Status,Payment Method,Items,Subtotal,Shipping,Total,Currency,Accept By,Ship By,Deadline';

const download = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/exports/orders.csv${query}`, {
    headers: { ...(demo.cookie ? { cookie: demo.cookie } : {}), ...headers },
  });

const rowsOf = (csv: string): string[][] => parse(csv, { relax_column_count: false });

type ListNode = {
  number: number;
  placedAt: string;
  buyerName: string;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  itemCount: number;
  subtotal: { amount: number };
  shipping: { amount: number };
  total: { amount: number; currency: string };
  acceptBy: string;
  shipBy: string | null;
  deadline: { status: string } | null;
};

/** The same list through GraphQL, every page, as the CSV should show it. */
async function listed(filter: Record<string, unknown>, sort: string): Promise<string[][]> {
  const rows: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const {
      orders,
    }: { orders: { edges: { node: ListNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
      await demo.data(
        `query($after: String, $filter: OrderFilter, $sort: OrderSort) {
          orders(first: 100, after: $after, filter: $filter, sort: $sort) {
            edges { node { number placedAt buyerName status paymentStatus paymentMethod itemCount
              subtotal { amount } shipping { amount } total { amount currency } acceptBy shipBy deadline { status } } }
            pageInfo { hasNextPage endCursor } } }`,
        { after, filter, sort },
      );
    const cents = (amount: number) => (amount / 100).toFixed(2);
    for (const { node: o } of orders.edges) {
      rows.push([
        String(o.number),
        o.placedAt,
        o.buyerName,
        o.status,
        o.paymentStatus,
        o.paymentMethod,
        String(o.itemCount),
        cents(o.subtotal.amount),
        cents(o.shipping.amount),
        cents(o.total.amount),
        o.total.currency,
        o.acceptBy,
        o.shipBy ?? '',
        o.deadline?.status ?? '',
      ]);
    }
    if (!orders.pageInfo.hasNextPage) return rows;
    after = orders.pageInfo.endCursor;
  }
}

/** Whether the export's query is still being read (a cursor open on another connection). */
async function exportQueryRunning(): Promise<boolean> {
  const rows: { state: string }[] = await app.db.dataSource.query(
    `SELECT state FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'SELECT "o"."number" AS number, %'`,
  );
  return rows.some((row) => row.state !== 'idle');
}

describe('CSV export of the orders list', () => {
  it('streams the filtered list in the list order, with the contract header, as an attachment', async () => {
    const response = await download('?status=PENDING&sort=DEADLINE');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csv = await response.text();
    expect(csv.split('\r\n')[0]).toBe(HEADER_LINE);
    expect(ORDER_EXPORT_HEADER.join(',')).toBe(HEADER_LINE);
    const [, ...rows] = rowsOf(csv);
    expect(rows).toEqual(await listed({ status: 'PENDING' }, 'DEADLINE'));
    expect(rows.length).toBeGreaterThan(10);
  });

  it('takes every list filter, newest first by default', async () => {
    const [{ id: buyerId }] = await app.db.dataSource.query(
      `SELECT buyer_id AS id FROM orders WHERE seller_id = (SELECT id FROM sellers WHERE name = 'Demo Brand')
        GROUP BY buyer_id ORDER BY count(*) DESC LIMIT 1`,
    );
    const filter = { buyerId, paymentStatus: 'PAID', placedFrom: '2020-01-01T00:00:00.000Z', search: 'e' };
    const query = new URLSearchParams(filter).toString();
    const [, ...rows] = rowsOf(await (await download(`?${query}`)).text());
    expect(rows).toEqual(await listed(filter, 'NEWEST'));
    const [, ...overdue] = rowsOf(await (await download('?overdue=true&deadlineStatus=LATE')).text());
    expect(overdue).toEqual(await listed({ overdue: true, deadlineStatus: 'LATE' }, 'NEWEST'));
  });

  it('quotes per RFC 4180 and defuses cells a spreadsheet would run as formulas', async () => {
    const [order] = await app.db.dataSource.query(
      `UPDATE orders SET buyer_name = $1, number = 987654
        WHERE id = (SELECT id FROM orders WHERE seller_id = (SELECT id FROM sellers WHERE name = 'Demo Brand') LIMIT 1)
        RETURNING id`,
      ['=HYPERLINK("http://evil.test", "Click"), Inc.\nLine two'],
    );
    expect(order).toBeDefined();
    const csv = await (await download('?search=987654')).text();
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.test"", ""Click""), Inc.\nLine two"');
    const [, row] = rowsOf(csv);
    expect(row![2]).toBe('\'=HYPERLINK("http://evil.test", "Click"), Inc.\nLine two');
    for (const start of ['+', '-', '@']) {
      await app.db.dataSource.query(`UPDATE orders SET buyer_name = $1 WHERE number = 987654`, [`${start}SUM(A1)`]);
      const [, again] = rowsOf(await (await download('?search=987654')).text());
      expect(again![2]).toBe(`'${start}SUM(A1)`);
    }
  });

  it('answers 401 without credentials, 403 for a key without orders:read, 400 for a bad parameter', async () => {
    expect((await fetch(`${app.url}/exports/orders.csv`)).status).toBe(401);
    const keys = await Promise.all(
      ['ORDERS_READ', 'INVOICES_READ'].map(async (scope) => {
        const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
          `mutation($scope: ApiKeyScope!) { createApiKey(input: { name: "export", scopes: [$scope] }) { secret } }`,
          { scope },
        );
        return createApiKey.secret;
      }),
    );
    const asKey = (secret: string) =>
      fetch(`${app.url}/exports/orders.csv`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await asKey(keys[0]!)).status).toBe(200);
    expect((await asKey(keys[1]!)).status).toBe(403);
    expect((await asKey('od_live_not-a-key')).status).toBe(401);
    for (const bad of [
      '?status=SHIPPED',
      '?placedFrom=yesterday',
      '?overdue=maybe',
      '?colour=red',
      `?search=${'x'.repeat(101)}`,
    ]) {
      const response = await download(bad);
      expect([bad, response.status]).toEqual([bad, 400]);
      expect(((await response.json()) as { error: string }).error).toEqual(expect.any(String));
    }
  });

  it('streams 100,000 orders from a cursor without holding them in memory', async () => {
    const other = await app.signIn('owner@other-brand.test');
    const [template] = await app.db.dataSource.query(
      `SELECT id, seller_id FROM orders WHERE status = 'PENDING' AND seller_id = (SELECT id FROM sellers WHERE name = 'Other Brand') LIMIT 1`,
    );
    const columns: string[] = (
      await app.db.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'
          AND column_name NOT IN ('id', 'number', 'placed_at', 'accept_by', 'deadline_at', 'created_at', 'updated_at')`,
      )
    ).map((row: { column_name: string }) => row.column_name);
    await app.db.dataSource.query(
      `INSERT INTO orders (${columns.join(', ')}, number, placed_at, accept_by, deadline_at)
       SELECT ${columns.map((c) => `t.${c}`).join(', ')}, 100000 + g, p.at, p.at + interval '2 days', p.at + interval '2 days'
         FROM orders t, generate_series(1, 100000) g, LATERAL (SELECT now() - g * interval '1 second' AS at) p
        WHERE t.id = $1`,
      [template.id],
    );
    const [{ count }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS count FROM orders WHERE seller_id = $1`,
      [template.seller_id],
    );
    expect(count).toBeGreaterThan(100_000);

    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    // What the process still holds after a collection, sampled while the download runs: garbage between
    // collections varies with the machine's load, what is retained is what buffering would show.
    let retained = 0;
    const response = await fetch(`${app.url}/exports/orders.csv`, { headers: { cookie: other.cookie! } });
    // Read as it comes, keeping only the last line: the test itself holds no more than the server should.
    let cursorOpenAtFirstRows = false;
    let lines = 0;
    let previousPlaced = '9999';
    let ordered = true;
    let rest = '';
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) {
      const text = rest + decoder.decode(chunk, { stream: true });
      const parts = text.split('\r\n');
      rest = parts.pop()!;
      if (lines === 0) cursorOpenAtFirstRows = await exportQueryRunning();
      for (const line of parts) {
        lines += 1;
        if (lines % 25_000 === 0) {
          collectGarbage();
          retained = Math.max(retained, process.memoryUsage().heapUsed - before);
        }
        if (lines === 1) continue; // header
        const placed = line.split(',')[1]!;
        ordered &&= placed <= previousPlaced;
        previousPlaced = placed;
      }
    }
    expect(rest).toBe('');
    expect(lines - 1).toBe(count);
    expect(ordered).toBe(true);
    // The first rows arrived while the database was still reading the rest through the cursor,
    expect(cursorOpenAtFirstRows).toBe(true);
    // and the heap stayed flat: the CSV is ~13 MB, 100,000 orders read at once would hold hundreds of MB;
    // streamed, only the cursor's current batch and the socket's buffers are alive at any moment.
    expect(retained).toBeLessThan(32 * 1024 * 1024);
  }, 60_000);
});
