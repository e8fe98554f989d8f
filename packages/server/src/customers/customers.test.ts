import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

// The Customers page's API: the customers connection, each customer's buyers, orders and open
// balance, and the changes (details and terms, linking and unlinking a buyer).

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

type Page = {
  customersConnection: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; email: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};
const PAGE = `query($first: Int, $after: String, $search: String) {
  customersConnection(first: $first, after: $after, search: $search) {
    totalCount edges { cursor node { id name email } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const PAYLOAD = `customer { id name email paymentTermsDays paymentTermsLabel buyers { id companyName } }
  userErrors { code field message }`;
const UPDATE = `mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { ${PAYLOAD} } }`;
const LINK = `mutation($input: CustomerBuyerInput!) { linkBuyerToCustomer(input: $input) { ${PAYLOAD} } }`;
const UNLINK = `mutation($input: CustomerBuyerInput!) { unlinkBuyerFromCustomer(input: $input) { ${PAYLOAD} } }`;
type Payload = {
  customer: {
    id: string;
    name: string;
    email: string;
    paymentTermsDays: number;
    paymentTermsLabel: string;
    buyers: { id: string; companyName: string }[];
  } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
};

type CustomerRow = { id: string; name: string; email: string; buyer_id: string | null; payment_terms_days: number };

async function customerRows(seller: 'Demo Brand' | 'Other Brand', where = 'true'): Promise<CustomerRow[]> {
  return app.db.dataSource.query(
    `SELECT id, name, email, buyer_id, payment_terms_days FROM customers
      WHERE seller_id = $1 AND ${where} ORDER BY name, id`,
    [await seed.sellerId(seller)],
  );
}

/** A buyer who ordered from the seller and has no customer of it yet. */
async function unlinkedBuyer(seller: 'Demo Brand' | 'Other Brand'): Promise<{ id: string; company_name: string }> {
  const [buyer] = await app.db.dataSource.query(
    `SELECT b.id, b.company_name FROM buyers b
      WHERE EXISTS (SELECT 1 FROM orders o WHERE o.seller_id = $1 AND o.buyer_id = b.id)
        AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.seller_id = $1 AND c.buyer_id = b.id)
      ORDER BY b.company_name LIMIT 1`,
    [await seed.sellerId(seller)],
  );
  return buyer;
}

describe('customersConnection', () => {
  it("pages through the seller's customers by name then id, and only theirs", async () => {
    const expected = await customerRows('Demo Brand');
    expect(expected.length).toBeGreaterThan(4);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { customersConnection: page }: Page = await demo.data<Page>(PAGE, { first: 2, after });
      expect(page.totalCount).toBe(expected.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((row) => row.id));
    expect(pages).toBe(Math.ceil(expected.length / 2));

    const others = new Set((await customerRows('Other Brand')).map((row) => row.id));
    expect(others.size).toBeGreaterThan(0);
    expect(seen.some((id) => others.has(id))).toBe(false);
  });

  it('searches name and email, and refuses a cursor that is not one of its own', async () => {
    const [first] = await customerRows('Demo Brand');
    const byName = await demo.data<Page>(PAGE, { search: first!.name.slice(1, -1) });
    expect(byName.customersConnection.edges.map((edge) => edge.node.id)).toContain(first!.id);
    const domain = first!.email.split('@')[1]!;
    const byEmail = await demo.data<Page>(PAGE, { search: `@${domain}` });
    const expected = await customerRows('Demo Brand', `email ILIKE '%@${domain.replace(/'/g, "''")}%'`);
    expect(byEmail.customersConnection.edges.map((edge) => edge.node.id)).toEqual(expected.map((row) => row.id));
    expect(byEmail.customersConnection.totalCount).toBe(expected.length);
    expect((await demo.data<Page>(PAGE, { search: 'no such customer anywhere' })).customersConnection).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });

    const bad = await demo.request(PAGE, { after: Buffer.from('["updated","1","x"]').toString('base64url') });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Customer fields', () => {
  const CUSTOMER = `query($search: String) { customersConnection(search: $search, first: 100) { edges { node {
    id openBalance { amount currency } buyers { id }
    orders(first: 2) { totalCount edges { node { id customer { id } } } }
  } } } }`;
  type Node = {
    id: string;
    openBalance: { amount: number; currency: string };
    buyers: { id: string }[];
    orders: { totalCount: number; edges: { node: { id: string; customer: { id: string } } }[] };
  };
  const nodes = async (client: GraphQLClient) =>
    (await client.data<{ customersConnection: { edges: { node: Node }[] } }>(CUSTOMER)).customersConnection.edges.map(
      (edge) => edge.node,
    );

  it('answers the linked buyer, the orders accepted for the customer, and a zero balance without any', async () => {
    const rows = await customerRows('Demo Brand');
    const all = await nodes(demo);
    for (const node of all) {
      const row = rows.find((r) => r.id === node.id)!;
      expect(node.buyers.map((b) => b.id)).toEqual(row.buyer_id ? [row.buyer_id] : []);
      const [{ count }] = await app.db.dataSource.query(
        `SELECT count(*)::int AS count FROM orders WHERE customer_id = $1`,
        [node.id],
      );
      expect(node.orders.totalCount).toBe(count);
      expect(node.orders.edges.every((edge) => edge.node.customer.id === node.id)).toBe(true);
    }
    const withoutOrders = all.find((node) => node.orders.totalCount === 0)!;
    expect(withoutOrders.openBalance).toEqual({ amount: 0, currency: 'USD' });
  });

  it('is the issued invoices still owed: marking one paid takes it off, drafts never count', async () => {
    const [owed] = await app.db.dataSource.query(
      `SELECT i.id, i.total_amount::int AS total, o.customer_id FROM invoices i JOIN orders o ON o.id = i.order_id
        WHERE i.seller_id = $1 AND i.status = 'ISSUED' AND i.payment_status = 'UNPAID'
          AND i.payment_method = 'TERMS' AND o.customer_id IS NOT NULL
        ORDER BY i.number LIMIT 1`,
      [await seed.sellerId('Demo Brand')],
    );
    expect(owed).toBeDefined();
    const [{ expected }] = await app.db.dataSource.query(
      `SELECT coalesce(sum(i.total_amount), 0)::int AS expected FROM invoices i JOIN orders o ON o.id = i.order_id
        WHERE o.customer_id = $1 AND i.status = 'ISSUED'
          AND i.payment_status IN ('UNPAID', 'PROCESSING', 'REQUIRES_ACTION', 'FAILED')`,
      [owed.customer_id],
    );
    const balanceOf = async () => (await nodes(demo)).find((node) => node.id === owed.customer_id)!.openBalance;
    expect(await balanceOf()).toEqual({ amount: expected, currency: 'USD' });

    const paid = await demo.data<{ markInvoicePaid: { userErrors: unknown[] } }>(
      `mutation($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { userErrors { code } } }`,
      { input: { invoiceId: owed.id, method: 'CHECK', paidAt: new Date().toISOString().slice(0, 10) } },
    );
    expect(paid.markInvoicePaid.userErrors).toEqual([]);
    expect(await balanceOf()).toEqual({ amount: expected - owed.total, currency: 'USD' });
  });

  it("never shows another seller's customers, their balances or orders", async () => {
    const demoIds = new Set((await customerRows('Demo Brand')).map((row) => row.id));
    const seenByOther = await nodes(other);
    expect(seenByOther.length).toBeGreaterThan(0);
    expect(seenByOther.some((node) => demoIds.has(node.id))).toBe(false);
  });
});

describe('updateCustomer', () => {
  it('changes the terms, name and email; a refusal changes nothing', async () => {
    const [row] = await customerRows('Demo Brand');
    const changed = await demo.data<{ updateCustomer: Payload }>(UPDATE, {
      input: { customerId: row!.id, paymentTermsDays: 45, name: '  Renamed Retail  ', email: 'AP@Renamed.test' },
    });
    expect(changed.updateCustomer.userErrors).toEqual([]);
    expect(changed.updateCustomer.customer).toMatchObject({
      id: row!.id,
      name: 'Renamed Retail',
      email: 'ap@renamed.test',
      paymentTermsDays: 45,
      paymentTermsLabel: 'Net 45',
    });

    const before = await customerRows('Demo Brand', `id = '${row!.id}'`);
    for (const [input, field] of [
      [{ paymentTermsDays: 400, name: 'Half applied?' }, 'paymentTermsDays'],
      [{ paymentTermsDays: 10, email: 'not an email' }, 'email'],
      [{ name: '   ' }, 'name'],
    ] as const) {
      const refused = await demo.data<{ updateCustomer: Payload }>(UPDATE, {
        input: { customerId: row!.id, ...input },
      });
      expect(refused.updateCustomer.customer).toBeNull();
      expect(refused.updateCustomer.userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID_CUSTOMER', field: ['input', field] }),
      ]);
    }
    expect(await customerRows('Demo Brand', `id = '${row!.id}'`)).toEqual(before);
  });

  it("answers CUSTOMER_NOT_FOUND for another seller's customer or a made-up id, and needs orders:write", async () => {
    const [foreign] = await customerRows('Other Brand');
    for (const customerId of [foreign!.id, 'not-an-id', '00000000-0000-4000-8000-000000000000']) {
      const refused = await demo.data<{ updateCustomer: Payload }>(UPDATE, {
        input: { customerId, paymentTermsDays: 0 },
      });
      expect(refused.updateCustomer).toEqual({
        customer: null,
        userErrors: [expect.objectContaining({ code: 'CUSTOMER_NOT_FOUND', field: ['input', 'customerId'] })],
      });
    }
    expect(await customerRows('Other Brand', `id = '${foreign!.id}'`)).toEqual([foreign]);

    const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "customers reader", scopes: [ORDERS_READ] }) { secret } }`,
    );
    const reader = app.withApiKey(createApiKey.secret);
    expect((await reader.data<Page>(PAGE, { first: 1 })).customersConnection.edges).toHaveLength(1);
    const forbidden = await reader.request(UPDATE, { input: { customerId: foreign!.id, paymentTermsDays: 0 } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('linkBuyerToCustomer and unlinkBuyerFromCustomer', () => {
  it('links a buyer to a customer without one, refuses what would take a link away, and unlinks', async () => {
    const [free] = await customerRows('Demo Brand', 'buyer_id IS NULL');
    const [taken] = await customerRows('Demo Brand', 'buyer_id IS NOT NULL');
    const buyer = await unlinkedBuyer('Demo Brand');
    const before = await customerRows('Demo Brand');

    // The customer already has another buyer; the buyer already has another customer.
    const busyCustomer = await demo.data<{ linkBuyerToCustomer: Payload }>(LINK, {
      input: { customerId: taken!.id, buyerId: buyer.id },
    });
    expect(busyCustomer.linkBuyerToCustomer.userErrors).toEqual([
      expect.objectContaining({ code: 'CUSTOMER_LINKED_TO_OTHER_BUYER', field: ['input', 'customerId'] }),
    ]);
    const busyBuyer = await demo.data<{ linkBuyerToCustomer: Payload }>(LINK, {
      input: { customerId: free!.id, buyerId: taken!.buyer_id },
    });
    expect(busyBuyer.linkBuyerToCustomer.userErrors).toEqual([
      expect.objectContaining({ code: 'BUYER_LINKED_TO_OTHER_CUSTOMER', field: ['input', 'buyerId'] }),
    ]);
    expect(await customerRows('Demo Brand')).toEqual(before);

    const linked = await demo.data<{ linkBuyerToCustomer: Payload }>(LINK, {
      input: { customerId: free!.id, buyerId: buyer.id },
    });
    expect(linked.linkBuyerToCustomer).toEqual({
      customer: expect.objectContaining({ id: free!.id, buyers: [{ id: buyer.id, companyName: buyer.company_name }] }),
      userErrors: [],
    });
    // Linking again changes nothing and is not an error.
    const again = await demo.data<{ linkBuyerToCustomer: Payload }>(LINK, {
      input: { customerId: free!.id, buyerId: buyer.id },
    });
    expect(again.linkBuyerToCustomer.userErrors).toEqual([]);
    // The buyer's relationship badge follows.
    const badge = await demo.data<{ buyers: { id: string; customer: { id: string } | null }[] }>(
      `query($search: String) { buyers(search: $search, first: 50) { id customer { id } } }`,
      { search: buyer.company_name },
    );
    expect(badge.buyers.find((b) => b.id === buyer.id)?.customer).toEqual({ id: free!.id });

    const notLinked = await demo.data<{ unlinkBuyerFromCustomer: Payload }>(UNLINK, {
      input: { customerId: taken!.id, buyerId: buyer.id },
    });
    expect(notLinked.unlinkBuyerFromCustomer.userErrors).toEqual([
      expect.objectContaining({ code: 'BUYER_NOT_LINKED', field: ['input', 'buyerId'] }),
    ]);
    const unlinked = await demo.data<{ unlinkBuyerFromCustomer: Payload }>(UNLINK, {
      input: { customerId: free!.id, buyerId: buyer.id },
    });
    expect(unlinked.unlinkBuyerFromCustomer).toEqual({
      customer: expect.objectContaining({ id: free!.id, buyers: [] }),
      userErrors: [],
    });
    expect(await customerRows('Demo Brand')).toEqual(before);
  });

  it("answers NOT_FOUND codes for another seller's customer or a buyer who never ordered here", async () => {
    const [mine] = await customerRows('Demo Brand', 'buyer_id IS NULL');
    const [foreign] = await customerRows('Other Brand', 'buyer_id IS NOT NULL');
    const [stranger] = await app.db.dataSource.query(
      `SELECT b.id FROM buyers b WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.seller_id = $1 AND o.buyer_id = b.id)
        LIMIT 1`,
      [await seed.sellerId('Demo Brand')],
    );
    const before = [...(await customerRows('Demo Brand')), ...(await customerRows('Other Brand'))];
    const cases: [string, Record<string, string>, string, string][] = [
      [
        LINK,
        { customerId: foreign!.id, buyerId: (await unlinkedBuyer('Demo Brand')).id },
        'CUSTOMER_NOT_FOUND',
        'customerId',
      ],
      [LINK, { customerId: mine!.id, buyerId: 'nope' }, 'BUYER_NOT_FOUND', 'buyerId'],
      [UNLINK, { customerId: foreign!.id, buyerId: foreign!.buyer_id! }, 'CUSTOMER_NOT_FOUND', 'customerId'],
    ];
    if (stranger) cases.push([LINK, { customerId: mine!.id, buyerId: stranger.id }, 'BUYER_NOT_FOUND', 'buyerId']);
    for (const [mutation, input, code, field] of cases) {
      const answer = await demo.data<Record<string, Payload>>(mutation, { input });
      expect(Object.values(answer)[0]).toEqual({
        customer: null,
        userErrors: [expect.objectContaining({ code, field: ['input', field] })],
      });
    }
    expect([...(await customerRows('Demo Brand')), ...(await customerRows('Other Brand'))]).toEqual(before);
  });
});
