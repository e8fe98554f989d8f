import type { GraphQLClient, TestApp } from '../test/test-app';
import { startTestApp } from '../test/test-app';
import { allPages as pageThrough, type TestConnection } from '../test/connection-pages';

const LIST = /* GraphQL */ `
  query Invoices($first: Int, $after: String, $last: Int, $before: String, $filter: InvoiceFilter, $sort: InvoiceSort) {
    invoices(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          displayNumber
          status
          overdue
          dueOn
          issuedAt
          order {
            buyerName
          }
        }
      }
    }
  }
`;

type Node = {
  id: string;
  number: number | null;
  displayNumber: string | null;
  status: string;
  overdue: boolean;
  dueOn: string | null;
  issuedAt: string | null;
  order: { buyerName: string };
};
type ListResult = { invoices: TestConnection<Node> };

let app: TestApp;
let demo: GraphQLClient;
let other: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  other = await app.signIn('owner@other-brand.test');
});
afterAll(() => app.close());

const allPages = (client: GraphQLClient, variables: Record<string, unknown> = {}, first = 7) =>
  pageThrough<Node>(client, LIST, 'invoices', variables, first);

/** The seller's invoice ids straight from SQL, `where` on invoices `i` and orders `o`. */
async function sqlIds(seller: string, where = 'true', order = 'i.created_at DESC, i.id DESC', params: unknown[] = []) {
  const rows: { id: string }[] = await app.db.dataSource.query(
    `SELECT i.id FROM invoices i JOIN orders o ON o.id = i.order_id JOIN sellers s ON s.id = i.seller_id
      WHERE s.name = $1 AND ${where} ORDER BY ${order}`,
    [seller, ...params],
  );
  return rows.map((r) => r.id);
}

describe('invoices connection', () => {
  it('pages forward through every invoice exactly once, newest first, with a total count', async () => {
    const { ids, totalCount } = await allPages(demo);
    const expected = await sqlIds('Demo Brand');
    expect(expected.length).toBeGreaterThan(20);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  it('pages by due date (none last) and backward with last/before to the same pages', async () => {
    const { ids } = await allPages(demo, { sort: 'DUE_DATE' }, 9);
    expect(ids).toEqual(await sqlIds('Demo Brand', 'true', `coalesce(i.due_on, 'infinity'::date), i.id`));

    const first = await demo.data<ListResult>(LIST, { first: 5 });
    const second = await demo.data<ListResult>(LIST, { first: 5, after: first.invoices.pageInfo.endCursor });
    const back = await demo.data<ListResult>(LIST, { last: 5, before: second.invoices.pageInfo.startCursor });
    expect(back.invoices.edges.map((e) => e.node.id)).toEqual(first.invoices.edges.map((e) => e.node.id));
    expect(back.invoices.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('filters by statuses, overdue and issue date range exactly as SQL does', async () => {
    const { nodes: all } = await allPages(demo, {}, 100);
    const issuedOrVoid = await allPages(demo, { filter: { status: ['ISSUED', 'VOID'] } });
    expect(issuedOrVoid.ids).toEqual(await sqlIds('Demo Brand', `i.status IN ('ISSUED', 'VOID')`));
    expect((await allPages(demo, { filter: { status: [] } })).ids).toEqual([]);

    const overdue = await allPages(demo, { filter: { overdue: true } });
    expect(overdue.ids.length).toBeGreaterThan(0);
    expect(overdue.ids).toEqual(all.filter((n) => n.overdue).map((n) => n.id));
    expect(overdue.ids).toEqual(
      await sqlIds(
        'Demo Brand',
        `i.status = 'ISSUED' AND i.payment_status IN ('UNPAID', 'PROCESSING', 'REQUIRES_ACTION', 'FAILED')
          AND i.due_on < (now() AT TIME ZONE s.time_zone)::date`,
      ),
    );
    const notOverdue = await allPages(demo, { filter: { overdue: false } });
    expect(notOverdue.ids).toEqual(all.filter((n) => !n.overdue).map((n) => n.id));

    const issued = all.filter((n) => n.issuedAt).map((n) => n.issuedAt!);
    issued.sort();
    const [from, to] = [issued[Math.floor(issued.length / 4)]!, issued[Math.floor((issued.length * 3) / 4)]!];
    const range = await allPages(demo, { filter: { issuedFrom: from, issuedTo: to, status: ['ISSUED'] } });
    expect(range.ids.length).toBeGreaterThan(0);
    expect(range.ids).toEqual(
      await sqlIds('Demo Brand', `i.status = 'ISSUED' AND i.issued_at >= $2 AND i.issued_at < $3`, undefined, [
        from,
        to,
      ]),
    );
  });

  it('searches by invoice number, as printed, and by part of the buyer name', async () => {
    const { nodes: all } = await allPages(demo, {}, 100);
    const numbered = all.find((n) => n.number !== null)!;
    for (const search of [String(numbered.number), `#${numbered.number}`, numbered.displayNumber!]) {
      const { nodes } = await allPages(demo, { filter: { search } });
      expect(nodes.map((n) => n.id)).toContain(numbered.id);
      expect(nodes.every((n) => n.number === numbered.number || n.order.buyerName.includes(search))).toBe(true);
    }
    const part = numbered.order.buyerName.slice(1, 6);
    const byName = await allPages(demo, { filter: { search: part } });
    expect(byName.ids).toEqual(await sqlIds('Demo Brand', `o.buyer_name ILIKE $2`, undefined, [`%${part}%`]));
    expect(byName.ids).toContain(numbered.id);
    expect((await allPages(demo, { filter: { search: '%' } })).ids).toEqual([]);
  });

  it("never shows another seller's invoices, whatever the filter", async () => {
    const theirs = await allPages(other);
    expect(theirs.ids.length).toBeGreaterThan(0);
    expect(theirs.ids).toEqual(await sqlIds('Other Brand'));
    const ours = new Set((await allPages(demo)).ids);
    expect(theirs.ids.some((id) => ours.has(id))).toBe(false);
    const theirBuyer = theirs.nodes[0]!.order.buyerName;
    const searched = await allPages(demo, { filter: { search: theirBuyer } });
    expect(searched.ids.every((id) => ours.has(id))).toBe(true);
  });

  it('refuses a bad or foreign cursor and an oversized page with typed errors', async () => {
    const tooBig = await demo.request(LIST, { first: 101 });
    expect(tooBig.errors?.[0]).toMatchObject({
      message: 'Page size must be between 1 and 100.',
      extensions: { code: 'BAD_USER_INPUT', field: ['first'] },
    });
    const { orders } = await demo.data<{ orders: { pageInfo: { endCursor: string } } }>(
      `{ orders(first: 1) { pageInfo { endCursor } } }`,
    );
    const newest = await demo.data<ListResult>(LIST, { first: 1 });
    for (const [after, sort] of [
      ['not-a-cursor', 'NEWEST'],
      [orders.pageInfo.endCursor, 'NEWEST'],
      [newest.invoices.pageInfo.endCursor, 'DUE_DATE'],
    ]) {
      const bad = await demo.request(LIST, { first: 5, after, sort });
      expect(bad.data).toBeNull();
      expect(bad.errors?.[0]).toMatchObject({
        message: 'This cursor is not valid; start from the first page.',
        extensions: { code: 'BAD_USER_INPUT', field: ['after'] },
      });
      expect(JSON.stringify(bad)).not.toMatch(/stack|at .*\.ts/);
    }
  });

  it('needs invoices:read with an API key, and prices a page by its size', async () => {
    const key = async (scope: string) => {
      const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
        `mutation { createApiKey(input: { name: "list ${scope}", scopes: [${scope}] }) { secret } }`,
      );
      return app.withApiKey(createApiKey.secret);
    };
    const page = `{ invoices(first: 100) { edges { node { id status } } } }`;
    const refused = await (await key('ORDERS_READ')).request(page);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answer = await (await key('INVOICES_READ')).request(page);
    expect(answer.errors).toBeUndefined();
    // Like orders: 1 for the field, then 100 × (edge + node).
    expect((answer as { extensions?: { cost: { requestedQueryCost: number } } }).extensions?.cost).toMatchObject({
      requestedQueryCost: 201,
    });
  });

  it('reads a page in one statement, whatever its size, and counts only when asked', async () => {
    const count = async (query: string) => {
      app.db.statements.length = 0;
      await demo.data(query);
      return app.db.statements.filter((sql) => /FROM invoices i/.test(sql)).length;
    };
    expect(await count(`{ invoices(first: 5) { edges { node { id displayNumber overdue } } } }`)).toBe(1);
    expect(await count(`{ invoices(first: 100) { edges { node { id displayNumber overdue } } } }`)).toBe(1);
    expect(await count(`{ invoices(first: 100) { totalCount edges { node { id } } } }`)).toBe(2);
  });
});
