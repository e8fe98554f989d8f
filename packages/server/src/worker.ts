import 'reflect-metadata';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { ConfigError, loadConfig } from './config/config';
import { createDataSource } from './db/data-source';
import { startJobQueue } from './jobs/job-queue';
import { EmailDelivery } from './notifications/email-delivery';
import { startEmailWorker } from './notifications/email-worker';

/**
 * The job worker as its own process (`node dist/worker.js`), for running the API with RUN_WORKER=false.
 * It needs DATABASE_URL and SMTP_URL: the API's embedded database and mail catcher are its own.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel }).child({ process: 'worker' });
  if (!config.databaseUrl || !config.smtpUrl) {
    throw new ConfigError('The worker process needs DATABASE_URL and SMTP_URL (it shares the database with the API).');
  }
  const db = createDataSource({ url: config.databaseUrl, poolSize: 4 });
  await db.initialize();
  const boss = await startJobQueue({
    url: config.databaseUrl,
    logger,
    maintenanceIntervalSeconds: config.jobMaintenanceIntervalSeconds,
    jobExpireSeconds: config.jobExpireSeconds,
  });
  const transport = nodemailer.createTransport(config.smtpUrl);
  // Changes made by the worker reach subscribers through the API process's own reads; no bus here.
  await startEmailWorker(boss, new EmailDelivery(db, transport, config.mailFrom, { publish: () => undefined }, logger));
  logger.info('worker ready');

  const shutdown = async () => {
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    transport.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error('Order Desk worker failed:', error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
