import os from 'node:os';
import path from 'node:path';
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/**
 * A per-user data directory. PostgreSQL refuses to run as root, so as root it runs as a `postgres`
 * user that cannot enter root's home: root's data lives under /var/lib instead.
 */
function defaultDataDir(): string {
  if (process.getuid?.() === 0) return '/var/lib/order-desk';
  return path.join(process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'order-desk');
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Where embedded PostgreSQL keeps its data when DATABASE_URL is unset. */
  DATA_DIR: z.string().default(defaultDataDir()),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Seed demo data into an empty database (default: on for embedded PostgreSQL, off otherwise). */
  SEED_DEMO_DATA: booleanFromEnv.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  /** Mark the session cookie Secure (default: on in production). */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /** SMTP server for outgoing email, e.g. smtp://user:pass@smtp.example.com:587. Unset: the built-in mail catcher. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** Sending address of the emails to buyers; they go out under the seller's name with this address. */
  MAIL_FROM: z.string().min(3).default('Order Desk <orders@order-desk.local>'),
  /** Domain of the emails' Message-IDs, e.g. mail.example.com (default: the domain of MAIL_FROM's address). */
  MAIL_MESSAGE_ID_DOMAIN: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a domain name, e.g. mail.example.com')
    .optional(),
  /** Port of the built-in mail catcher (only when SMTP_URL is unset; 0 picks a free port). */
  MAIL_CATCHER_PORT: z.coerce.number().int().min(0).max(65535).default(1025),
  /** Run the job worker (email delivery) inside the API process; set false when it runs on its own. */
  RUN_WORKER: booleanFromEnv.default(true),
  /** How often crashed jobs are detected and retried. */
  JOB_MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** A job running longer than this is taken as crashed and retried. */
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(2).max(86400).default(120),
  /** Retries of a failing job (email, charge, refund) before it is reported failed. */
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(12),
  /** First retry delay of a failing job; it doubles at each retry. */
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  /** Stripe secret key (sk_live_… / sk_test_…). Unset: the built-in Stripe stand-in, with test cards. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
    .optional(),
  /** Signing secret of the Stripe webhook endpoint (whsec_…); required with STRIPE_SECRET_KEY. */
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must be a webhook signing secret (whsec_…)').optional(),
  /** Where to reach Stripe's API instead of api.stripe.com, e.g. a stand-in run on its own. */
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Port of the built-in Stripe stand-in (0 picks a free port). */
  STRIPE_STAND_IN_PORT: z.coerce.number().int().min(0).max(65535).default(12111),
  /** A card payment still processing after this long is checked with Stripe (reconciliation). */
  PAYMENT_RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(5).max(86400).default(120),
  /**
   * Let webhook endpoints be http://localhost URLs and private-network addresses (development and
   * tests; default: on unless NODE_ENV=production). Off, endpoints must be https:// and resolve to
   * public addresses (no SSRF into the private network).
   */
  WEBHOOK_ALLOW_LOCAL_URLS: booleanFromEnv.optional(),
  /** Retries of a failed webhook delivery before it is marked failed. */
  WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
  /** First retry delay of a webhook delivery; each retry waits about twice as long as the last. */
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** How long a webhook receiver has to answer. */
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  /** An endpoint whose every delivery has failed for this long is disabled (and its owners emailed). */
  WEBHOOK_DISABLE_AFTER_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  /** Redis for subscriptions (pub/sub) and rate-limit budgets across several API instances; unset: in-process. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  /** Serve the API playground (GraphiQL) at /playground (default: on except in production). */
  PLAYGROUND_ENABLED: booleanFromEnv.optional(),
  /** Folder of the built playground (default: packages/playground/dist). */
  PLAYGROUND_DIST_DIR: z.string().default(path.resolve(__dirname, '../../../playground/dist')),
  /** The most one GraphQL operation may cost (see docs/partner-api.md). */
  API_MAX_QUERY_COST: z.coerce.number().int().min(1).default(2000),
  /** Cost budget of each API key or session (the rate limit's bucket size). */
  API_RATE_LIMIT_BUCKET: z.coerce.number().int().min(1).default(10000),
  /** Points a second each budget refills. */
  API_RATE_LIMIT_RESTORE_RATE: z.coerce.number().int().min(1).default(1000),
  /** Folder of the built dashboard served at `/` (default: packages/web/dist). */
  WEB_DIST_DIR: z.string().default(path.resolve(__dirname, '../../../web/dist')),
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
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemoData: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
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
  jobExpireSeconds: number;
  jobRetryLimit: number;
  jobRetryDelaySeconds: number;
  stripe: {
    secretKey: string | undefined;
    webhookSecret: string | undefined;
    apiUrl: string | undefined;
    standInPort: number;
    reconcileAfterSeconds: number;
  };
  redisUrl: string | undefined;
  webhooks: WebhookConfig;
};

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
    dataDir: e.DATA_DIR,
    embeddedPostgresPort: e.EMBEDDED_POSTGRES_PORT,
    seedDemoData: e.SEED_DEMO_DATA ?? e.DATABASE_URL === undefined,
    logLevel: e.LOG_LEVEL,
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
    jobExpireSeconds: e.JOB_EXPIRE_SECONDS,
    jobRetryLimit: e.JOB_RETRY_LIMIT,
    jobRetryDelaySeconds: e.JOB_RETRY_DELAY_SECONDS,
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
  };
}
