import Redis from 'ioredis';
import nodemailer from 'nodemailer';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { createEventBus } from './graphql/pubsub';
import { createSchema } from './graphql/schema';
import { createServices, type Services } from './graphql/services';
import { jobQueueSettings, startJobQueue, stopJobQueue } from './jobs/job-queue';
import { startWorkers } from './job-handlers';
import { EmailDelivery } from './notifications/email-delivery';
import { EmailOutbox } from './notifications/email-outbox';
import type { MailCatcher } from './notifications/mail-catcher';
import { listenForPlacedOrders } from './orders/order-placed-channel';
import type { StripeGateway } from './payments/stripe-gateway';
import { databaseChecks, Readiness, redisCheck } from './server/health';
import { createServer, type RunningServer } from './server/http-server';
import { watchPool, watchQueue } from './server/metrics';
import { WebhookAutoDisable } from './webhooks/webhook-auto-disable';
import { WebhookDeliveryJob } from './webhooks/webhook-delivery-job';
import { sendWebhooksThrough } from './webhooks/webhook-outbox';
import { WebhookSender } from './webhooks/webhook-sender';

export type AppConfig = Pick<
  Config,
  | 'nodeEnv'
  | 'cookieSecure'
  | 'webDistDir'
  | 'playground'
  | 'apiLimits'
  | 'sessionTtlHours'
  | 'smtpUrl'
  | 'mailFrom'
  | 'mailMessageIdDomain'
  | 'mailCatcherPort'
  | 'runWorker'
  | 'jobMaintenanceIntervalSeconds'
  | 'jobPollSeconds'
  | 'jobExpireSeconds'
  | 'jobRetryLimit'
  | 'jobRetryDelaySeconds'
  | 'redisUrl'
  | 'webhooks'
  | 'retention'
  | 'metrics'
  | 'security'
> & { stripe: Pick<Config['stripe'], 'reconcileAfterSeconds'> };

export type App = {
  server: RunningServer;
  services: Services;
  boss: PgBoss;
  /**
   * The ids of this process's job workers (none when they run on their own). `boss.notifyWorker(id)`
   * ends a worker's wait: pg-boss times its polls with the wall clock, so a clock set back mid-poll
   * would otherwise have it wait for as long as the clock went back.
   */
  workerIds: string[];
  /** What /readyz reports; `drain()` at shutdown takes the process out of the load balancer. */
  readiness: Readiness;
  /** The built-in SMTP catcher, when SMTP_URL is unset. */
  mailCatcher: MailCatcher | null;
  stop: () => Promise<void>;
};

/**
 * Wires the process together over an open, migrated database, a Stripe gateway and (when SMTP_URL is
 * unset) the development mail catcher: pub/sub, job queue, mail, services, the HTTP and WebSocket
 * server and (unless it runs on its own) the workers. Does not listen; the caller picks the port.
 */
export async function startApp(
  config: AppConfig,
  db: DataSource,
  databaseUrl: string,
  logger: Logger,
  stripe: StripeGateway,
  mailCatcher: MailCatcher | null,
): Promise<App> {
  const boss = await startJobQueue({
    url: databaseUrl,
    logger,
    ...jobQueueSettings(config),
  });
  sendWebhooksThrough(db, boss);
  const catcherPort = mailCatcher ? await mailCatcher.start(config.mailCatcherPort) : null;
  if (catcherPort !== null)
    logger.info({ port: catcherPort }, 'mail catcher listening (SMTP_URL unset): see /dev/mail');
  const transport = nodemailer.createTransport(
    config.smtpUrl ?? { host: '127.0.0.1', port: catcherPort!, secure: false, ignoreTLS: true },
  );

  const events = createEventBus({ redisUrl: config.redisUrl, logger });
  const placedOrders = await listenForPlacedOrders(databaseUrl, events.orderPlacements.publish, logger);
  // Failed sign-ins are counted across instances; no offline queue: while Redis is down each counts in memory.
  const throttleRedis = config.redisUrl
    ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : null;
  throttleRedis?.on('error', (error) => logger.debug({ err: error }, 'redis sign-in throttle connection error'));
  const services = createServices(db, {
    sessionTtlHours: config.sessionTtlHours,
    outbox: new EmailOutbox(boss),
    orderChanges: events.orderChanges,
    paymentChanges: events.paymentChanges,
    boss,
    stripe: stripe.stripe,
    stripeWebhookSecret: stripe.webhookSecret,
    webhookAllowLocalUrls: config.webhooks.allowLocalUrls,
    logger,
    credentialRevocations: events.credentialRevocations,
    throttleRedis,
    apiKeysPerSeller: config.security.apiKeysPerSeller,
  });
  const schema = await createSchema({ pubSub: events.pubSub });
  const readiness = new Readiness([
    ...databaseChecks(db, boss),
    ...(events.isRedisReady ? [redisCheck(events.isRedisReady)] : []),
  ]);
  const unwatch = [watchPool(db), watchQueue(boss)];
  const server = await createServer({
    config,
    db,
    readiness,
    schema,
    services,
    logger,
    mailCatcher,
    credentialRevocations: events.credentialRevocations,
  });
  const workers = config.runWorker
    ? await startWorkers(boss, {
        emails: new EmailDelivery(db, transport, config, events.orderChanges, logger),
        cardPayments: services.cardPayments,
        refunds: services.refunds,
        webhooks: new WebhookDeliveryJob(db, new WebhookSender(config.webhooks), logger),
        webhookAutoDisable: new WebhookAutoDisable(db, config.webhooks.disableAfterHours),
        emailOutbox: new EmailOutbox(boss),
        reconcileAfterSeconds: config.stripe.reconcileAfterSeconds,
        retention: { db, windows: config.retention, logger },
        wakeups: { databaseUrl, pollSeconds: config.jobPollSeconds, logger },
      })
    : null;
  return {
    server,
    services,
    boss,
    workerIds: workers?.workerIds ?? [],
    readiness,
    mailCatcher,
    stop: async () => {
      readiness.drain();
      for (const stopWatching of unwatch) stopWatching();
      await server.stop();
      await workers?.close();
      await stopJobQueue(boss);
      transport.close();
      await mailCatcher?.stop();
      await placedOrders.close();
      await events.close();
      throttleRedis?.disconnect();
    },
  };
}
