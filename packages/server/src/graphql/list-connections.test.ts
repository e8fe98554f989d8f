import type { GraphQLClient, TestApp } from '../test/test-app';
import { startTestApp } from '../test/test-app';
import { allPages, type TestConnection } from '../test/connection-pages';

// buyersConnection and catalogueVariantsConnection (invoices: invoices/invoices-list.test.ts).

const BUYERS = /* GraphQL */ `
  query Buyers($first: Int, $after: String, $last: Int, $before: String, $search: String) {
    buyersConnection(first: $first, after: $after, last: $last, before: $before, search: $search) {
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
          companyName
          customer {
            name
          }
        }
      }
    }
  }
`;

const VARIANTS = /* GraphQL */ `
  query Variants($first: Int, $after: String, $search: String) {
    catalogueVariantsConnection(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          sku
          productName
          unitPrice {
            amount
          }
        }
      }
    }
  }
`;

type Buyer = { id: string; companyName: string; customer: { name: string } | null };
type Variant = { id: string; sku: string; productName: string };

let app: TestApp;
let demo: GraphQLClient;
let other: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  other = await app.signIn('owner@other-brand.test');
});
afterAll(() => app.close());

const buyers = (client: GraphQLClient, search: string | null = null, first = 3) =>
  allPages<Buyer>(client, BUYERS, 'buyersConnection', { search }, first);
const variants = (client: GraphQLClient, search: string | null = null, first = 7) =>
  allPages<Variant>(client, VARIANTS, 'catalogueVariantsConnection', { search }, first);

async function sqlBuyers(seller: string, search = '%') {
  const rows: { id: string }[] = await app.db.dataSource.query(
    `SELECT b.id FROM buyers b WHERE b.company_name ILIKE $2 AND EXISTS (
       SELECT 1 FROM orders o JOIN sellers s ON s.id = o.seller_id WHERE s.name = $1 AND o.buyer_id = b.id)
     ORDER BY b.company_name, b.id`,
    [seller, search],
  );
  return rows.map((r) => r.id);
}

async function sqlVariants(seller: string, search = '%') {
  const rows: { id: string }[] = await app.db.dataSource.query(
    `SELECT v.id FROM product_variants v JOIN products p ON p.id = v.product_id JOIN sellers s ON s.id = v.seller_id
      WHERE s.name = $1 AND (v.sku ILIKE $2 OR p.name ILIKE $2) ORDER BY p.name, v.sku, v.id`,
    [seller, search],
  );
  return rows.map((r) => r.id);
}

describe('buyersConnection', () => {
  it('pages through every buyer of the seller exactly once, by company name, with a total count', async () => {
    const { ids, nodes, totalCount } = await buyers(demo);
    const expected = await sqlBuyers('Demo Brand');
    expect(expected.length).toBeGreaterThan(5);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    expect(nodes.some((n) => n.customer)).toBe(true);
  });

  it('searches by part of the company name, and pages backward to the same pages', async () => {
    const { ids } = await buyers(demo, 'home', 1);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(await sqlBuyers('Demo Brand', '%home%'));

    const first = await demo.data<{ buyersConnection: TestConnection<Buyer> }>(BUYERS, { first: 2 });
    const second = await demo.data<{ buyersConnection: TestConnection<Buyer> }>(BUYERS, {
      first: 2,
      after: first.buyersConnection.pageInfo.endCursor,
    });
    const back = await demo.data<{ buyersConnection: TestConnection<Buyer> }>(BUYERS, {
      last: 2,
      before: second.buyersConnection.pageInfo.startCursor,
    });
    expect(back.buyersConnection.edges.map((e) => e.node.id)).toEqual(
      first.buyersConnection.edges.map((e) => e.node.id),
    );
  });

  it("lists only the seller's own buyers", async () => {
    // A buyer who has ordered from Other Brand only.
    const [{ id: buyerId }] = await app.db.dataSource.query(
      `INSERT INTO buyers (company_name, contact_name, email, default_payment_method)
       VALUES ('Only Other Goods', 'Ola', 'ola@only-other.test', 'TERMS') RETURNING id`,
    );
    await app.db.dataSource.query(
      `UPDATE orders SET buyer_id = $1 WHERE id = (SELECT o.id FROM orders o JOIN sellers s ON s.id = o.seller_id
         WHERE s.name = 'Other Brand' LIMIT 1)`,
      [buyerId],
    );
    const theirs = await buyers(other);
    expect(theirs.ids).toContain(buyerId);
    expect(theirs.ids).toEqual(await sqlBuyers('Other Brand'));
    const ours = new Set((await buyers(demo)).ids);
    const onlyTheirs = theirs.nodes.filter((b) => !ours.has(b.id));
    expect(onlyTheirs.length).toBeGreaterThan(0);
    const searched = await buyers(demo, onlyTheirs[0]!.companyName);
    expect(searched.ids.every((id) => ours.has(id))).toBe(true);
  });
});

describe('catalogueVariantsConnection', () => {
  it('pages through every variant of the seller exactly once, by product name, with a total count', async () => {
    const { ids, totalCount } = await variants(demo);
    const expected = await sqlVariants('Demo Brand');
    expect(expected.length).toBeGreaterThan(10);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  it('searches SKUs and product names', async () => {
    const { nodes } = await variants(demo);
    const sku = nodes[3]!.sku;
    const bySku = await variants(demo, sku.slice(0, -1), 2);
    expect(bySku.ids).toContain(nodes[3]!.id);
    expect(bySku.ids).toEqual(await sqlVariants('Demo Brand', `%${sku.slice(0, -1)}%`));
    const word = nodes[0]!.productName.split(' ')[0]!;
    const byName = await variants(demo, word, 2);
    expect(byName.ids).toEqual(await sqlVariants('Demo Brand', `%${word}%`));
  });

  it("lists only the seller's own variants", async () => {
    const theirs = await variants(other);
    expect(theirs.ids.length).toBeGreaterThan(0);
    expect(theirs.ids).toEqual(await sqlVariants('Other Brand'));
    const ours = new Set((await variants(demo)).ids);
    expect(theirs.ids.some((id) => ours.has(id))).toBe(false);
    const searched = await variants(demo, theirs.nodes[0]!.sku);
    expect(searched.ids.every((id) => ours.has(id))).toBe(true);
  });
});

describe('both connections', () => {
  it("refuse a bad or another list's cursor and an oversized page with typed errors", async () => {
    const buyersPage = await demo.data<{ buyersConnection: TestConnection<Buyer> }>(BUYERS, { first: 1 });
    const buyerCursor = buyersPage.buyersConnection.pageInfo.endCursor;
    for (const [query, after] of [
      [VARIANTS, buyerCursor],
      [VARIANTS, 'not-a-cursor'],
      [BUYERS, 'WyJidXllcnMiLDEsMl0'],
    ] as const) {
      const bad = await demo.request(query, { first: 5, after });
      expect(bad.errors?.[0]).toMatchObject({
        message: 'This cursor is not valid; start from the first page.',
        extensions: { code: 'BAD_USER_INPUT', field: ['after'] },
      });
    }
    for (const query of [BUYERS, VARIANTS]) {
      const tooBig = await demo.request(query, { first: 101 });
      expect(tooBig.errors?.[0]).toMatchObject({
        message: 'Page size must be between 1 and 100.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('are priced like orders: the page size times what each item selects', async () => {
    const cost = async (query: string) =>
      ((await demo.request(query)) as { extensions?: { cost: { requestedQueryCost: number } } }).extensions?.cost
        .requestedQueryCost;
    expect(await cost(`{ buyersConnection(first: 100) { edges { node { id customer { name } } } } }`)).toBe(301);
    expect(
      await cost(`{ catalogueVariantsConnection(first: 40) { edges { node { id unitPrice { amount } } } } }`),
    ).toBe(81);
    expect(await cost(`{ catalogueVariantsConnection { totalCount edges { node { id } } } }`)).toBe(51);
  });

  it('read a page in one statement whatever its size (buyers select only the columns asked for)', async () => {
    const count = async (query: string, table: RegExp) => {
      app.db.statements.length = 0;
      await demo.data(query);
      return app.db.statements.filter((sql) => table.test(sql));
    };
    const small = await count(`{ buyersConnection(first: 2) { edges { node { id companyName } } } }`, /FROM buyers b/);
    expect(small).toHaveLength(1);
    expect(small[0]).not.toMatch(/card_last4/);
    expect(await count(`{ buyersConnection(first: 100) { edges { node { id } } } }`, /FROM buyers b/)).toHaveLength(1);
    expect(
      await count(`{ catalogueVariantsConnection(first: 100) { edges { node { id } } } }`, /FROM product_variants v/),
    ).toHaveLength(1);
  });
});
