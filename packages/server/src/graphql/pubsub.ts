import { createPubSub } from '@graphql-yoga/subscription';
import type { OrderChange, OrderChangePublisher } from '../orders/order-changes';

export const TOPICS = { ORDER_CHANGED: 'ORDER_CHANGED' } as const;

/** In-process pub/sub for subscriptions: every change is published after its transaction commits. */
export function createEventBus() {
  const pubSub = createPubSub<{ [TOPICS.ORDER_CHANGED]: [OrderChange] }>();
  const orderChanges: OrderChangePublisher = {
    publish: (change) => pubSub.publish(TOPICS.ORDER_CHANGED, change),
  };
  return { pubSub, orderChanges };
}

export type EventBus = ReturnType<typeof createEventBus>;
