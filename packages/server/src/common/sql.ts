import type { EntityManager } from 'typeorm';

/** Escapes LIKE/ILIKE wildcards so user text matches literally. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The rows of any statement in a transaction, RETURNING included. (TypeORM's plain `query` answers
 * UPDATE and DELETE with `[rows, count]` but SELECT and INSERT with `rows`; the structured result is
 * uniform.)
 */
export async function rows<T>(tx: EntityManager, sql: string, parameters: unknown[] = []): Promise<T[]> {
  if (!tx.queryRunner) throw new Error('rows() runs inside a transaction');
  return (await tx.queryRunner.query(sql, parameters, true)).records as T[];
}

/** A list of our own constants (enum values, never user input) as an SQL list: `('A', 'B')`. */
export const sqlList = (values: readonly string[]): string => `(${values.map((value) => `'${value}'`).join(', ')})`;
