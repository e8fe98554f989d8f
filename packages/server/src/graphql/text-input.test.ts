import { startTestApp, type TestApp, type GraphQLClient } from '../test/test-app';

let app: TestApp;
let seller: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  seller = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

const REJECT = `mutation Reject($input: RejectOrderInput!) { rejectOrder(input: $input) { userErrors { code } } }`;

describe('text that cannot be stored (found by the reliability suite)', () => {
  it.each([
    ['an unpaired surrogate', 'half \uD800 a pair'],
    ['a NUL character', 'before\u0000after'],
  ])('refuses %s in any text argument with BAD_USER_INPUT, before anything changes', async (_label, text) => {
    const [pending] = await app.db.dataSource.query(
      `SELECT o.id, o.version FROM orders o JOIN sellers s ON s.id = o.seller_id
        WHERE s.name = 'Demo Brand' AND o.status = 'PENDING' ORDER BY o.number LIMIT 1`,
    );
    // Once as a variable (it used to fail with an internal error), once as a literal in the document.
    const viaVariable = await seller.request(REJECT, {
      input: { orderId: pending.id, reason: 'OTHER', message: text },
    });
    const viaLiteral = await seller.request(
      `mutation { addOrderNote(input: { orderId: ${JSON.stringify(pending.id)}, text: ${JSON.stringify(text)} }) { userErrors { code } } }`,
    );
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // GraphQL's own parser already refuses an escaped unpaired surrogate in a literal.
    expect(viaLiteral.status).toBe(400);
    expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(viaLiteral.errors?.[0]?.extensions?.code);
    const [after] = await app.db.dataSource.query(`SELECT status, version FROM orders WHERE id = $1`, [pending.id]);
    expect(after).toEqual({ status: 'PENDING', version: pending.version });
  });
});
