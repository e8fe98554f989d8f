import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/connection';
import { isId } from '../common/ids';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/keyset-cursor';
import { rows } from '../common/sql';
import { userInputError } from '../common/api-errors';
import { refuse, refusalsAsUserErrors, type Outcome } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryStatus } from './webhook-delivery-status';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEventType } from './webhook-event-type';
import { enqueueDelivery, insertDeliveries } from './webhook-outbox';
import { replayDeliveries } from './webhook-replay';
import { composeTestEvent } from './webhook-test-event';
import { newWebhookSecret } from './webhook-signature';
import { webhookUrlProblem } from './webhook-url';
import type {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryConnection,
} from './webhook.inputs';

const MAX_ENDPOINTS = 10;
export const DEFAULT_SECRET_OVERLAP_HOURS = 24;
const MAX_SECRET_OVERLAP_HOURS = 7 * 24;
const MAX_DESCRIPTION = 200;
const KNOWN_EVENTS = new Set<string>(Object.values(WebhookEventType));

/**
 * The seller's webhook endpoints (owners manage them), their delivery log, resends and test events.
 * Events themselves are queued by recordOrderEvent (webhook-outbox.ts), not here.
 */
export class WebhookEndpointService {
  constructor(
    private readonly db: DataSource,
    private readonly boss: PgBoss,
    private readonly options: { allowLocalUrls: boolean },
  ) {}

  list(viewer: Viewer): Promise<WebhookEndpoint[]> {
    return this.db
      .getRepository(WebhookEndpoint)
      .find({ where: { sellerId: viewer.sellerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  create(
    viewer: Viewer,
    input: CreateWebhookEndpointInput,
  ): Promise<Outcome<{ endpoint: WebhookEndpoint; secret: string }>> {
    return this.change(async (tx) => {
      const url = this.checkUrl(input.url);
      const events = checkEvents(input.events);
      const description = checkDescription(input.description);
      // The seller row lock serialises concurrent creates, so the limit holds.
      await tx.query(`SELECT id FROM sellers WHERE id = $1 FOR UPDATE`, [viewer.sellerId]);
      const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM webhook_endpoints WHERE seller_id = $1`, [
        viewer.sellerId,
      ]);
      if (count >= MAX_ENDPOINTS) {
        throw refuse(
          UserErrorCode.TOO_MANY_ENDPOINTS,
          `A seller can have at most ${MAX_ENDPOINTS} webhook endpoints; delete one first.`,
        );
      }
      const secret = newWebhookSecret();
      const [created] = await rows<{ id: string }>(
        tx,
        `INSERT INTO webhook_endpoints (seller_id, url, description, events, secret) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [viewer.sellerId, url, description, events, secret],
      );
      return { endpoint: await this.endpointIn(tx, viewer, created!.id), secret };
    });
  }

  update(viewer: Viewer, input: UpdateWebhookEndpointInput): Promise<Outcome<WebhookEndpoint>> {
    return this.change(async (tx) => {
      await this.lockEndpoint(tx, viewer, input.endpointId);
      const url = input.url == null ? null : this.checkUrl(input.url);
      const events = input.events == null ? null : checkEvents(input.events);
      const description = input.description === undefined ? undefined : checkDescription(input.description);
      await tx.query(
        // Enabling clears an automatic disable and the failures that led to it.
        `UPDATE webhook_endpoints
            SET url = coalesce($2, url), events = coalesce($3, events), enabled = coalesce($4, enabled),
                description = CASE WHEN $5 THEN $6 ELSE description END, updated_at = now(),
                disabled_reason = CASE WHEN $4 THEN NULL ELSE disabled_reason END,
                disabled_at = CASE WHEN $4 THEN NULL ELSE disabled_at END,
                failing_since = CASE WHEN $4 THEN NULL ELSE failing_since END
          WHERE id = $1`,
        [input.endpointId, url, events, input.enabled ?? null, description !== undefined, description ?? null],
      );
      return this.endpointIn(tx, viewer, input.endpointId);
    });
  }

  /** Deletes the endpoint and its delivery log; jobs still queued for it find nothing to send. */
  delete(viewer: Viewer, endpointId: string): Promise<Outcome<string>> {
    return this.change(async (tx) => {
      await this.lockEndpoint(tx, viewer, endpointId);
      await tx.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [endpointId]);
      return endpointId;
    });
  }

  /**
   * A new secret, used from the next try on. For `overlapHours` the replaced one signs every try too
   * (a second signature), so receivers can switch to the new secret when they like; 0 drops it at
   * once. Rotating again during an overlap ends it: only the latest two secrets are ever kept.
   */
  rotateSecret(
    viewer: Viewer,
    endpointId: string,
    overlapHours: number = DEFAULT_SECRET_OVERLAP_HOURS,
  ): Promise<Outcome<{ endpoint: WebhookEndpoint; secret: string }>> {
    return this.change(async (tx) => {
      if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > MAX_SECRET_OVERLAP_HOURS) {
        throw refuse(
          UserErrorCode.INVALID_INPUT,
          `The overlap must be between 0 and ${MAX_SECRET_OVERLAP_HOURS} hours.`,
          ['input', 'overlapHours'],
        );
      }
      await this.lockEndpoint(tx, viewer, endpointId);
      const secret = newWebhookSecret();
      await tx.query(
        `UPDATE webhook_endpoints
            SET previous_secret = CASE WHEN $3 > 0 THEN secret END,
                previous_secret_expires_at = CASE WHEN $3 > 0 THEN now() + make_interval(hours => $3) END,
                secret = $2, updated_at = now()
          WHERE id = $1`,
        [endpointId, secret, overlapHours],
      );
      return { endpoint: await this.endpointIn(tx, viewer, endpointId), secret };
    });
  }

  /** "Send test event": a ping, or a sample of `eventType`; logged, signed and retried like any other. */
  sendTestEvent(
    viewer: Viewer,
    endpointId: string,
    eventType: WebhookEventType | null = null,
  ): Promise<Outcome<WebhookDelivery>> {
    return this.change(async (tx) => {
      const endpoint = await this.lockEndpoint(tx, viewer, endpointId);
      if (!endpoint.enabled) throw disabled();
      const event = await composeTestEvent(tx, viewer.sellerId, endpoint, eventType);
      const [deliveryId] = await insertDeliveries(tx, this.boss, viewer.sellerId, [endpointId], event, { test: true });
      return this.deliveryIn(tx, deliveryId!);
    });
  }

  /** Sends the endpoint's events of [from, to) again, as new deliveries marked as replays. */
  replay(viewer: Viewer, input: { endpointId: string; from: Date; to: Date }): Promise<Outcome<number>> {
    return this.change(async (tx) => {
      const endpoint = await this.lockEndpoint(tx, viewer, input.endpointId);
      if (!endpoint.enabled) throw disabled();
      return replayDeliveries(tx, this.boss, { sellerId: viewer.sellerId, ...input });
    });
  }

  /** Sends a finished delivery again: same event id and body, a fresh signature and a new round of retries. */
  resend(viewer: Viewer, deliveryId: string): Promise<Outcome<WebhookDelivery>> {
    return this.change(async (tx) => {
      const notFound = () =>
        refuse(UserErrorCode.DELIVERY_NOT_FOUND, 'This delivery does not exist.', ['input', 'deliveryId']);
      if (!isId(deliveryId)) throw notFound();
      const [delivery] = await rows<{ endpoint_id: string; status: WebhookDeliveryStatus }>(
        tx,
        `SELECT endpoint_id, status FROM webhook_deliveries WHERE id = $1 AND seller_id = $2 FOR UPDATE`,
        [deliveryId, viewer.sellerId],
      );
      if (!delivery) throw notFound();
      const endpoint = await this.lockEndpoint(tx, viewer, delivery.endpoint_id);
      if (!endpoint.enabled) throw disabled();
      if (delivery.status === WebhookDeliveryStatus.PENDING) {
        throw refuse(UserErrorCode.DELIVERY_PENDING, 'This delivery is still being sent; wait for its result.', [
          'input',
          'deliveryId',
        ]);
      }
      const [resent] = await rows<{ job_id: string }>(
        tx,
        `UPDATE webhook_deliveries SET status = 'PENDING', delivered_at = NULL, last_error = NULL, job_id = gen_random_uuid()
          WHERE id = $1 RETURNING job_id`,
        [deliveryId],
      );
      await enqueueDelivery(tx, this.boss, { deliveryId, jobId: resent!.job_id });
      return this.deliveryIn(tx, deliveryId);
    });
  }

  /** The endpoint's delivery log, newest first, each delivery with its tries (one statement for them all). */
  async deliveries(
    viewer: Viewer,
    endpointId: string,
    page: { first?: number | null; after?: string | null },
  ): Promise<WebhookDeliveryConnection> {
    const endpoint = isId(endpointId)
      ? await this.db.getRepository(WebhookEndpoint).findOneBy({ id: endpointId, sellerId: viewer.sellerId })
      : null;
    if (!endpoint) throw userInputError('This webhook endpoint does not exist.', ['endpointId']);
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw userInputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, ['first']);
    }
    const after = page.after ? decodeKeysetCursor(page.after) : null;
    if (page.after && !after) throw userInputError('This cursor is not valid.', ['after']);
    const query = this.db
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .where('d.endpointId = :endpointId AND d.sellerId = :sellerId', { endpointId, sellerId: viewer.sellerId })
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .take(first + 1);
    if (after) query.andWhere('(d.createdAt, d.id) < (:at, :id)', { at: after.at, id: after.id });
    const found = await query.getMany();
    const nodes = found.slice(0, first);
    const attempts = nodes.length
      ? await this.db
          .getRepository(WebhookDeliveryAttempt)
          .createQueryBuilder('a')
          .where('a.deliveryId IN (:...ids)', { ids: nodes.map((node) => node.id) })
          .orderBy('a.attempt', 'ASC')
          .getMany()
      : [];
    const edges = nodes.map((node) => {
      node.attemptLog = attempts.filter((attempt) => attempt.deliveryId === node.id);
      return { cursor: encodeKeysetCursor({ at: node.createdAt, id: node.id }), node };
    });
    return {
      edges,
      pageInfo: {
        hasNextPage: found.length > first,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private change<T>(work: (tx: EntityManager) => Promise<T>): Promise<Outcome<T>> {
    return refusalsAsUserErrors(() => this.db.transaction(work));
  }

  private async lockEndpoint(tx: EntityManager, viewer: Viewer, endpointId: string): Promise<WebhookEndpoint> {
    const endpoint = isId(endpointId)
      ? await tx
          .getRepository(WebhookEndpoint)
          .createQueryBuilder('e')
          .setLock('pessimistic_write')
          .where('e.id = :endpointId AND e.sellerId = :sellerId', { endpointId, sellerId: viewer.sellerId })
          .getOne()
      : null;
    if (!endpoint) {
      throw refuse(UserErrorCode.ENDPOINT_NOT_FOUND, 'This webhook endpoint does not exist.', ['input', 'endpointId']);
    }
    return endpoint;
  }

  private endpointIn(tx: EntityManager, viewer: Viewer, id: string): Promise<WebhookEndpoint> {
    return tx.getRepository(WebhookEndpoint).findOneByOrFail({ id, sellerId: viewer.sellerId });
  }

  private async deliveryIn(tx: EntityManager, id: string): Promise<WebhookDelivery> {
    const delivery = await tx.getRepository(WebhookDelivery).findOneByOrFail({ id });
    delivery.attemptLog = await tx
      .getRepository(WebhookDeliveryAttempt)
      .find({ where: { deliveryId: id }, order: { attempt: 'ASC' } });
    return delivery;
  }

  private checkUrl(value: string): string {
    const url = value.trim();
    const problem = webhookUrlProblem(url, this.options.allowLocalUrls);
    if (problem) throw refuse(UserErrorCode.INVALID_URL, problem, ['input', 'url']);
    return url;
  }
}

function checkEvents(events: WebhookEventType[]): WebhookEventType[] {
  const unique = [...new Set(events)];
  if (unique.length === 0 || unique.some((event) => !KNOWN_EVENTS.has(event))) {
    throw refuse(UserErrorCode.INVALID_EVENTS, 'Choose at least one event to send.', ['input', 'events']);
  }
  return unique;
}

function checkDescription(value: string | null | undefined): string | null {
  const description = value?.trim() || null;
  if (description && description.length > MAX_DESCRIPTION) {
    throw refuse(UserErrorCode.DESCRIPTION_TOO_LONG, `The description can be at most ${MAX_DESCRIPTION} characters.`, [
      'input',
      'description',
    ]);
  }
  return description;
}

const disabled = () =>
  refuse(UserErrorCode.ENDPOINT_DISABLED, 'This endpoint is disabled: enable it first.', ['input', 'endpointId']);
