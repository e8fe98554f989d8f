import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { EventEmitter } from 'node:events';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import type { PubSub } from 'type-graphql';
import type { CredentialRevocationPublisher, RevokedCredential } from '../auth/credential-revocation';
import type { OrderChange, OrderChangePublisher, OrderPlaced } from '../order-engine/order-change-events';
import type { InvoicePaymentChange, InvoicePaymentChangePublisher } from '../payments/payment-changes';

export const TOPICS = {
  ORDER_CHANGED: 'ORDER_CHANGED',
  INVOICE_PAYMENT_CHANGED: 'INVOICE_PAYMENT_CHANGED',
  ORDER_PLACED: 'ORDER_PLACED',
} as const;

type Topics = {
  [TOPICS.ORDER_CHANGED]: [OrderChange];
  [TOPICS.INVOICE_PAYMENT_CHANGED]: [InvoicePaymentChange];
};

/**
 * Pub/sub for subscriptions; every change is published after its transaction commits. In-process by
 * default; with REDIS_URL through Redis, so an event published by one API instance reaches the
 * subscribers connected to every instance. (Payloads are ids and strings, so they survive JSON.)
 */
export function createEventBus({ redisUrl, logger }: { redisUrl?: string | undefined; logger?: Logger } = {}) {
  let redis: { publish: Redis; subscribe: Redis } | null = null;
  if (redisUrl) {
    const client = () => {
      const connection = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
      connection.on('error', (error) => logger?.warn({ err: error }, 'redis pub/sub connection error'));
      return connection;
    };
    redis = { publish: client(), subscribe: client() };
  }
  const shared = createPubSub<Topics>(
    redis
      ? { eventTarget: createRedisEventTarget({ publishClient: redis.publish, subscribeClient: redis.subscribe }) }
      : undefined,
  );
  // New orders reach every instance through PostgreSQL (see order-placed-listener.ts), so each
  // instance publishes them to its own subscribers only: through Redis, each would repeat them.
  const local = createPubSub<{ [TOPICS.ORDER_PLACED]: [OrderPlaced] }>();
  const pubSub: PubSub = {
    publish: (topic, ...args) =>
      topic === TOPICS.ORDER_PLACED
        ? local.publish(TOPICS.ORDER_PLACED, args[0] as OrderPlaced)
        : shared.publish(topic as keyof Topics, ...(args as Topics[keyof Topics])),
    subscribe: (topic) =>
      topic === TOPICS.ORDER_PLACED ? local.subscribe(TOPICS.ORDER_PLACED) : shared.subscribe(topic as keyof Topics),
  };
  const orderPlacements = { publish: (placed: OrderPlaced) => local.publish(TOPICS.ORDER_PLACED, placed) };
  const orderChanges: OrderChangePublisher = {
    publish: (change) => shared.publish(TOPICS.ORDER_CHANGED, change),
  };
  const paymentChanges: InvoicePaymentChangePublisher = {
    publish: (change) => {
      shared.publish(TOPICS.INVOICE_PAYMENT_CHANGED, change);
      shared.publish(TOPICS.ORDER_CHANGED, { sellerId: change.sellerId, orderId: change.orderId });
    },
  };
  const credentialRevocations = revocationChannel(redisUrl, logger);
  return {
    pubSub,
    orderChanges,
    orderPlacements,
    paymentChanges,
    /** Whether Redis is connected (for /readyz); null without REDIS_URL. */
    isRedisReady: redis ? () => redis.publish.status === 'ready' : null,
    credentialRevocations,
    close: async () => {
      await credentialRevocations.close();
      if (!redis) return;
      await Promise.all([redis.publish.quit(), redis.subscribe.quit()]);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;

const REVOCATIONS = 'order-desk:credential-revoked';

/**
 * Revoked sessions and keys, delivered to every instance so its WebSocket server closes their sockets.
 * With Redis, on a channel of its own and a subscriber connection of its own that subscribes each
 * time it is ready (a subscription requested while the shared connection was still connecting was
 * seen to be lost, and a lost revocation would leave a socket open).
 */
function revocationChannel(
  redisUrl: string | undefined,
  logger: Logger | undefined,
): CredentialRevocationPublisher & {
  subscribe: (listener: (revoked: RevokedCredential) => void) => () => void;
  close: () => Promise<void>;
} {
  const local = new EventEmitter();
  const deliver = (revoked: RevokedCredential) => local.emit('revoked', revoked);
  const connection = (role: string) => {
    const redis = new Redis(redisUrl!, { maxRetriesPerRequest: null });
    redis.on('error', (error) => logger?.warn({ err: error }, `redis ${role} connection error`));
    return redis;
  };
  const publisher = redisUrl ? connection('revocation publisher') : null;
  const subscriber = redisUrl ? connection('revocation subscriber') : null;
  subscriber?.on('ready', () => {
    subscriber
      .subscribe(REVOCATIONS)
      .catch((error: unknown) => logger?.warn({ err: error }, 'revocations not subscribed'));
  });
  subscriber?.on('message', (channel, message) => {
    if (channel === REVOCATIONS) deliver(JSON.parse(message) as RevokedCredential);
  });
  return {
    publish: (revoked: RevokedCredential) => {
      if (publisher) void publisher.publish(REVOCATIONS, JSON.stringify(revoked)).catch(() => deliver(revoked));
      else deliver(revoked);
    },
    subscribe: (listener: (revoked: RevokedCredential) => void) => {
      local.on('revoked', listener);
      return () => void local.off('revoked', listener);
    },
    close: async () => {
      await Promise.all([publisher?.quit(), subscriber?.quit()]);
    },
  };
}
