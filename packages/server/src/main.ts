import { stopTracing } from './tracing';
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { startApp } from './app';
import { loadDevOnly, StandInNotInstalled } from './common/dev-only';
import { createLogger } from './common/logger';
import { collectProcessMetrics } from './common/metrics';
import { ConfigError, loadConfig, type Config } from './config/config';
import { assertSafeForProduction } from './config/production-checks';
import { openDatabase } from './db/database';
import { PendingMigrationsError } from './db/migrate';
import { seedDemoData } from './db/seed/demo-data';
import { openStripeGateway } from './payments/stripe-gateway';
import { DRAIN_TIMEOUT_SECONDS } from './server/health';
import { startOpsServer } from './server/ops-server';

function configOrExit(): Config {
  try {
    return assertSafeForProduction(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  collectProcessMetrics();

  const database = await openDatabase(config, logger);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const stripe = await openStripeGateway(config.stripe, logger, path.join(config.dataDir, 'stripe-stand-in.json'));
  if (config.seedDemoData) await seedDemoData(database.dataSource, logger, { stripe: stripe.stripe });
  const mailCatcher = config.smtpUrl
    ? null
    : new (await loadDevOnly(() => import('./notifications/mail-catcher.js'), 'SMTP_URL')).MailCatcher();
  const app = await startApp(config, database.dataSource, database.url, logger, stripe, mailCatcher);
  const ops = config.metrics.port
    ? await startOpsServer({
        port: config.metrics.port,
        host: config.host,
        readiness: app.readiness,
        token: config.metrics.token,
      })
    : null;

  const { httpServer } = app.server;
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  stripe.setWebhookUrl(`http://127.0.0.1:${port}/webhooks/stripe`);
  logger.info({ port, worker: config.runWorker }, 'order desk ready');
  console.log(`\n  Order Desk is running at http://localhost:${port}/  (GraphQL: http://localhost:${port}/graphql)\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, delaySeconds: config.shutdownDelaySeconds }, 'shutting down');
    // /readyz answers 503 from now on; requests are still served until the load balancer notices.
    app.readiness.drain();
    await delay(config.shutdownDelaySeconds * 1000);
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, DRAIN_TIMEOUT_SECONDS * 1000);
    force.unref();
    await app.stop();
    await ops?.close();
    await stripe.stop();
    await database.close();
    await stopTracing();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // A refusal explains itself; anything else needs its stack.
  const refusal = error instanceof PendingMigrationsError || error instanceof StandInNotInstalled;
  console.error('Order Desk failed to start:', refusal ? error.message : error);
  process.exit(1);
});
