import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { listenOn } from '../common/pg-notifications';

/** The PostgreSQL channel a new job's queue name is announced on, when the job's transaction commits. */
const CHANNEL = 'order_desk_jobs';

/** Any fixed number: the processes that start together install the trigger one at a time. */
const INSTALL_LOCK = 7_413_201;

/**
 * Announces every job inserted into pg-boss's table (by whichever process, in whichever
 * transaction): a row trigger notifies the job's queue name, which PostgreSQL delivers on commit,
 * once per queue and transaction. Installed by the processes that run workers, when they start; the
 * trigger is created only when missing (creating one locks the job table against inserts), since
 * pg-boss may recreate its table when it upgrades its schema.
 */
export async function announceNewJobs(boss: PgBoss): Promise<void> {
  await boss.getDb().executeSql(
    `
    BEGIN;
    SELECT pg_advisory_xact_lock(${INSTALL_LOCK});
    CREATE OR REPLACE FUNCTION pgboss.order_desk_announce_job() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${CHANNEL}', NEW.name);
        RETURN NULL;
      END
    $$;
    DO $$
      BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM pg_trigger WHERE tgname = 'order_desk_announce_job' AND tgrelid = 'pgboss.job'::regclass
        ) THEN
          CREATE TRIGGER order_desk_announce_job AFTER INSERT ON pgboss.job
            FOR EACH ROW EXECUTE FUNCTION pgboss.order_desk_announce_job();
        END IF;
      END
    $$;
    COMMIT;
  `,
    [],
  );
}

/**
 * Wakes this process's workers when a job is queued, instead of having them poll for it every
 * second: `wake` gets the new job's queue name. Polling remains, less often, for what no insert
 * announces: retries coming due, jobs queued while this listener reconnects.
 */
export function listenForNewJobs(
  databaseUrl: string,
  wake: (queue: string) => void,
  logger: Logger,
): Promise<{ close: () => Promise<void> }> {
  return listenOn(databaseUrl, CHANNEL, wake, logger);
}
