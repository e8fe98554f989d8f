import os from 'node:os';
import path from 'node:path';
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';
import { securityEnv, securitySettings, type SecuritySettings } from './security-settings';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** An integer setting (the environment holds strings), at least `min` and at most `max`. */
const integer = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);

/**
 * A per-user data directory. PostgreSQL refuses to run as root, so as root it runs as a `postgres`
 * user that cannot enter root's home: root's data lives under /var/lib instead.
 */
function defaultDataDir(): string {
  if (process.getuid?.() === 0) return '/var/lib/order-desk';
  return path.join(process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'order-desk');
}

/**
 * Every setting the processes read from the environment. Each one's description and default are the
 * documentation: docs/configuration.md is generated from this schema (`pnpm docs:config`), and a test
 * fails when it is stale. `defaultText` stands in for defaults that depend on the machine or on other
 * settings.
 */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe(
      '`production` turns on secure cookies and turns off the playground, local webhook URLs and migrating at start.',
    ),
  PORT: integer(0, 65535)
    .default(4000)
    .describe('The one port: `/graphql` (HTTP and WebSocket), the dashboard at `/`, `/healthz`, `/readyz`.'),
  HOST: z.string().default('0.0.0.0').describe('Interface to listen on.'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional()
    .meta({
      description: 'The `postgres://` URL of your own PostgreSQL (15+): user, password, host, port and database.',
      defaultText: 'unset: embedded PostgreSQL (development only)',
    }),
  DATABASE_POOL_SIZE: integer(1, 200).default(10).describe('Connections in the API process pool.'),
  DATABASE_PREPARED_STATEMENTS: booleanFromEnv.optional().meta({
    description:
      'Prepare each repeated statement once per connection (PostgreSQL then skips parsing and, where it can, planning it again). Set `false` only behind a pooler in transaction mode that cannot keep prepared statements (PgBouncer before 1.21, or without `max_prepared_statements`).',
    defaultText: '`true`',
  }),
  MIGRATE_ON_START: booleanFromEnv.optional().meta({
    description:
      'Apply pending migrations at start, under the same PostgreSQL advisory lock as `migrate up`. Off, the process refuses to start while migrations are pending.',
    defaultText: '`true` except in production',
  }),
  DATA_DIR: z.string().default(defaultDataDir()).meta({
    description: 'Where embedded PostgreSQL and the Stripe stand-in keep their data across restarts.',
    defaultText: '`~/.local/share/order-desk` (root: `/var/lib/order-desk`)',
  }),
  EMBEDDED_POSTGRES_PORT: integer(1024, 65535)
    .default(54329)
    .describe('Port of the embedded PostgreSQL (when `DATABASE_URL` is unset).'),
  SEED_DEMO_DATA: booleanFromEnv.optional().meta({
    description: 'Seed the demo sellers and orders into an empty database.',
    defaultText: '`true` with embedded PostgreSQL, else `false`',
  }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino level; logs are JSON lines on stdout, each line of a request carrying its `requestId`.'),
  SHUTDOWN_DELAY_SECONDS: integer(0, 120)
    .default(0)
    .describe(
      'After SIGTERM, how long `/readyz` answers 503 (draining) while requests are still served, before the server stops taking connections and drains (up to 20 s). Set it above your load balancer’s probe interval times its failure threshold.',
    ),
  SESSION_TTL_HOURS: integer(1, 24 * 90)
    .default(24 * 14)
    .describe('Lifetime of a sign-in session.'),
  COOKIE_SECURE: booleanFromEnv.optional().meta({
    description: 'Mark the session cookie `Secure` (needs HTTPS).',
    defaultText: '`true` in production',
  }),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
    .optional()
    .meta({
      description: 'SMTP server for outgoing email, e.g. `smtp://user:pass@smtp.example.com:587`.',
      defaultText: 'unset: the built-in mail catcher at `/dev/mail` (development only)',
    }),
  MAIL_FROM: z
    .string()
    .min(3)
    .default('Order Desk <orders@order-desk.local>')
    .describe("Sending address of the emails to buyers; they go out under the seller's name with this address."),
  MAIL_MESSAGE_ID_DOMAIN: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a domain name, e.g. mail.example.com')
    .optional()
    .meta({
      description: "Domain of the emails' Message-IDs, e.g. `mail.example.com`.",
      defaultText: "the domain of `MAIL_FROM`'s address",
    }),
  MAIL_CATCHER_PORT: integer(0, 65535)
    .default(1025)
    .describe('SMTP port of the built-in mail catcher (only when `SMTP_URL` is unset; 0 picks a free port).'),
  RUN_WORKER: booleanFromEnv
    .prefault('true')
    .describe('Run the job worker inside the API process; set `false` when it runs on its own (`dist/worker.js`).'),
  JOB_MAINTENANCE_INTERVAL_SECONDS: integer(1, 3600)
    .default(30)
    .describe('How often crashed jobs are detected and retried, and finished jobs archived.'),
  JOB_POLL_SECONDS: integer(1, 3600)
    .default(5)
    .describe(
      'How often job workers look for jobs besides being woken when one is queued: retries coming due, jobs queued while a worker reconnected.',
    ),
  JOB_EXPIRE_SECONDS: integer(2, 86400)
    .default(120)
    .describe('A job running longer than this is taken as crashed and retried.'),
  JOB_RETRY_LIMIT: integer(0, 100)
    .default(12)
    .describe('Retries of a failing job (email, charge, refund) before it is reported failed; applied at every start.'),
  JOB_RETRY_DELAY_SECONDS: integer(1, 3600)
    .default(5)
    .describe('First retry delay of a failing job; it doubles at each retry.'),
  RETENTION_WEBHOOK_ATTEMPTS_DAYS: integer(1, 3650)
    .default(30)
    .describe('The daily retention job deletes webhook delivery attempts older than this.'),
  RETENTION_SENT_EMAILS_DAYS: integer(1, 3650)
    .default(90)
    .describe('The daily retention job deletes emails sent longer ago than this (unsent ones stay).'),
  RETENTION_JOB_ARCHIVE_DAYS: integer(1, 3650)
    .default(7)
    .describe('Finished jobs stay this long in the job queue’s archive, then its maintenance deletes them.'),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
    .optional()
    .meta({
      description: 'Stripe secret key (`sk_live_…` / `sk_test_…`).',
      defaultText: 'unset: the built-in Stripe stand-in with test cards (development only)',
    }),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .startsWith('whsec_', 'must be a webhook signing secret (whsec_…)')
    .optional()
    .describe('Signing secret of the Stripe webhook endpoint (`whsec_…`); required with `STRIPE_SECRET_KEY`.'),
  STRIPE_API_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({
      description: 'Where to reach Stripe’s API, e.g. a stand-in run on its own.',
      defaultText: '`https://api.stripe.com`',
    }),
  STRIPE_STAND_IN_PORT: integer(0, 65535)
    .default(12111)
    .describe('Port of the built-in Stripe stand-in (0 picks a free port).'),
  PAYMENT_RECONCILE_AFTER_SECONDS: integer(5, 86400)
    .default(120)
    .describe('A card payment still processing after this long is checked with Stripe (reconciliation).'),
  WEBHOOK_ALLOW_LOCAL_URLS: booleanFromEnv.optional().meta({
    description:
      'Let webhook endpoints be `http://localhost` URLs and private-network addresses. Off, endpoints must be `https://` and resolve to public addresses (no SSRF into the private network).',
    defaultText: '`true` unless production',
  }),
  WEBHOOK_RETRY_LIMIT: integer(0, 20)
    .default(8)
    .describe('Retries of a failed webhook delivery before it is marked failed.'),
  WEBHOOK_RETRY_DELAY_SECONDS: integer(1, 3600)
    .default(30)
    .describe('First retry delay of a webhook delivery; each retry waits about twice as long as the last.'),
  WEBHOOK_TIMEOUT_SECONDS: integer(1, 60).default(10).describe('How long a webhook receiver has to answer.'),
  WEBHOOK_DISABLE_AFTER_HOURS: integer(1, 720)
    .default(72)
    .describe('An endpoint whose every delivery has failed for this long is disabled, and its owners emailed.'),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
    .optional()
    .meta({
      description:
        'Redis for subscription events and rate-limit budgets shared by several API instances; checked by `/readyz`.',
      defaultText: 'unset: in-process',
    }),
  PLAYGROUND_ENABLED: booleanFromEnv.optional().meta({
    description: 'Serve the API playground (GraphiQL) at `/playground`.',
    defaultText: '`true` except in production',
  }),
  PLAYGROUND_DIST_DIR: z
    .string()
    .default(path.resolve(__dirname, '../../../playground/dist'))
    .meta({ description: 'Folder of the built playground.', defaultText: '`packages/playground/dist`' }),
  API_MAX_QUERY_COST: integer(1)
    .default(2000)
    .describe('The most one GraphQL operation may cost (see docs/partner-api.md).'),
  API_RATE_LIMIT_BUCKET: integer(1)
    .default(10000)
    .describe('Cost budget of each API key or session (in Redis with `REDIS_URL`, else per process).'),
  API_RATE_LIMIT_RESTORE_RATE: integer(1).default(1000).describe('Points a second each budget refills.'),
  WEB_DIST_DIR: z
    .string()
    .default(path.resolve(__dirname, '../../../web/dist'))
    .meta({ description: 'Folder of the built dashboard served at `/`.', defaultText: '`packages/web/dist`' }),
  METRICS_PORT: integer(1, 65535).optional().meta({
    description:
      'Serve `/metrics` (Prometheus), `/healthz` and `/readyz` on this port of their own, for the API and the worker process alike; `/metrics` then leaves `PORT`.',
    defaultText: 'unset: `/metrics` on `PORT` (outside production, or with `METRICS_TOKEN`)',
  }),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional().meta({
    description:
      'Bearer token `/metrics` requires (`Authorization: Bearer …`); set it to serve `/metrics` on `PORT` in production.',
    defaultText: 'unset: no token',
  }),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({
      description:
        'OpenTelemetry collector to export traces to (OTLP over HTTP, e.g. `http://otel-collector:4318`). Unset, no tracing code is loaded. The SDK also reads the other standard `OTEL_*` variables.',
      defaultText: 'unset: no tracing',
    }),
  OTEL_SERVICE_NAME: z.string().min(1).default('order-desk').describe('Service name of the exported traces.'),
  ...securityEnv,
});

/** The GraphQL cost limits (see docs/partner-api.md). */
export type CostLimits = {
  /** The most one operation may cost. */
  maxQueryCost: number;
  /** Size of each client's budget (the leaky bucket). */
  rateLimitBucket: number;
  /** Points a second the budget refills. */
  rateLimitRestoreRate: number;
};

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  databasePreparedStatements: boolean;
  migrateOnStart: boolean;
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemoData: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  shutdownDelaySeconds: number;
  sessionTtlHours: number;
  cookieSecure: boolean;
  webDistDir: string;
  playground: { enabled: boolean; distDir: string };
  apiLimits: CostLimits;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailMessageIdDomain: string;
  mailCatcherPort: number;
  runWorker: boolean;
  jobMaintenanceIntervalSeconds: number;
  jobPollSeconds: number;
  jobExpireSeconds: number;
  jobRetryLimit: number;
  jobRetryDelaySeconds: number;
  retention: RetentionWindows;
  stripe: {
    secretKey: string | undefined;
    webhookSecret: string | undefined;
    apiUrl: string | undefined;
    standInPort: number;
    reconcileAfterSeconds: number;
  };
  redisUrl: string | undefined;
  webhooks: WebhookConfig;
  /** Where /metrics is served and the token it asks for (see METRICS_PORT). */
  metrics: { port: number | undefined; token: string | undefined };
  /** Proxies, origins, schema visibility, seller-wide limits (see security-settings.ts). */
  security: SecuritySettings;
};

/** How many days each kind of record is kept (see jobs/retention.ts). */
export type RetentionWindows = { webhookAttemptsDays: number; sentEmailsDays: number; jobArchiveDays: number };

export type WebhookConfig = {
  allowLocalUrls: boolean;
  retryLimit: number;
  retryDelaySeconds: number;
  timeoutSeconds: number;
  disableAfterHours: number;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once at start; every problem is reported at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  if (e.STRIPE_SECRET_KEY && !e.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError('Invalid configuration:\n  STRIPE_WEBHOOK_SECRET: required when STRIPE_SECRET_KEY is set');
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS ?? true,
    migrateOnStart: e.MIGRATE_ON_START ?? e.NODE_ENV !== 'production',
    dataDir: e.DATA_DIR,
    embeddedPostgresPort: e.EMBEDDED_POSTGRES_PORT,
    // Production never seeds the demo accounts (published passwords) unless told to.
    seedDemoData: e.SEED_DEMO_DATA ?? (e.DATABASE_URL === undefined && e.NODE_ENV !== 'production'),
    logLevel: e.LOG_LEVEL,
    shutdownDelaySeconds: e.SHUTDOWN_DELAY_SECONDS,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    webDistDir: e.WEB_DIST_DIR,
    playground: { enabled: e.PLAYGROUND_ENABLED ?? e.NODE_ENV !== 'production', distDir: e.PLAYGROUND_DIST_DIR },
    apiLimits: {
      maxQueryCost: e.API_MAX_QUERY_COST,
      rateLimitBucket: e.API_RATE_LIMIT_BUCKET,
      rateLimitRestoreRate: e.API_RATE_LIMIT_RESTORE_RATE,
    },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailMessageIdDomain:
      e.MAIL_MESSAGE_ID_DOMAIN ??
      addressparser(e.MAIL_FROM, { flatten: true })[0]?.address.split('@')[1] ??
      'localhost',
    mailCatcherPort: e.MAIL_CATCHER_PORT,
    runWorker: e.RUN_WORKER,
    jobMaintenanceIntervalSeconds: e.JOB_MAINTENANCE_INTERVAL_SECONDS,
    jobPollSeconds: e.JOB_POLL_SECONDS,
    jobExpireSeconds: e.JOB_EXPIRE_SECONDS,
    jobRetryLimit: e.JOB_RETRY_LIMIT,
    jobRetryDelaySeconds: e.JOB_RETRY_DELAY_SECONDS,
    retention: {
      webhookAttemptsDays: e.RETENTION_WEBHOOK_ATTEMPTS_DAYS,
      sentEmailsDays: e.RETENTION_SENT_EMAILS_DAYS,
      jobArchiveDays: e.RETENTION_JOB_ARCHIVE_DAYS,
    },
    stripe: {
      secretKey: e.STRIPE_SECRET_KEY,
      webhookSecret: e.STRIPE_WEBHOOK_SECRET,
      apiUrl: e.STRIPE_API_URL,
      standInPort: e.STRIPE_STAND_IN_PORT,
      reconcileAfterSeconds: e.PAYMENT_RECONCILE_AFTER_SECONDS,
    },
    redisUrl: e.REDIS_URL,
    webhooks: {
      allowLocalUrls: e.WEBHOOK_ALLOW_LOCAL_URLS ?? e.NODE_ENV !== 'production',
      retryLimit: e.WEBHOOK_RETRY_LIMIT,
      retryDelaySeconds: e.WEBHOOK_RETRY_DELAY_SECONDS,
      timeoutSeconds: e.WEBHOOK_TIMEOUT_SECONDS,
      disableAfterHours: e.WEBHOOK_DISABLE_AFTER_HOURS,
    },
    metrics: { port: e.METRICS_PORT, token: e.METRICS_TOKEN },
    security: securitySettings(e),
  };
}
