import nodemailer from 'nodemailer';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { createEventBus } from './graphql/pubsub';
import { createSchema } from './graphql/schema';
import { createServices, type Services } from './graphql/services';
import { jobQueueSettings, startJobQueue } from './jobs/job-queue';
import { startWorkers } from './job-handlers';
import { EmailDelivery } from './notifications/email-delivery';
import { EmailOutbox } from './notifications/email-outbox';
import { MailCatcher } from './notifications/mail-catcher';
import { listenForPlacedOrders } from './orders/order-placed-channel';
import type { StripeGateway } from './payments/stripe-gateway';
import { createServer, type RunningServer } from './server/http-server';
import { IdempotencyKeys } from './server/idempotency-keys';
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
  | 'jobExpireSeconds'
  | 'jobRetryLimit'
  | 'jobRetryDelaySeconds'
  | 'redisUrl'
  | 'webhooks'
> & { stripe: Pick<Config['stripe'], 'reconcileAfterSeconds'> };

export type App = {
  server: RunningServer;
  services: Services;
  boss: PgBoss;
  /** The built-in SMTP catcher, when SMTP_URL is unset. */
  mailCatcher: MailCatcher | null;
  stop: () => Promise<void>;
};

/**
 * Wires the process together over an open, migrated database and a Stripe gateway: pub/sub, job
 * queue, mail, services, the HTTP and WebSocket server and (unless it runs on its own) the workers.
 * Does not listen; the caller picks the port.
 */
export async function startApp(
  config: AppConfig,
  db: DataSource,
  databaseUrl: string,
  logger: Logger,
  stripe: StripeGateway,
): Promise<App> {
  const boss = await startJobQueue({
    url: databaseUrl,
    logger,
    ...jobQueueSettings(config),
  });
  sendWebhooksThrough(db, boss);
  const mailCatcher = config.smtpUrl ? null : new MailCatcher();
  const catcherPort = mailCatcher ? await mailCatcher.start(config.mailCatcherPort) : null;
  if (catcherPort !== null)
    logger.info({ port: catcherPort }, 'mail catcher listening (SMTP_URL unset): see /dev/mail');
  const transport = nodemailer.createTransport(
    config.smtpUrl ?? { host: '127.0.0.1', port: catcherPort!, secure: false, ignoreTLS: true },
  );

  const events = createEventBus({ redisUrl: config.redisUrl, logger });
  const placedOrders = await listenForPlacedOrders(databaseUrl, events.orderPlacements.publish, logger);
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
  });
  const schema = await createSchema({ pubSub: events.pubSub });
  const server = await createServer({ config, db, schema, services, logger, mailCatcher });
  if (config.runWorker) {
    await startWorkers(boss, {
      emails: new EmailDelivery(db, transport, config, events.orderChanges, logger),
      cardPayments: services.cardPayments,
      refunds: services.refunds,
      webhooks: new WebhookDeliveryJob(db, new WebhookSender(config.webhooks), logger),
      webhookAutoDisable: new WebhookAutoDisable(db, config.webhooks.disableAfterHours),
      emailOutbox: new EmailOutbox(boss),
      idempotencyKeys: new IdempotencyKeys(db),
      reconcileAfterSeconds: config.stripe.reconcileAfterSeconds,
    });
  }
  return {
    server,
    services,
    boss,
    mailCatcher,
    stop: async () => {
      await server.stop();
      // Lets a job in progress finish (or be retried later), then closes the queue's connections.
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      transport.close();
      await mailCatcher?.stop();
      await placedOrders.close();
      await events.close();
    },
  };
}
