import { stopTracing } from './tracing';
import 'reflect-metadata';
import nodemailer from 'nodemailer';
import { createLogger } from './common/logger';
import { collectProcessMetrics } from './common/metrics';
import { ConfigError, loadConfig } from './config/config';
import { createDataSource } from './db/data-source';
import { PendingMigrationsError, requireCurrentSchema } from './db/migrate';
import { createEventBus } from './graphql/pubsub';
import { jobQueueSettings, startJobQueue, stopJobQueue } from './jobs/job-queue';
import { startWorkers } from './job-handlers';
import { RefundService } from './refunds/refund.service';
import { EmailDelivery } from './notifications/email-delivery';
import { CardPaymentService } from './payments/card-payment.service';
import { openStripeGateway } from './payments/stripe-gateway';
import { EmailOutbox } from './notifications/email-outbox';
import { WebhookAutoDisable } from './webhooks/webhook-auto-disable';
import { WebhookDeliveryJob } from './webhooks/webhook-delivery-job';
import { sendWebhooksThrough } from './webhooks/webhook-outbox';
import { WebhookSender } from './webhooks/webhook-sender';
import { databaseChecks, Readiness, redisCheck } from './server/health';
import { watchPool, watchQueue } from './server/metrics';
import { startOpsServer } from './server/ops-server';

/**
 * The job worker as its own process (`node dist/worker.js`), for running the API with RUN_WORKER=false.
 * It shares the database with the API, so it needs DATABASE_URL, SMTP_URL and STRIPE_SECRET_KEY (the
 * API's embedded database, mail catcher and Stripe stand-in are its own). With REDIS_URL, payment
 * changes it makes reach the API instances' subscribers. With METRICS_PORT it serves /healthz, /readyz
 * and /metrics there (the worker has no other port). It never migrates: it refuses to start on a
 * schema behind its code.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel).child({ process: 'worker' });
  collectProcessMetrics();
  if (!config.databaseUrl || !config.smtpUrl || !config.stripe.secretKey) {
    throw new ConfigError(
      'The worker process needs DATABASE_URL, SMTP_URL and STRIPE_SECRET_KEY (it shares them with the API).',
    );
  }
  const db = createDataSource({
    url: config.databaseUrl,
    poolSize: 4,
    preparedStatements: config.databasePreparedStatements,
  });
  await db.initialize();
  await requireCurrentSchema(db);
  const boss = await startJobQueue({
    url: config.databaseUrl,
    logger,
    ...jobQueueSettings(config),
  });
  // Settling a card payment records events, which can queue webhooks.
  sendWebhooksThrough(db, boss);
  const stripe = await openStripeGateway(config.stripe, logger, null);
  const events = createEventBus({ redisUrl: config.redisUrl, logger });
  const transport = nodemailer.createTransport(config.smtpUrl);
  const workers = await startWorkers(boss, {
    emails: new EmailDelivery(db, transport, config, events.orderChanges, logger),
    cardPayments: new CardPaymentService(db, stripe.stripe, boss, events.paymentChanges, logger),
    refunds: new RefundService(db, stripe.stripe, boss, events.orderChanges, logger),
    webhooks: new WebhookDeliveryJob(db, new WebhookSender(config.webhooks), logger),
    webhookAutoDisable: new WebhookAutoDisable(db, config.webhooks.disableAfterHours),
    emailOutbox: new EmailOutbox(boss),
    reconcileAfterSeconds: config.stripe.reconcileAfterSeconds,
    retention: { db, windows: config.retention, logger },
    wakeups: { databaseUrl: config.databaseUrl, pollSeconds: config.jobPollSeconds, logger },
  });
  const readiness = new Readiness([
    ...databaseChecks(db, boss),
    ...(events.isRedisReady ? [redisCheck(events.isRedisReady)] : []),
  ]);
  watchPool(db);
  watchQueue(boss);
  const ops = config.metrics.port
    ? await startOpsServer({ port: config.metrics.port, host: config.host, readiness, token: config.metrics.token })
    : null;
  logger.info({ metricsPort: ops?.port }, 'worker ready');

  const shutdown = async () => {
    readiness.drain();
    await workers.close();
    await stopJobQueue(boss);
    await ops?.close();
    transport.close();
    await events.close();
    await db.destroy();
    await stopTracing();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  const refusal = error instanceof ConfigError || error instanceof PendingMigrationsError;
  console.error('Order Desk worker failed:', refusal ? error.message : error);
  process.exit(1);
});
