import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { startApp } from './app';
import { ConfigError, loadConfig, type Config } from './config/config';
import { assertSafeForProduction } from './config/production-checks';
import { openDatabase } from './db/database';
import { seedDemoData } from './db/seed/demo-data';
import { openStripeGateway } from './payments/stripe-gateway';

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
  const logger = pino({
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  });

  const database = await openDatabase(config, logger);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const stripe = await openStripeGateway(config.stripe, logger, path.join(config.dataDir, 'stripe-stand-in.json'));
  if (config.seedDemoData) await seedDemoData(database.dataSource, logger, { stripe: stripe.stripe });
  const app = await startApp(config, database.dataSource, database.url, logger, stripe);
  await app.services.sessions.purgeExpired();

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
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    await app.stop();
    await stripe.stop();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Order Desk failed to start:', error);
  process.exit(1);
});
