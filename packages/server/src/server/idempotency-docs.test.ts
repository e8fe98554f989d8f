import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { cardInvoiceDraft } from '../test/card-invoice-draft';
import { runShellExample, shellExamples } from '../test/docs-examples';

let app: TestApp;
let demo: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

describe('docs/partner-api.md', () => {
  it('runs the curl examples of its Idempotency section as they say', async () => {
    const { createApiKey } = await demo.data<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "docs", scopes: [INVOICES_WRITE, PAYMENTS_WRITE] }) { secret } }`,
    );
    const { invoiceId } = await cardInvoiceDraft(app, demo);
    const env = { ORDER_DESK_KEY: createApiKey.secret, INVOICE_ID: invoiceId };
    const [confirm, reuse, withoutKey] = shellExamples('partner-api.md', 'Idempotency');
    const body = (output: string) => output.slice(output.indexOf('\r\n\r\n') + 4);

    const first = await runShellExample(confirm!, app.url, env);
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    expect(first).not.toMatch(/idempotent-replayed/i);
    expect(JSON.parse(body(first))).toMatchObject({ data: { confirmInvoice: { userErrors: [] } } });
    const again = await runShellExample(confirm!, app.url, env);
    expect(again).toMatch(/^idempotent-replayed: true\r$/im);
    expect(body(again)).toBe(body(first));

    const reused = await runShellExample(reuse!, app.url, env);
    expect(reused).toMatch(/^HTTP\/1\.1 422/);
    expect(body(reused)).toContain('"IDEMPOTENCY_KEY_REUSED"');
    expect(JSON.parse(await runShellExample(withoutKey!, app.url, env))).toMatchObject({
      data: { retryInvoicePayment: { userErrors: [{ code: 'IDEMPOTENCY_KEY_REQUIRED' }] } },
    });
  });
});
