import { ConfigError, type Config } from './config';

/**
 * Webhook signing secrets published in this repository (the Stripe stand-in's old constant, the
 * compose file's example): anyone can sign a "payment succeeded" with them.
 */
const PUBLISHED_WEBHOOK_SECRETS = new Set(['whsec_order_desk_stand_in']);
/** Stripe's own signing secrets are `whsec_` and 32 characters; shorter ones can be guessed. */
const MIN_WEBHOOK_SECRET_LENGTH = 'whsec_'.length + 24;

/**
 * What production cannot run without. Outside production each has a zero-setup stand-in (embedded
 * PostgreSQL, the Stripe stand-in, the mail catcher); in production a stand-in would be a hole (a
 * public webhook secret, buyers' email kept in memory and served at /dev/mail, demo accounts with
 * published passwords), so a missing setting stops the server instead of silently falling back.
 */
export function productionProblems(config: Config): string[] {
  if (config.nodeEnv !== 'production') return [];
  const problems: string[] = [];
  const need = (variable: string, why: string) => problems.push(`  ${variable}: required in production (${why})`);
  if (!config.databaseUrl) need('DATABASE_URL', 'embedded PostgreSQL is for development');
  if (!config.stripe.secretKey) need('STRIPE_SECRET_KEY', 'the Stripe stand-in is for development');
  const webhookSecret = config.stripe.webhookSecret;
  if (!webhookSecret) need('STRIPE_WEBHOOK_SECRET', "the signing secret of Stripe's webhook endpoint");
  else if (PUBLISHED_WEBHOOK_SECRETS.has(webhookSecret) || webhookSecret.length < MIN_WEBHOOK_SECRET_LENGTH)
    problems.push(
      '  STRIPE_WEBHOOK_SECRET: a published or short secret lets anyone forge Stripe events: use the endpoint secret Stripe gives you',
    );
  if (!config.smtpUrl) need('SMTP_URL', 'buyer emails must leave the server; the mail catcher is for development');
  return problems;
}

/** The configuration, or a ConfigError naming every setting production is missing. */
export function assertSafeForProduction(config: Config): Config {
  const problems = productionProblems(config);
  if (problems.length) {
    throw new ConfigError(`Refusing to start in production (NODE_ENV=production):\n${problems.join('\n')}`);
  }
  return config;
}
