import type { DataSource } from 'typeorm';
import type { RetentionWindows } from '../config/config';

/** Rows deleted per statement: short transactions, so the purge never holds locks for long. */
const BATCH = 5_000;

export type PurgeCounts = {
  expiredSessions: number;
  expiredIdempotencyKeys: number;
  webhookAttempts: number;
  sentEmails: number;
};

/**
 * What the daily retention job deletes, each kind past its window: sessions and Idempotency-Keys
 * (their stored answers) once expired, webhook
 * delivery attempts and sent emails after their RETENTION_* days (unsent emails and the deliveries
 * themselves stay). Finished jobs leave pg-boss's archive through its own maintenance, after
 * RETENTION_JOB_ARCHIVE_DAYS (jobs/job-queue.ts).
 */
const PURGES: { kind: keyof PurgeCounts; table: string; where: string; days: (w: RetentionWindows) => number }[] = [
  {
    kind: 'expiredSessions',
    table: 'sessions',
    where: 'expires_at <= now() - make_interval(days => $1)',
    days: () => 0,
  },
  {
    kind: 'expiredIdempotencyKeys',
    table: 'idempotency_keys',
    where: 'expires_at <= now() - make_interval(days => $1)',
    days: () => 0,
  },
  {
    kind: 'webhookAttempts',
    table: 'webhook_delivery_attempts',
    where: 'attempted_at < now() - make_interval(days => $1)',
    days: (w) => w.webhookAttemptsDays,
  },
  {
    kind: 'sentEmails',
    table: 'outbound_emails',
    where: `status = 'SENT' AND sent_at < now() - make_interval(days => $1)`,
    days: (w) => w.sentEmailsDays,
  },
];

/** Deletes everything past its retention window, in batches; returns how many rows of each kind went. */
export async function purgeExpiredRecords(db: DataSource, windows: RetentionWindows): Promise<PurgeCounts> {
  const counts: PurgeCounts = { expiredSessions: 0, expiredIdempotencyKeys: 0, webhookAttempts: 0, sentEmails: 0 };
  for (const { kind, table, where, days } of PURGES) {
    for (;;) {
      const [, deleted] = await db.query(
        // By ctid: every kind of row, whatever its key (idempotency keys have a composite one).
        `DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE ${where} LIMIT ${BATCH})`,
        [days(windows)],
      );
      counts[kind] += deleted;
      if (deleted < BATCH) break;
    }
  }
  return counts;
}
