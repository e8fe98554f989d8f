import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { rows } from '../common/sql';
import { queueWebhookDeliveries } from '../webhooks/webhook-outbox';
import { ORDER_EVENT_TYPES, type OrderEventType } from './order-event-type';
import type { Order } from './order.entity';

export type TimelineEntry = {
  type: OrderEventType;
  summary: string;
  data?: Record<string, unknown> | null;
};

/**
 * Writes one entry of the order's timeline in the caller's transaction, with the webhook deliveries
 * it causes. Call it after writing the change: the webhook event shows the order as it is then.
 */
export async function recordOrderEvent(
  tx: EntityManager,
  order: Pick<Order, 'id' | 'sellerId'>,
  actor: Actor,
  entry: TimelineEntry,
): Promise<void> {
  const [recorded] = await rows<{ id: string; created_at: Date }>(
    tx,
    `INSERT INTO order_events (seller_id, order_id, type, summary, data, actor_type, actor_user_id, actor_api_key_id, actor_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     RETURNING id, created_at`,
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
  const webhook = ORDER_EVENT_TYPES[entry.type].webhook;
  if (!webhook) return;
  await queueWebhookDeliveries(tx, webhook, {
    id: recorded!.id,
    sellerId: order.sellerId,
    orderId: order.id,
    timelineType: entry.type,
    createdAt: recorded!.created_at,
    data: entry.data ?? null,
  });
}
