import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source';

export type TestDatabase = {
  dataSource: DataSource;
  url: string;
  /** SQL statements sent since the last reset (for N+1 checks). */
  statements: string[];
  drop: () => Promise<void>;
};

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_ADMIN_URL;
  if (!url) throw new Error('TEST_DATABASE_ADMIN_URL is not set: run the tests through jest (global-setup.ts)');
  return url;
}

/** A fresh database for one test file, migrated from empty (or left empty, for the migration tests). */
export async function createTestDatabase({ migrated = true }: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `order_desk_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const statements: string[] = [];
  const dataSource = createDataSource({ url: url.toString(), poolSize: 10, onQuery: (sql) => statements.push(sql) });
  await dataSource.initialize();
  if (migrated) await dataSource.runMigrations({ transaction: 'each' });
  statements.length = 0;
  return {
    dataSource,
    url: url.toString(),
    statements,
    drop: async () => {
      await dataSource.destroy();
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
