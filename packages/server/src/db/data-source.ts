import { DataSource, type LogLevel, type Logger as TypeOrmLogger } from 'typeorm';
import { entities } from './entities';
import { preparingClient, StatementNames } from './prepared-statements';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming-strategy';

export type DataSourceOptions = {
  url: string;
  poolSize: number;
  /** Called with every SQL statement the data source sends (tests count them). */
  onQuery?: (sql: string) => void;
  /** Repeated statements as prepared statements (DATABASE_PREPARED_STATEMENTS); on unless told. */
  preparedStatements?: boolean;
};

class QueryObserver implements TypeOrmLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(_level: LogLevel): void {}
}

export function createDataSource({ url, poolSize, onQuery, preparedStatements = true }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    poolSize,
    extra: {
      application_name: 'order-desk',
      connectionTimeoutMillis: 10_000,
      ...(preparedStatements && { Client: preparingClient(new StatementNames()) }),
    },
    ...(onQuery ? { logging: ['query'] as const, logger: new QueryObserver(onQuery) } : { logging: false }),
  });
}
