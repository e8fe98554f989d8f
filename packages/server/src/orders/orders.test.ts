import type { TestApp, GraphQLClient } from '../test/test-app';
import { sellerTodaySql } from '../sellers/seller-today';
import { startTestApp } from '../test/test-app';

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $last: Int, $before: String, $filter: OrderFilter) {
    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
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
          placedAt
          status
          paymentStatus
          buyerName
          buyer {
            id
          }
        }
      }
    }
  }
`;

type ListResult = {
  orders: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        number: number;
        placedAt: string;
        status: string;
        paymentStatus: string;
        buyerName: string;
        buyer: { id: string };
      };
    }[];
  };
};

let app: TestApp;
let demo: GraphQLClient;
let other: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  other = await app.signIn('owner@other-brand.test');
});
afterAll(() => app.close());

async function allPages(client: GraphQLClient, filter: Record<string, unknown> = {}, first = 37) {
  const nodes: ListResult['orders']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const { orders }: ListResult = await client.data<ListResult>(LIST, { first, after, filter });
    nodes.push(...orders.edges.map((e) => e.node));
    if (!orders.pageInfo.hasNextPage) return { nodes, totalCount: orders.totalCount };
    after = orders.pageInfo.endCursor;
  }
}

const newestFirst = (nodes: { placedAt: string; id: string }[]) =>
  nodes.every(
    (n, i) =>
      i === 0 ||
      nodes[i - 1]!.placedAt > n.placedAt ||
      (nodes[i - 1]!.placedAt === n.placedAt && nodes[i - 1]!.id > n.id),
  );

describe('orders list', () => {
  it('pages forward through every order exactly once, newest first, with a total count', async () => {
    const { nodes, totalCount } = await allPages(demo);
    const [{ count }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS count FROM orders o JOIN sellers s ON s.id = o.seller_id WHERE s.name = 'Demo Brand'`,
    );
    expect(totalCount).toBe(count);
    expect(nodes).toHaveLength(count);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(count);
    expect(newestFirst(nodes)).toBe(true);
  });

  it('pages backward with last/before to the same pages', async () => {
    const first = await demo.data<ListResult>(LIST, { first: 10 });
    const second = await demo.data<ListResult>(LIST, { first: 10, after: first.orders.pageInfo.endCursor });
    expect(second.orders.pageInfo.hasPreviousPage).toBe(true);
    const back = await demo.data<ListResult>(LIST, { last: 10, before: second.orders.pageInfo.startCursor });
    expect(back.orders.edges.map((e) => e.node.id)).toEqual(first.orders.edges.map((e) => e.node.id));
    expect(back.orders.pageInfo.hasNextPage).toBe(true);
    expect(back.orders.pageInfo.hasPreviousPage).toBe(false);
  });

  it('filters by status and payment status, and counts per status', async () => {
    const { nodes: pending } = await allPages(demo, { status: 'PENDING' });
    expect(pending.length).toBeGreaterThan(20);
    expect(pending.every((n) => n.status === 'PENDING')).toBe(true);
    const { nodes: failed } = await allPages(demo, { paymentStatus: 'FAILED' });
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((n) => n.paymentStatus === 'FAILED')).toBe(true);

    const { orderStatusCounts } = await demo.data<{
      orderStatusCounts: { all: number; byStatus: { status: string; count: number }[] };
    }>(`{ orderStatusCounts(filter: { status: ACCEPTED }) { all byStatus { status count } } }`);
    expect(orderStatusCounts.byStatus.map((s) => s.status)).toEqual(['PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED']);
    expect(orderStatusCounts.byStatus.find((s) => s.status === 'PENDING')!.count).toBe(pending.length);
    expect(orderStatusCounts.byStatus.every((s) => s.count > 0)).toBe(true);
    expect(orderStatusCounts.all).toBe(orderStatusCounts.byStatus.reduce((a, s) => a + s.count, 0));
  });

  it('filters the orders with an overdue invoice', async () => {
    const { nodes } = await allPages(demo, { overdue: true });
    // Overdue from the seller's today, not the database's: they differ for hours a day.
    const [{ count }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS count FROM invoices i JOIN sellers s ON s.id = i.seller_id
        WHERE s.name = 'Demo Brand' AND i.status = 'ISSUED' AND i.payment_status NOT IN ('PAID', 'REFUNDED')
          AND i.due_on < ${sellerTodaySql('i.seller_id')}`,
    );
    expect(count).toBeGreaterThan(0);
    expect(nodes).toHaveLength(count);
    expect(nodes.every((n) => n.paymentStatus === 'UNPAID')).toBe(true);
  });

  it('filters by buyer and by placed date range', async () => {
    const { nodes } = await allPages(demo);
    const buyerId = nodes[0]!.buyer.id;
    const { nodes: ofBuyer } = await allPages(demo, { buyerId });
    expect(ofBuyer.length).toBe(nodes.filter((n) => n.buyer.id === buyerId).length);

    const from = nodes[40]!.placedAt;
    const to = nodes[10]!.placedAt;
    const { nodes: inRange } = await allPages(demo, { placedFrom: from, placedTo: to });
    expect(inRange.map((n) => n.id)).toEqual(
      nodes.filter((n) => n.placedAt >= from && n.placedAt < to).map((n) => n.id),
    );
  });

  it('searches by order number and by part of the buyer name', async () => {
    const { nodes } = await allPages(demo);
    const target = nodes[17]!;
    const byNumber = await demo.data<ListResult>(LIST, { filter: { search: `#${target.number}` } });
    expect(byNumber.orders.edges.map((e) => e.node.id)).toContain(target.id);
    expect(
      byNumber.orders.edges.every(
        (e) => e.node.number === target.number || e.node.buyerName.includes(String(target.number)),
      ),
    ).toBe(true);

    const { nodes: found } = await allPages(demo, { search: 'otter' });
    expect(found.length).toBe(nodes.filter((n) => /otter/i.test(n.buyerName)).length);
    expect(found.length).toBeGreaterThan(0);
    // LIKE wildcards in the search text match literally.
    const { nodes: wildcard } = await allPages(demo, { search: '%' });
    expect(wildcard).toHaveLength(0);
  });

  it('refuses oversized pages and foreign cursors with clear errors', async () => {
    const tooBig = await demo.request(LIST, { first: 101 });
    expect(tooBig.errors?.[0]).toMatchObject({
      message: 'Page size must be between 1 and 100.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badCursor = await demo.request(LIST, { first: 5, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badCursor)).not.toMatch(/stack|at .*\.ts/);
  });
});

describe('order details', () => {
  const DETAILS = /* GraphQL */ `
    query Details($id: ID!) {
      order(id: $id) {
        id
        number
        status
        paymentMethod
        version
        availableActions
        subtotal {
          amount
          currency
        }
        shipping {
          amount
        }
        total {
          amount
        }
        buyer {
          companyName
          email
        }
        customer {
          name
          paymentTermsLabel
        }
        shippingAddress {
          name
          line1
          city
          postalCode
          country
        }
        billingAddress {
          line1
        }
        items {
          sku
          productName
          unitPrice {
            amount
          }
          quantity
          lineTotal {
            amount
          }
          stockOnHand
        }
        events {
          type
          summary
          actor {
            type
            name
          }
          createdAt
        }
        parentOrder {
          number
        }
        splitOrders {
          number
        }
      }
    }
  `;
  type Details = {
    order: {
      status: string;
      availableActions: string[];
      subtotal: { amount: number };
      shipping: { amount: number };
      total: { amount: number };
      items: {
        unitPrice: { amount: number };
        quantity: number;
        lineTotal: { amount: number };
        stockOnHand: number | null;
      }[];
      events: { type: string }[];
      parentOrder: { number: number } | null;
      splitOrders: { number: number }[];
      shippingAddress: { line1: string };
      buyer: { companyName: string };
    } | null;
  };

  it('shows items, totals that add up, addresses, buyer and the timeline', async () => {
    const { nodes } = await allPages(demo, { status: 'ACCEPTED' });
    const { order } = await demo.data<Details>(DETAILS, { id: nodes[0]!.id });
    expect(order).not.toBeNull();
    const o = order!;
    expect(o.items.length).toBeGreaterThan(0);
    for (const item of o.items) expect(item.lineTotal.amount).toBe(item.unitPrice.amount * item.quantity);
    expect(o.subtotal.amount).toBe(o.items.reduce((sum, i) => sum + i.lineTotal.amount, 0));
    expect(o.total.amount).toBe(o.subtotal.amount + o.shipping.amount);
    expect(o.items.every((i) => typeof i.stockOnHand === 'number')).toBe(true);
    expect(o.events.map((e) => e.type).slice(0, 2)).toEqual(['ORDER_PLACED', 'ORDER_ACCEPTED']);
    expect(o.availableActions).toEqual(expect.arrayContaining(['EDIT', 'CANCEL']));
    expect(o.shippingAddress.line1).toBeTruthy();
  });

  it('offers accept and reject only on pending orders, and links split orders both ways', async () => {
    const [split] = await app.db.dataSource.query(
      `SELECT o.id, p.number AS parent_number FROM orders o JOIN orders p ON p.id = o.parent_order_id
        JOIN sellers s ON s.id = o.seller_id WHERE s.name = 'Demo Brand' LIMIT 1`,
    );
    const { order } = await demo.data<Details>(DETAILS, { id: split.id });
    expect(order!.status).toBe('PENDING');
    expect(order!.availableActions).toEqual(['SPLIT', 'UPDATE_QUANTITY', 'REMOVE_ITEM', 'ACCEPT', 'REJECT']);
    expect(order!.parentOrder!.number).toBe(split.parent_number);
    expect(order!.events.map((e) => e.type)).toContain('ORDER_SPLIT_FROM');
  });

  it("answers another seller's order exactly like an unknown one, for any ID", async () => {
    const { nodes: theirs } = await allPages(other);
    expect(theirs.length).toBeGreaterThan(0);
    const { nodes: ours } = await allPages(demo);
    const ourIds = new Set(ours.map((n) => n.id));
    for (const node of theirs) {
      expect(ourIds.has(node.id)).toBe(false);
      expect((await demo.data<Details>(DETAILS, { id: node.id })).order).toBeNull();
    }
    expect((await demo.data<Details>(DETAILS, { id: '00000000-0000-4000-8000-000000000000' })).order).toBeNull();
    expect((await demo.data<Details>(DETAILS, { id: "1' OR '1'='1" })).order).toBeNull();
    // Filtering by another seller's buyer or searching their buyer names finds nothing of theirs.
    const foreignBuyer = theirs.find((t) => !ours.some((o) => o.buyer.id === t.buyer.id));
    if (foreignBuyer) expect((await allPages(demo, { buyerId: foreignBuyer.buyer.id })).nodes).toHaveLength(0);
  });

  it('does not grow the number of SQL statements with the page size (no N+1)', async () => {
    const PAGE = /* GraphQL */ `
      query Page($first: Int) {
        orders(first: $first) {
          totalCount
          edges {
            node {
              id
              number
              total {
                amount
              }
              buyer {
                companyName
              }
              customer {
                name
              }
              items {
                sku
                stockOnHand
              }
              invoice {
                displayNumber
              }
              shipment {
                carrier
              }
              parentOrder {
                number
              }
            }
          }
        }
      }
    `;
    // Both pages hold split orders, so every relation is loaded on both.
    const count = async (first: number) => {
      app.db.statements.length = 0;
      const { orders } = await demo.data<{ orders: { edges: { node: { parentOrder: unknown } }[] } }>(PAGE, { first });
      expect(orders.edges).toHaveLength(first);
      expect(orders.edges.some((e) => e.node.parentOrder)).toBe(true);
      return app.db.statements.length;
    };
    const small = await count(50);
    const large = await count(100);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(11);
  });
});

describe('buyers', () => {
  it('lists only buyers who ordered from the seller, filtered by name', async () => {
    const { buyers } = await other.data<{ buyers: { id: string; companyName: string }[] }>(
      `{ buyers(first: 50) { id companyName } }`,
    );
    const { nodes } = await allPages(other);
    expect(new Set(buyers.map((b) => b.id))).toEqual(new Set(nodes.map((n) => n.buyer.id)));
    const { buyers: some } = await demo.data<{ buyers: { companyName: string }[] }>(
      `{ buyers(search: "home") { companyName } }`,
    );
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((b) => /home/i.test(b.companyName))).toBe(true);
  });
});
