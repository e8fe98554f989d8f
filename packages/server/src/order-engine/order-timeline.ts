import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { rows } from '../common/sql';
import { deliverWebhookEvent, type WebhookEndpointEvents } from '../webhooks/webhook-outbox';
import { ORDER_EVENT_TYPES, type OrderEventType } from './order-event-type';
import type { Order } from './order.entity';

export type TimelineEntry = {
  type: OrderEventType;
  summary: string;
  data?: Record<string, unknown> | null;
};

type OrderRef = Pick<Order, 'id' | 'sellerId'>;

/**
 * Writes one entry of the order's timeline in the caller's transaction, with the webhook deliveries
 * it causes. Call it after writing the change: the webhook event shows the order as it is then.
 */
export function recordOrderEvent(
  tx: EntityManager,
  order: OrderRef,
  actor: Actor,
  entry: TimelineEntry,
): Promise<void> {
  return recordOrderEvents(tx, actor, [{ order, entry }]);
}

/**
 * Writes timeline entries of one seller's orders in one INSERT, which also answers the seller's
 * endpoints subscribed to any of their webhooks (none, mostly: then that is the only statement), and
 * queues the deliveries each entry causes.
 */
export async function recordOrderEvents(
  tx: EntityManager,
  actor: Actor,
  entries: { order: OrderRef; entry: TimelineEntry }[],
): Promise<void> {
  const sellerId = entries[0]?.order.sellerId;
  if (!sellerId) return;
  const webhooks = entries.map(({ entry }) => ORDER_EVENT_TYPES[entry.type].webhook);
  const recorded = await rows<{ id: string; created_at: Date; endpoints: WebhookEndpointEvents[] }>(
    tx,
    `WITH recorded AS (
       INSERT INTO order_events (seller_id, order_id, type, summary, data, actor_type, actor_user_id, actor_api_key_id, actor_name)
       SELECT $1, e.order_id, e.type, e.summary, e.data, $2, $3, $4, $5
         FROM ROWS FROM (jsonb_to_recordset($6::jsonb) AS (order_id uuid, type text, summary text, data jsonb))
              WITH ORDINALITY AS e(order_id, type, summary, data, n)
        ORDER BY e.n
       RETURNING id, seq, created_at)
     SELECT r.id, r.created_at,
            (SELECT coalesce(json_agg(json_build_object('id', w.id, 'events', w.events)), '[]')
               FROM webhook_endpoints w WHERE w.seller_id = $1 AND w.enabled AND w.events && $7::text[]) AS endpoints
       FROM recorded r ORDER BY r.seq`,
    [
      sellerId,
      actor.type,
      actor.userId,
      actor.apiKeyId ?? null,
      actor.name,
      JSON.stringify(
        entries.map(({ order, entry }) => ({
          order_id: order.id,
          type: entry.type,
          summary: entry.summary,
          data: entry.data ?? null,
        })),
      ),
      webhooks.filter((webhook) => webhook !== null),
    ],
  );
  for (const [index, { order, entry }] of entries.entries()) {
    const webhook = webhooks[index];
    const row = recorded[index]!;
    if (!webhook || row.endpoints.length === 0) continue;
    await deliverWebhookEvent(tx, webhook, row.endpoints, {
      id: row.id,
      sellerId: order.sellerId,
      orderId: order.id,
      timelineType: entry.type,
      createdAt: row.created_at,
      data: entry.data ?? null,
    });
  }
}
