import { runShellExample, shellExamples } from '../test/docs-examples';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

let app: TestApp;
let demo: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

type Answer<N> = { data: Record<string, { pageInfo: { hasNextPage: boolean }; edges: { node: N }[] }> };

describe('docs/partner-api.md', () => {
  it('runs the curl examples of its "Invoices, buyers and catalogue variants" section', async () => {
    const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "docs lists", scopes: [ORDERS_READ, INVOICES_READ] }) { secret } }`,
    );
    const env = { ORDER_DESK_KEY: createApiKey.secret };
    const [overdue, buyers] = shellExamples('partner-api.md', 'Invoices, buyers and catalogue variants');

    const invoices = JSON.parse(await runShellExample(overdue!, app.url, env)) as Answer<{
      id: string;
      dueOn: string;
      total: { amount: number };
    }>;
    const expected: { id: string }[] = await app.db.dataSource.query(
      `SELECT i.id FROM invoices i JOIN sellers s ON s.id = i.seller_id
        WHERE s.name = 'Demo Brand' AND i.status = 'ISSUED'
          AND i.payment_status IN ('UNPAID', 'PROCESSING', 'REQUIRES_ACTION', 'FAILED')
          AND i.due_on < (now() AT TIME ZONE s.time_zone)::date
        ORDER BY i.due_on, i.id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(invoices.data.invoices!.edges.map((e) => e.node.id)).toEqual(expected.map((r) => r.id));

    const { buyersConnection: first } = await demo.data<{
      buyersConnection: { pageInfo: { endCursor: string }; edges: { node: { id: string } }[] };
    }>(`{ buyersConnection(first: 1, search: "home") { pageInfo { endCursor } edges { node { id } } } }`);
    const next = JSON.parse(
      await runShellExample(buyers!, app.url, { ...env, CURSOR: first.pageInfo.endCursor }),
    ) as Answer<{ id: string; companyName: string }>;
    const names: { id: string }[] = await app.db.dataSource.query(
      `SELECT b.id FROM buyers b WHERE b.company_name ILIKE '%home%' AND EXISTS (SELECT 1 FROM orders o
         JOIN sellers s ON s.id = o.seller_id WHERE s.name = 'Demo Brand' AND o.buyer_id = b.id)
       ORDER BY b.company_name, b.id`,
    );
    expect(names.length).toBeGreaterThan(1);
    expect([...first.edges, ...next.data.buyersConnection!.edges].map((e) => e.node.id)).toEqual(
      names.map((r) => r.id),
    );
  });
});
