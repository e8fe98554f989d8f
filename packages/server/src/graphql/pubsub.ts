import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import type { OrderChange, OrderChangePublisher } from '../orders/order-changes';
import type { InvoicePaymentChange, InvoicePaymentChangePublisher } from '../payments/payment-changes';

export const TOPICS = { ORDER_CHANGED: 'ORDER_CHANGED', INVOICE_PAYMENT_CHANGED: 'INVOICE_PAYMENT_CHANGED' } as const;

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
  const pubSub = createPubSub<Topics>(
    redis
      ? { eventTarget: createRedisEventTarget({ publishClient: redis.publish, subscribeClient: redis.subscribe }) }
      : undefined,
  );
  const orderChanges: OrderChangePublisher = {
    publish: (change) => pubSub.publish(TOPICS.ORDER_CHANGED, change),
  };
  const paymentChanges: InvoicePaymentChangePublisher = {
    publish: (change) => {
      pubSub.publish(TOPICS.INVOICE_PAYMENT_CHANGED, change);
      pubSub.publish(TOPICS.ORDER_CHANGED, { sellerId: change.sellerId, orderId: change.orderId });
    },
  };
  return {
    pubSub,
    orderChanges,
    paymentChanges,
    close: async () => {
      if (!redis) return;
      await Promise.all([redis.publish.quit(), redis.subscribe.quit()]);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
