/**
 * The server's architecture, checked in CI (`pnpm lint` runs `depcruise`). Read it top to bottom:
 * every import points down this page.
 *
 *   main.ts worker.ts app.ts job-handlers.ts cli/ db/   wiring: start and stop processes, the
 *   tracing.ts tracing-sdk.ts                           database (entities, migrations, demo seed),
 *                                                       OpenTelemetry (loaded before everything else)
 *   server/                                             the HTTP surface: mounts each domain's routes,
 *                                                       Apollo and graphql-ws
 *   graphql/                                            schema assembly, context, loaders, limits
 *   orders/ today/ invoices/ … (DOMAINS below)          one folder per part of the seller's world;
 *                                                       resolvers and routes live in their domain
 *   order-engine/                                       the change engine every order change runs
 *                                                       through: lock, state machine, timeline, totals
 *   common/ config/ jobs/                               money, ids, the one Refusal type, settings,
 *                                                       the job queue
 */

const WIRING = '^src/(main|worker|app|job-handlers|tracing|tracing-sdk)\\.ts$|^src/(cli|db|test)/';
// Test files, and the *.fixtures.ts setup that test files beside them share: exempt from the layering.
const TESTS = '\\.(test|fixtures)\\.ts$';

// Each domain and the folders it may import besides itself and the foundation. A domain never
// imports one listed above it, so folders never import each other both ways.
const DOMAINS = {
  orders: [
    'today',
    'invoices',
    'credit-notes',
    'refunds',
    'payments',
    'shipments',
    'customers',
    'notifications',
    'order-engine',
    'webhooks',
    'buyers',
    'catalog',
    'billing',
    'api-keys',
    'auth',
    'sellers',
  ],
  today: ['invoices', 'order-engine', 'billing', 'auth', 'sellers'],
  invoices: ['credit-notes', 'refunds', 'payments', 'order-engine', 'billing', 'auth', 'sellers'],
  'credit-notes': ['refunds', 'payments', 'order-engine', 'billing', 'auth', 'sellers'],
  refunds: ['payments', 'order-engine', 'billing', 'auth', 'sellers'],
  payments: ['order-engine', 'billing', 'auth', 'sellers'],
  shipments: ['order-engine', 'billing', 'auth', 'sellers'],
  customers: ['order-engine', 'buyers', 'billing', 'auth', 'sellers'],
  notifications: ['order-engine', 'auth', 'sellers'],
  'order-engine': ['webhooks', 'billing', 'auth', 'sellers'],
  webhooks: ['auth', 'sellers'],
  buyers: ['billing', 'auth'],
  catalog: ['auth'],
  billing: ['auth'],
  'api-keys': ['auth'],
  auth: ['sellers'],
  sellers: [],
};
const FOUNDATION = ['common', 'config', 'jobs'];

const folders = (names) => `^src/(${names.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make load order matter (decorators read classes at load time): none at all.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'foundation-is-the-bottom',
      comment:
        'common/, config/ and jobs/ know nothing of the domains, the GraphQL layer or the wiring (their tests may run the whole app).',
      severity: 'error',
      from: { path: folders(FOUNDATION), pathNot: TESTS },
      to: { path: '^src/', pathNot: folders(FOUNDATION) },
    },
    ...Object.entries(DOMAINS).map(([domain, below]) => ({
      name: `${domain}-imports-only-below`,
      comment: `${domain}/ may import ${[...below, ...FOUNDATION].join(', ')}; nothing above it.`,
      severity: 'error',
      from: { path: `^src/${domain}/`, pathNot: TESTS },
      to: {
        path: '^src/',
        // selection.ts: the resolvers' look-ahead, so reads select only the columns an answer needs;
        // changed-order.ts: a mutation's changed order read for its answer with the request's loaders.
        pathNot: [
          folders([domain, ...below, ...FOUNDATION]),
          '^src/graphql/(context|pubsub|per-event-read|selection|changed-order|loaders)\\.ts$',
        ],
      },
    })),
    {
      name: 'graphql-seam-is-resolvers',
      comment:
        "A domain's resolvers are its only part that sees the GraphQL context (viewer, loaders, services) " +
        'and the subscription topics; services take plain arguments, so they run the same from a job or a CLI.',
      severity: 'error',
      from: { path: folders(Object.keys(DOMAINS)), pathNot: `\\.resolver\\.ts$|${TESTS}` },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'no-reaching-into-resolvers-or-routes',
      comment: "Another folder's resolvers and routes are its surface, not a library: call its service.",
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: `${WIRING}|^src/(graphql|server)/|${TESTS}` },
      to: { path: '^src/([^/]+)/.*\\.(resolver|route)\\.ts$', pathNot: '^src/$1/' },
    },
    {
      name: 'graphql-below-the-http-surface',
      comment: 'graphql/ assembles the schema; it does not know how it is served.',
      severity: 'error',
      from: { path: '^src/graphql/', pathNot: TESTS },
      to: { path: `^src/server/|${WIRING}` },
    },
    {
      name: 'wiring-is-the-top',
      comment: 'Nothing but the wiring (and tests) imports the wiring or the HTTP surface.',
      severity: 'error',
      from: { path: '^src/', pathNot: `${WIRING}|^src/server/|${TESTS}` },
      to: { path: `${WIRING}|^src/server/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
