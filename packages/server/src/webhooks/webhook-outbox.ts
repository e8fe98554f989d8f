import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { inTransaction, QUEUES, withRequestId } from '../jobs/job-queue';
import type { WebhookEventType } from './webhook-event-type';
import { composeWebhookEvent, type WebhookEvent } from './webhook-payload';

export type RecordedOrderEvent = {
  id: string;
  sellerId: string;
  orderId: string;
  /** The timeline entry's type (e.g. ITEM_REMOVED), passed on as an edit's `change.kind`. */
  timelineType: string;
  createdAt: Date;
  data: Record<string, unknown> | null;
};

/**
 * The job queue each database's webhook deliveries go to. Events are recorded by one function that
 * only gets the transaction (recordOrderEvent, called from every service and from the payment
 * settlement), so the queue is found through the transaction's data source rather than threaded
 * through every caller. Each process that changes orders (the API, the worker, the place-order CLI)
 * registers its queue at start.
 */
const queues = new WeakMap<DataSource, PgBoss>();

export function sendWebhooksThrough(db: DataSource, boss: PgBoss): void {
  queues.set(db, boss);
}

/** An enabled endpoint of the seller and the events it subscribes to (read with the timeline entry). */
export type WebhookEndpointEvents = { id: string; events: string[] };

/**
 * Writes one delivery per endpoint subscribed to the event, and its job, in the transaction that
 * records the event: a rolled-back change sends nothing, a committed one is never lost. `endpoints`
 * are the seller's enabled endpoints, read in the statement that recorded the event.
 */
export async function deliverWebhookEvent(
  tx: EntityManager,
  type: WebhookEventType,
  endpoints: WebhookEndpointEvents[],
  event: RecordedOrderEvent,
): Promise<void> {
  const subscribed = endpoints.filter((endpoint) => endpoint.events.includes(type));
  if (subscribed.length === 0) return;
  const boss = queues.get(tx.dataSource);
  // Refusing the change beats losing its event: a process that records events must register its queue.
  if (!boss) throw new Error('webhook deliveries need a job queue: call sendWebhooksThrough() at start');
  const body = await composeWebhookEvent(tx, event, type);
  await insertDeliveries(
    tx,
    boss,
    event.sellerId,
    subscribed.map((endpoint) => endpoint.id),
    body,
  );
}

/** Delivery rows for `endpointIds` with the same body, and their jobs (job id = delivery id: one job each). */
export async function insertDeliveries(
  tx: EntityManager,
  boss: PgBoss,
  sellerId: string,
  endpointIds: string[],
  event: WebhookEvent,
  { test = false }: { test?: boolean } = {},
): Promise<string[]> {
  const inserted = await rows<{ id: string; job_id: string }>(
    tx,
    `INSERT INTO webhook_deliveries (seller_id, endpoint_id, event_id, event_type, body, test)
     SELECT $1, endpoint_id, $3, $4, $5, $6 FROM unnest($2::uuid[]) AS endpoint_id
     RETURNING id, job_id`,
    [sellerId, endpointIds, event.id, event.type, JSON.stringify(event), test],
  );
  for (const row of inserted) await enqueueDelivery(tx, boss, { deliveryId: row.id, jobId: row.job_id });
  return inserted.map(({ id }) => id);
}

export type DeliveryJob = { deliveryId: string; jobId: string };

/** Queues the delivery's job (its tries and their retries) under the job id the delivery names. */
export async function enqueueDelivery(tx: EntityManager, boss: PgBoss, job: DeliveryJob): Promise<void> {
  await boss.send(QUEUES.WEBHOOK_DELIVERY, withRequestId(job), { id: job.jobId, db: inTransaction(tx) });
}
