import type { PoolClient, QueryResultRow } from 'pg';
import { QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';

/** Escapes LIKE/ILIKE wildcards so user text matches literally. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A transaction's query runner as TypeORM's Postgres driver has it: its pg connection once connected. */
type PostgresRunner = QueryRunner & { databaseConnection?: PoolClient };

/**
 * The rows of any statement in a transaction, RETURNING included, sent on the transaction's own pg
 * connection. TypeORM's `query` would add three awaits per statement (its connect, and two broadcasts
 * to query subscribers we do not have) and a result object: a write's statements all run here. The
 * data source's logger still sees each statement (tests count them) and a failure is still TypeORM's
 * QueryFailedError, which the conflict retry reads.
 */
export async function rows<T>(tx: EntityManager, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const runner = tx.queryRunner as PostgresRunner | undefined;
  if (!runner) throw new Error('rows() runs inside a transaction');
  const connection = runner.databaseConnection;
  if (!connection || runner.isReleased) return (await runner.query(sql, parameters, true)).records as T[];
  tx.connection.logger.logQuery(sql, parameters, runner);
  try {
    return (await connection.query<T & QueryResultRow>(sql, parameters)).rows;
  } catch (error) {
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}

/** A list of our own constants (enum values, never user input) as an SQL list: `('A', 'B')`. */
export const sqlList = (values: readonly string[]): string => `(${values.map((value) => `'${value}'`).join(', ')})`;
