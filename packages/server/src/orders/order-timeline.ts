import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { Order } from './order.entity';

export type TimelineEntry = {
  type: string;
  summary: string;
  data?: Record<string, unknown> | null;
};

/** Writes one entry of the order's timeline in the caller's transaction. */
export async function recordOrderEvent(
  tx: EntityManager,
  order: Pick<Order, 'id' | 'sellerId'>,
  actor: Actor,
  entry: TimelineEntry,
): Promise<void> {
  await tx.query(
    `INSERT INTO order_events (seller_id, order_id, type, summary, data, actor_type, actor_user_id, actor_api_key_id, actor_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      order.sellerId,
      order.id,
      entry.type,
      entry.summary,
      entry.data ?? null,
      actor.type,
      actor.userId,
      actor.apiKeyId ?? null,
      actor.name,
    ],
  );
}
