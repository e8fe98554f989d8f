import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
// A low cost ceiling, to show that a cost refusal keeps its status whatever the client accepts. Each
// describe has its own server: refused documents spend their address's refusal budget (30 at once).
const startApp = () =>
  startTestApp({
    seed: false,
    config: { apiLimits: { maxQueryCost: 300, rateLimitBucket: 1_000_000, rateLimitRestoreRate: 1_000_000 } },
  });
describe('GraphQL over HTTP (the graphql-http server audit)', () => {
  beforeAll(async () => (app = await startApp()));
  afterAll(() => app.close());

  it('passes every MUST and every SHOULD of the specification, and answers unreadable JSON with 400', async () => {
    const audits = serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch });
    const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const must = results.filter(({ name }) => name.startsWith('MUST'));
    expect(must.length).toBeGreaterThanOrEqual(13);
    expect(must.filter(({ result }) => result.status !== 'ok').map(({ name }) => name)).toEqual([]);
    // SHOULD 23/23: with application/json, parse, validation and variable errors answer 200 (was 20/23).
    const should = results.filter(({ name }) => name.startsWith('SHOULD'));
    expect(should.length).toBeGreaterThanOrEqual(23);
    expect(should.filter(({ result }) => result.status !== 'ok').map(({ name }) => name)).toEqual([]);
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

describe('request errors by the media type the client accepts', () => {
  beforeAll(async () => (app = await startApp()));
  afterAll(() => app.close());

  const JSON_ONLY = 'application/json';
  const GRAPHQL_RESPONSE = 'application/graphql-response+json';
  // Apollo Client's default: it prefers the new media type.
  const BOTH = 'application/graphql-response+json, application/json;q=0.9';
  const refusals = [
    ['a document that does not parse', '{ me { id }', {}, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ me { nope } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'variables that do not fit',
      'query($first: Int) { orders(first: $first) { totalCount } }',
      { first: 'x' },
      'BAD_USER_INPUT',
    ],
    // The limits refuse abusive documents with the same codes whatever the status.
    ['a document of too many tokens', `{ carriers ${'__typename '.repeat(5000)} }`, {}, 'GRAPHQL_PARSE_FAILED'],
    [
      'a query nested too deeply',
      `{ order(id: "x") { ${'parentOrder { '.repeat(9)} id ${'} '.repeat(9)} } }`,
      {},
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'too many aliases',
      `{ ${Array.from({ length: 16 }, (_, i) => `c${i}: carriers`).join(' ')} }`,
      {},
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ] as const;

  it.each(refusals)('%s: 200 under application/json, 400 otherwise, same code', async (_, query, variables, code) => {
    const client = app.anonymous();
    const answers = await Promise.all(
      [JSON_ONLY, GRAPHQL_RESPONSE, BOTH, '*/*'].map(async (accept) => {
        const { status, data, errors, headers } = await client.request(query, variables, { accept });
        return {
          accept,
          status,
          contentType: headers.get('content-type'),
          data,
          codes: errors?.map((e) => e.extensions?.code),
        };
      }),
    );
    expect(answers).toEqual([
      {
        accept: JSON_ONLY,
        status: 200,
        contentType: expect.stringMatching(/^application\/json/),
        data: undefined,
        codes: [code],
      },
      {
        accept: GRAPHQL_RESPONSE,
        status: 400,
        contentType: expect.stringMatching(/^application\/graphql-response\+json/),
        data: undefined,
        codes: [code],
      },
      {
        accept: BOTH,
        status: 400,
        contentType: expect.stringMatching(/^application\/graphql-response\+json/),
        data: undefined,
        codes: [code],
      },
      // No explicit application/json (curl's default): as before.
      {
        accept: '*/*',
        status: 400,
        contentType: expect.stringMatching(/^application\/json/),
        data: undefined,
        codes: [code],
      },
    ]);
  });

  it('keeps the status of a refusal that is not a parse, validation or variable error (cost)', async () => {
    const query = `{ orders(first: 100) { edges { node { id buyer { companyName } items { id } } } } }`;
    const { status, errors } = await app.anonymous().request(query, {}, { accept: JSON_ONLY });
    expect([status, errors?.map((e) => e.extensions?.code)]).toEqual([400, ['MAX_COST_EXCEEDED']]);
  });
});
