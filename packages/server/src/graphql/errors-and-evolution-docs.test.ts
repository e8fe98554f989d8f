import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { runShellExample, shellExamples } from '../test/docs-examples';

let app: TestApp;
let demo: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

type Field = { name: string; isDeprecated: boolean; deprecationReason: string | null };

describe('docs/partner-api.md', () => {
  it('runs the curl example of its Errors section: a parse error under application/json answers 200', async () => {
    const [parseError] = shellExamples('partner-api.md', 'Errors');
    const output = await runShellExample(parseError!, app.url, {});
    expect(output).toMatch(/^HTTP\/1\.1 200/);
    expect(output).toMatch(/^content-type: application\/json/im);
    const body = JSON.parse(output.slice(output.indexOf('\r\n\r\n') + 4)) as { data?: unknown; errors: unknown[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toMatchObject([{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
  });

  it('runs the curl example of its Schema evolution section: fields with their deprecation', async () => {
    const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "docs", scopes: [ORDERS_READ] }) { secret } }`,
    );
    const [deprecations] = shellExamples('partner-api.md', 'Schema evolution');
    const output = await runShellExample(deprecations!, app.url, { ORDER_DESK_KEY: createApiKey.secret });
    const answer = JSON.parse(output) as { data: { __type: { fields: Field[] } } };
    expect(answer.data.__type.fields).toContainEqual({ name: 'overdue', isDeprecated: false, deprecationReason: null });
  });
});
