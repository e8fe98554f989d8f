import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, type Actor } from '../auth/actor';
import type { Viewer } from '../auth/viewer';
import type { OrderChangePublisher } from './order-change-events';
import type { Order } from './order.entity';
import { Refusal, refused, type Outcome } from '../common/refusal';

/**
 * The order a change answers with: `order` as the change's own statement left it (RETURNING), or null
 * when the change did not answer it, for the API to read after the commit (graphql/changed-order.ts).
 */
export type OrderChange = { orderId: string; order: Order | null };

/**
 * Runs one change to orders in a transaction. A Refusal rolls it back whole and
 * becomes a user error; on commit, the changed orders are published to subscribers and the result is
 * answered, through `present` when it is read again after the commit.
 */
export async function runOrderChange<T>(
  db: DataSource,
  changes: OrderChangePublisher,
  viewer: Viewer,
  work: (tx: EntityManager, actor: Actor) => Promise<{ changed: string[]; result: T }>,
): Promise<Outcome<T>>;
export async function runOrderChange<T, U>(
  db: DataSource,
  changes: OrderChangePublisher,
  viewer: Viewer,
  work: (tx: EntityManager, actor: Actor) => Promise<{ changed: string[]; result: T }>,
  present: (result: T) => Promise<U>,
): Promise<Outcome<U>>;
export async function runOrderChange<T, U>(
  db: DataSource,
  changes: OrderChangePublisher,
  viewer: Viewer,
  work: (tx: EntityManager, actor: Actor) => Promise<{ changed: string[]; result: T }>,
  present?: (result: T) => Promise<U>,
): Promise<Outcome<T | U>> {
  try {
    const { changed, result } = await transactionRetryingConflicts(db, (tx) => work(tx, actorOf(viewer)));
    for (const orderId of changed) changes.publish({ sellerId: viewer.sellerId, orderId });
    return { value: present ? await present(result) : result, userErrors: [] };
  } catch (error) {
    if (error instanceof Refusal) return refused(error.toUserError());
    throw error;
  }
}

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back whole. */
const CONFLICT_CODES = new Set(['40P01', '40001']);
const CONFLICT_ATTEMPTS = 4;

function isConflict(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return typeof code === 'string' && CONFLICT_CODES.has(code);
}

/**
 * Concurrent changes that lock rows beyond the order (other orders an item moved to, stock, counters)
 * can deadlock; PostgreSQL then rolls one back whole. Everything a change does (timeline, jobs, webhooks)
 * is in its transaction, so running it again is safe: the seller sees the change or a refusal, not an
 * internal error.
 */
async function transactionRetryingConflicts<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (!isConflict(error) || attempt >= CONFLICT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/** Carries a preview's result out of the transaction it rolls back. */
class PreviewRollback<T> extends Error {
  constructor(readonly result: T) {
    super('preview rolled back');
  }
}

/**
 * Runs an order change, or with `preview`, runs exactly the same work and rolls it back: the seller
 * sees what the change would do (numbers it would take, refunds it would make) and nothing happens,
 * no job is queued, no number is used up.
 */
export async function runOrderChangeOrPreview<T, U>(
  db: DataSource,
  changes: OrderChangePublisher,
  viewer: Viewer,
  preview: boolean,
  work: (tx: EntityManager, actor: Actor) => Promise<{ changed: string[]; result: T }>,
  present: (result: T, committed: boolean) => Promise<U>,
): Promise<Outcome<U>> {
  try {
    return await runOrderChange(
      db,
      changes,
      viewer,
      async (tx, actor) => {
        const done = await work(tx, actor);
        if (preview) throw new PreviewRollback(done.result);
        return done;
      },
      (result) => present(result, true),
    );
  } catch (error) {
    if (error instanceof PreviewRollback) return { value: await present(error.result as T, false), userErrors: [] };
    throw error;
  }
}
