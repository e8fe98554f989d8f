import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app.close());

describe('GraphQL over HTTP (the graphql-http server audit)', () => {
  it('passes every MUST of the specification, and answers unreadable JSON with 400', async () => {
    const audits = serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch });
    const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const must = results.filter(({ name }) => name.startsWith('MUST'));
    expect(must.length).toBeGreaterThanOrEqual(13);
    expect(must.filter(({ result }) => result.status !== 'ok').map(({ name }) => name)).toEqual([]);
    const jsonParsing = results.filter(({ name }) => name.startsWith('SHOULD use 400 status code on JSON parsing'));
    expect(jsonParsing.map(({ result }) => result.status)).toEqual(['ok', 'ok']);
  });

  it('answers a body in a charset it cannot read with 415, not an internal error (found by the reliability suite)', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=x-unknown' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body must be UTF-8.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
