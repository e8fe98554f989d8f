import type { DataSource } from 'typeorm';
import { leanQuery } from '../common/lean-rows';

/** How long a first answer is kept for retries (Stripe's window). */
export const IDEMPOTENCY_WINDOW_HOURS = 24;

/**
 * A claim older than this is taken to be of a request that crashed, and a retry runs it anew. Our
 * mutations take well under a second (Stripe calls run in jobs), so this only bounds how long a
 * crash blocks its key.
 */
const CLAIM_LEASE_SECONDS = 120;

/** Whose key it is: keys are unique per seller and per credential (a user, an API key). */
export type KeyScope = { sellerId: string; credential: string; key: string };

export type StoredAnswer = { status: number; contentType: string; body: string };

export type Claim =
  /** The request is the first (or its key expired, or its earlier run crashed): it runs. */
  | { kind: 'claimed'; token: string }
  | { kind: 'replay'; answer: StoredAnswer }
  /** The key was first used with another request body. */
  | { kind: 'reused' }
  | { kind: 'in-progress' };

type KeyRow = {
  request_hash: string;
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
};

/** The table of Idempotency-Keys and their first answers (see the 1764300000000 migration). */
export class IdempotencyKeys {
  constructor(private readonly db: DataSource) {}

  /**
   * Claims the key for this request in one statement: a new key, an expired one, or a stale claim of
   * the same request is (re)claimed; otherwise the row already there says what to answer.
   */
  async claim(scope: KeyScope, requestHash: string): Promise<Claim> {
    const params = [scope.sellerId, scope.credential, scope.key];
    // A row released or purged between the two statements is simply claimed on the next turn.
    for (let turn = 0; turn < 3; turn++) {
      // Committed without waiting for the disk (saves a flush on every keyed mutation): a claim lost in
      // a database crash only lets a retry run, and the mutation's own commit flushes it anyway.
      const claimed = await leanQuery<{ claim: string }>(
        this.db,
        `INSERT INTO idempotency_keys AS k (seller_id, credential, key, request_hash, expires_at)
         SELECT $1, $2, $3, $4, now() + make_interval(hours => $5)
           FROM (SELECT set_config('synchronous_commit', 'off', true)) AS unflushed
         ON CONFLICT (seller_id, credential, key) DO UPDATE
            SET request_hash = EXCLUDED.request_hash, claim = gen_random_uuid(), claimed_at = now(),
                expires_at = EXCLUDED.expires_at, response_status = NULL, response_type = NULL, response_body = NULL
          WHERE k.expires_at <= now()
             OR (k.response_status IS NULL AND k.request_hash = EXCLUDED.request_hash
                 AND k.claimed_at < now() - make_interval(secs => $6))
         RETURNING claim`,
        [...params, requestHash, IDEMPOTENCY_WINDOW_HOURS, CLAIM_LEASE_SECONDS],
      );
      if (claimed[0]) return { kind: 'claimed', token: claimed[0].claim };
      const [row] = await leanQuery<KeyRow>(
        this.db,
        `SELECT request_hash, response_status, response_type, response_body FROM idempotency_keys
          WHERE seller_id = $1 AND credential = $2 AND key = $3`,
        params,
      );
      if (!row) continue;
      if (row.request_hash !== requestHash) return { kind: 'reused' };
      if (row.response_status === null) return { kind: 'in-progress' };
      return {
        kind: 'replay',
        answer: { status: row.response_status, contentType: row.response_type ?? '', body: row.response_body ?? '' },
      };
    }
    return { kind: 'in-progress' };
  }

  /** Keeps the first answer; a claim taken over meanwhile (see CLAIM_LEASE_SECONDS) is not overwritten. */
  async complete(scope: KeyScope, token: string, answer: StoredAnswer): Promise<void> {
    await leanQuery(
      this.db,
      `UPDATE idempotency_keys SET response_status = $5, response_type = $6, response_body = $7
        WHERE seller_id = $1 AND credential = $2 AND key = $3 AND claim = $4`,
      [scope.sellerId, scope.credential, scope.key, token, answer.status, answer.contentType, answer.body],
    );
  }

  /** Gives the key up (the request did not run): a retry with it runs. */
  async release(scope: KeyScope, token: string): Promise<void> {
    await leanQuery(
      this.db,
      `DELETE FROM idempotency_keys WHERE seller_id = $1 AND credential = $2 AND key = $3 AND claim = $4`,
      [scope.sellerId, scope.credential, scope.key, token],
    );
  }
}
