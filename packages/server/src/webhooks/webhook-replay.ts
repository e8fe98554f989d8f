import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { refuse } from '../common/refusal';
import { rows } from '../common/sql';
import { UserErrorCode } from '../common/user-error-code';
import { enqueueDelivery } from './webhook-outbox';

/** The most events one replay sends: a bigger range is refused, so one call stays one short transaction. */
export const MAX_REPLAYED_EVENTS = 1000;

/**
 * New deliveries, for one endpoint, of the events recorded for it in [from, to): the same event id
 * and the exact body first sent (so receivers dedupe them as they dedupe retries), each pointing at
 * the delivery it replays. Test events and earlier replays are left out. Refused, sending nothing,
 * when the range holds more than MAX_REPLAYED_EVENTS.
 */
export async function replayDeliveries(
  tx: EntityManager,
  boss: PgBoss,
  range: { sellerId: string; endpointId: string; from: Date; to: Date },
): Promise<number> {
  if (!(range.from < range.to)) {
    throw refuse(UserErrorCode.INVALID_TIME_RANGE, 'Choose a start before the end.', ['input', 'to']);
  }
  const originals = `FROM webhook_deliveries
     WHERE seller_id = $1 AND endpoint_id = $2 AND created_at >= $3 AND created_at < $4
       AND replay_of IS NULL AND NOT test`;
  const params = [range.sellerId, range.endpointId, range.from, range.to];
  const [found] = await rows<{ count: number }>(
    tx,
    `SELECT count(*)::int AS count FROM (SELECT 1 ${originals} LIMIT ${MAX_REPLAYED_EVENTS + 1}) found`,
    params,
  );
  if (found!.count > MAX_REPLAYED_EVENTS) {
    throw refuse(
      UserErrorCode.REPLAY_TOO_LARGE,
      `This range holds more than ${MAX_REPLAYED_EVENTS} events; replay it in shorter ranges.`,
      ['input', 'from'],
    );
  }
  const replays = await rows<{ id: string; job_id: string }>(
    tx,
    `INSERT INTO webhook_deliveries (seller_id, endpoint_id, event_id, event_type, body, replay_of)
     SELECT seller_id, endpoint_id, event_id, event_type, body, id ${originals}
     ORDER BY created_at, id
     RETURNING id, job_id`,
    params,
  );
  for (const replay of replays) await enqueueDelivery(tx, boss, { deliveryId: replay.id, jobId: replay.job_id });
  return replays.length;
}
