import http, { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { startTestApp, type TestApp } from '../test/test-app';
import { isGraphQLRequest } from './graphql-path';

const ME = { me: { email: 'owner@demo-brand.test' } };
const requestFor = (url: string) => Object.assign(new IncomingMessage(new Socket()), { url });

describe('which requests /graphql answers (as Express matched app.use("/graphql"))', () => {
  it.each([
    '/graphql',
    '/graphql?query=%7Bme%7Bid%7D%7D',
    '/GraphQL',
    '/graphql/',
    '/graphql/x',
    'http://h:1/graphql?a',
  ])('%s', (url) => expect(isGraphQLRequest(requestFor(url))).toBe(true));
  it.each(['/', '/graphqlx', '/playground/graphql', '/dashboard?next=/graphql', 'http://h:1/x', '*'])('not %s', (url) =>
    expect(isGraphQLRequest(requestFor(url))).toBe(false),
  );
});

describe('/graphql on Node’s own request and response', () => {
  let app: TestApp;
  let ownerCookie: Promise<string>;
  beforeAll(async () => {
    app = await startTestApp();
    ownerCookie = app.signIn('owner@demo-brand.test').then((owner) => owner.cookie!);
  });
  afterAll(() => app.close());

  const post = async (path: string, query: string, headers: Record<string, string> = {}, method = 'POST') =>
    fetch(`${app.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: await ownerCookie, ...headers },
      body: method === 'POST' ? JSON.stringify({ query }) : undefined,
    });

  it('answers with the headers Express sent: media type, length, request id, security headers, no X-Powered-By', async () => {
    const response = await post('/graphql', '{ me { email } }', { 'x-request-id': 'route-test-1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    expect(JSON.parse(body).data).toEqual(ME);
    expect(response.headers.get('x-request-id')).toBe('route-test-1');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers the paths Express matched: another case and a trailing slash', async () => {
    for (const path of ['/GraphQL', '/graphql/']) {
      const response = await post(path, '{ me { email } }');
      expect((await response.json()).data).toEqual(ME);
    }
  });

  it('compresses a large answer for a client that accepts gzip, and not for one that does not', async () => {
    const query = '{ orders(first: 50) { edges { node { id number buyerName status } } } }';
    const gzip = await post('/graphql', query, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('vary')).toBe('Accept-Encoding');
    const plain = await post('/graphql', query, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // fetch decodes the gzip answer: both say the same.
    expect((await gzip.json()).data).toEqual((await plain.json()).data);
  });

  it('answers a client that names no encoding as compression did: as it is, with Vary', async () => {
    const query = '{ orders(first: 50) { edges { node { id number buyerName status } } } }';
    // fetch always sends Accept-Encoding; node:http sends only the headers given.
    const cookie = await ownerCookie;
    const answer = await new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request(
        `${app.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', cookie }, agent: false },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ headers: response.headers, body }));
        },
      );
      request.on('error', reject);
      request.end(JSON.stringify({ query }));
    });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
    expect(JSON.parse(answer.body).data.orders.edges.length).toBeGreaterThan(0);
  });

  it('a GET query runs from the query string, and HEAD answers without a body', async () => {
    const search = `?query=${encodeURIComponent('{ me { email } }')}`;
    const get = await post(`/graphql${search}`, '', {}, 'GET');
    expect((await get.json()).data).toEqual(ME);
    const head = await post(`/graphql${search}`, '', {}, 'HEAD');
    expect(await head.text()).toBe('');
  });
});
