import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { migrateUp, requireCurrentSchema } from './migrate';

export type Database = { dataSource: DataSource; url: string; close: () => Promise<void> };

/**
 * Connects to DATABASE_URL, or starts embedded PostgreSQL when it is unset; then applies pending
 * migrations under the migration lock (MIGRATE_ON_START), or refuses to go on while any is pending.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, logger });
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource({
    url,
    poolSize: config.databasePoolSize,
    preparedStatements: config.databasePreparedStatements,
  });
  try {
    await dataSource.initialize();
    if (config.migrateOnStart) {
      const applied = await migrateUp(dataSource, () => logger.info('waiting for another process to finish migrating'));
      if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    } else {
      await requireCurrentSchema(dataSource);
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    url,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
