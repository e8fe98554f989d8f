import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, parse, print } from 'graphql';
import { startTestApp, TEST_APP_CONFIG, type TestApp } from '../../test/test-app';
import { createEventBus } from '../pubsub';
import { createSchema } from '../schema';
import { CostBuckets } from './cost-buckets';
import { documentShape } from './document-shape';
import { SHAPE_LIMITS } from './document-screen';
import { OperationGuard } from './operation-guard';
import { REFUSALS } from './refusal-budget';

const ROOT = path.resolve(__dirname, '../../../../..');

/** Documents an attacker sends: each must be refused before the expensive validation rules run. */
const ABUSIVE: [string, string][] = [
  [
    '550 fragments in 25 KB (the probe run’s)',
    `{ ...f0 } ${Array.from({ length: 550 }, (_, i) => `fragment f${i} on Query { me { id } ...f${i + 1} }`).join(' ')}`,
  ],
  ['374 copies of one field with a selection', `{ ${'me { id } '.repeat(374)} }`],
  ['1,400 copies of one field', `{ me { ${'id '.repeat(1400)} } }`],
  [
    '17 fragments spread in one selection',
    `{ ${range(17, (i) => `...f${i}`)} } ${range(17, (i) => `fragment f${i} on Query { me { id } }`)}`,
  ],
  [
    '41 fragments',
    `{ ...f0 } ${range(41, (i) => `fragment f${i} on Query { me { id } ${i < 40 ? `...f${i + 1}` : ''} }`)}`,
  ],
  ['a field written 4 times in one selection', '{ me { id id id id } }'],
  ['11 directives', `{ me ${'@include(if: true) '.repeat(11)} { id } }`],
  [
    'introspection 30 levels deep',
    `{ __schema { types { ${'fields { type { '.repeat(14)} name ${'} } '.repeat(14)} } } }`,
  ],
  ['100 conflicting arguments', `{ ${range(100, (i) => `orders(first: ${i}) { totalCount }`)} }`],
];

function range(count: number, item: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => item(i)).join(' ');
}

/** Every GraphQL document of the playground's example tabs and of docs/*.md, plus GraphiQL's introspection query. */
function publishedDocuments(): string[] {
  const tabs = fs.readFileSync(path.join(ROOT, 'packages/playground/src/example-operations.ts'), 'utf8');
  const fromTabs = [...tabs.matchAll(/query: `([^`]*)`/g)].map((match) => match[1]!);
  const docs = fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => [
      ...fs.readFileSync(path.join(ROOT, 'docs', file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g),
    ])
    .flatMap((match) => parse(match[1]!).definitions.map((definition) => print(definition)));
  const introspection = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  return [...fromTabs, ...docs, introspection];
}

describe('the document screen', () => {
  let guard: OperationGuard;
  beforeAll(async () => {
    const schema = await createSchema({ pubSub: createEventBus().pubSub });
    guard = new OperationGuard(schema, TEST_APP_CONFIG.apiLimits, new CostBuckets(1000, 100), { exposeLimits: true });
  });

  it.each(ABUSIVE)('refuses %s by its size or shape, before validation', (_label, query) => {
    const screened = guard.screen(query);
    expect('errors' in screened && screened.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/more that 1500 tokens|The document has too many/),
      }),
    ]);
  });

  it("lets through the playground's examples, the docs' operations and the introspection query, well within the limits", () => {
    for (const query of publishedDocuments()) {
      expect(guard.screen(query)).toEqual({ document: expect.anything() });
      const shape = documentShape(parse(query));
      for (const limit of Object.keys(SHAPE_LIMITS) as (keyof typeof SHAPE_LIMITS)[]) {
        expect(shape[limit]).toBeLessThanOrEqual(Math.max(SHAPE_LIMITS[limit] - 1, 1));
      }
    }
  });
});

describe('refusals over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { security: { ...TEST_APP_CONFIG.security, trustProxy: { hops: 1 } } } });
  });
  afterAll(() => app.close());

  const post = (query: string, address: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query }),
    });

  it("spend the address's refusal budget; once spent, its documents are refused unread (429), others' are not", async () => {
    for (let i = 0; i < REFUSALS.burst; i++) expect((await post(ABUSIVE[0]![1], '203.0.113.50')).status).toBe(400);
    const turnedAway = await post('{ carriers }', '203.0.113.50');
    expect(turnedAway.status).toBe(429);
    expect(Number(turnedAway.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      ((await turnedAway.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('THROTTLED');
    expect((await post('{ carriers }', '203.0.113.51')).status).toBe(200);
  });
});
