import type { Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import { startApp, type App, type AppConfig } from '../app';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config/config';
import { DEMO_PASSWORD, seedDemoData } from '../db/seed/demo-data';
import { MailCatcher } from '../notifications/mail-catcher';
import type { StripeGateway } from '../payments/stripe-gateway';
import { openTestStripe } from './test-stripe';
import { createTestDatabase, type TestDatabase } from './test-database';

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string[] } }[];
  headers: Headers;
};

/** A client of the test server's /graphql endpoint: signed in (cookie), with an API key, or anonymous. */
export class GraphQLClient {
  constructor(
    private readonly url: string,
    public cookie: string | null = null,
    public authorization: string | null = null,
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.authorization ? { authorization: this.authorization } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  /** Like request, but fails the test on any GraphQL error. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables, headers);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

export type TestApp = {
  url: string;
  db: TestDatabase;
  app: App;
  stripe: StripeGateway;
  anonymous: () => GraphQLClient;
  /** A client sending `Authorization: Bearer <secret>`. */
  withApiKey: (secret: string) => GraphQLClient;
  signIn: (email: string, password?: string) => Promise<GraphQLClient>;
  close: () => Promise<void>;
};

/** The real server on a random port over a fresh, migrated (and by default seeded) database. */
export const TEST_APP_CONFIG: AppConfig = {
  nodeEnv: 'test',
  cookieSecure: false,
  webDistDir: '/nonexistent',
  playground: { enabled: false, distDir: '/nonexistent' },
  // The production cost limit, but a budget no test runs out of: tests call the API far faster than
  // people do. The rate limit's own test (limits.test.ts) sets a small budget.
  apiLimits: { ...loadConfig({}).apiLimits, rateLimitBucket: 1_000_000, rateLimitRestoreRate: 1_000_000 },
  sessionTtlHours: 1,
  smtpUrl: undefined,
  mailFrom: 'Order Desk <orders@order-desk.test>',
  mailMessageIdDomain: 'order-desk.local',
  mailCatcherPort: 0,
  runWorker: true,
  jobMaintenanceIntervalSeconds: 1,
  // Retries seconds apart are looked for as often (a new job wakes a worker at once anyway).
  jobPollSeconds: 1,
  jobExpireSeconds: 5,
  jobRetryLimit: 12,
  jobRetryDelaySeconds: 1,
  redisUrl: undefined,
  stripe: { reconcileAfterSeconds: 60 },
  // Local receivers, and retries seconds apart rather than minutes.
  webhooks: { allowLocalUrls: true, retryLimit: 2, retryDelaySeconds: 1, timeoutSeconds: 3, disableAfterHours: 72 },
  retention: loadConfig({}).retention,
  metrics: { port: undefined, token: undefined },
  // The seller's ceiling no test runs out of either (limits.test.ts and the key tests set their own).
  security: { ...loadConfig({}).security, sellerRateLimit: { bucket: 1_000_000, restoreRate: 1_000_000 } },
};

/** The real app (server, job queue, workers, mail catcher, Stripe stand-in) on a random port over a fresh database. */
export async function startTestApp({
  seed = true,
  config = {},
  logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
}: { seed?: boolean; config?: Partial<AppConfig>; logger?: Logger } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const stripe = await openTestStripe(logger);
  if (seed) await seedDemoData(db.dataSource, logger, { stripe: stripe.stripe });
  const appConfig = { ...TEST_APP_CONFIG, ...config };
  const mailCatcher = appConfig.smtpUrl ? null : new MailCatcher();
  const app = await startApp(appConfig, db.dataSource, db.url, logger, stripe, mailCatcher);
  const server = app.server;
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  stripe.setWebhookUrl(`${url}/webhooks/stripe`);
  return {
    url,
    db,
    app,
    stripe,
    anonymous: () => new GraphQLClient(url),
    withApiKey: (secret) => new GraphQLClient(url, null, `Bearer ${secret}`),
    signIn: async (email, password = DEMO_PASSWORD) => {
      const client = new GraphQLClient(url);
      const result = await client.request<{ signIn: { userErrors: unknown[] } }>(
        `mutation SignIn($input: SignInInput!) { signIn(input: $input) { userErrors { code message } } }`,
        { input: { email, password } },
      );
      const setCookie = result.headers.get('set-cookie');
      if (!setCookie) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result)}`);
      client.cookie = setCookie.split(';')[0]!;
      return client;
    },
    close: async () => {
      await app.stop();
      await stripe.stop();
      await db.drop();
    },
  };
}
