import crypto from 'node:crypto';
import { pool, Refusal, type Viewer } from './baseline-db';

/**
 * The same Idempotency-Key work as ours (packages/server/src/server/idempotency-keys.ts), statement for
 * statement: a claim before the change, the answer stored after it. Only new keys are measured, so
 * the replay and the conflict answers are left out.
 */
export async function withIdempotencyKey<T>(
  viewer: Viewer,
  key: string | undefined,
  body: string,
  run: () => Promise<T>,
): Promise<T> {
  if (!key) throw new Refusal('IDEMPOTENCY_KEY_REQUIRED');
  const scope = [viewer.sellerId, `api-key:${viewer.apiKeyId}`, key];
  const claimed = await pool.query(
    `INSERT INTO idempotency_keys (seller_id, credential, key, request_hash, expires_at)
     SELECT $1, $2, $3, $4, now() + interval '24 hours' FROM (SELECT set_config('synchronous_commit', 'off', true)) s
     ON CONFLICT DO NOTHING RETURNING claim`,
    [...scope, crypto.createHash('sha256').update(body).digest('hex')],
  );
  if (!claimed.rows[0]) throw new Refusal('IDEMPOTENCY_KEY_IN_PROGRESS');
  const answer = await run();
  await pool.query(
    `UPDATE idempotency_keys SET response_status = 200, response_type = 'application/json', response_body = $5
      WHERE seller_id = $1 AND credential = $2 AND key = $3 AND claim = $4`,
    [...scope, claimed.rows[0].claim, JSON.stringify({ data: answer })],
  );
  return answer;
}
