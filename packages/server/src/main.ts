import 'reflect-metadata';
import pino from 'pino';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './db/database';
import { seedDemoData } from './db/seed/demo-data';
import { createSchema } from './graphql/schema';
import { createServices } from './graphql/services';
import { createServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = pino({
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  });

  const database = await openDatabase(config, logger);
  const db = database.dataSource;
  if (config.seedDemoData) await seedDemoData(db, logger);

  const services = createServices(db, { sessionTtlHours: config.sessionTtlHours });
  await services.sessions.purgeExpired();
  const server = await createServer({ config, db, schema: await createSchema(), services, logger });
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, config.host, resolve));
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ port }, 'order desk ready');
  console.log(`\n  Order Desk is running at http://localhost:${port}/  (GraphQL: http://localhost:${port}/graphql)\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    await server.stop();
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
