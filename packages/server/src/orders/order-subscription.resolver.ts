import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { requireViewer, type Context } from '../graphql/context';
import { PerEventRead } from '../graphql/per-event-read';
import { TOPICS } from '../graphql/pubsub';
import type { OrderChange, OrderPlaced } from '../order-engine/order-change-events';
import { Order } from '../order-engine/order.entity';

const orderOfChange = new PerEventRead<OrderChange, Order | null>();

@Resolver()
export class OrderSubscriptionResolver {
  @Subscription(() => Order, {
    // Checked once, as the subscription starts: the viewer and its scope.
    topics: ({ context }: { context: Context }) => {
      requireViewer(context, ApiKeyScope.ORDERS_READ);
      return TOPICS.ORDER_CHANGED;
    },
    // Only the subscriber's own seller's orders, and only the one asked for when given.
    filter: ({
      payload,
      args,
      context,
    }: {
      payload: OrderChange;
      args: { orderId?: string | null };
      context: Context;
    }) => payload.sellerId === context.viewer?.sellerId && (!args.orderId || args.orderId === payload.orderId),
    description: "Pushes an order (read fresh) every time it changes; without orderId, any of the seller's orders.",
  })
  async orderChanged(
    @Root() change: OrderChange,
    @Arg('orderId', () => ID, { nullable: true, description: "Only this order; any of the seller's when omitted." })
    _orderId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Order | null> {
    return orderOfChange.get(change, () => ctx.services.ordersQuery.findById(change.sellerId, change.orderId));
  }

  @Subscription(() => Order, {
    topics: ({ context }: { context: Context }) => {
      requireViewer(context, ApiKeyScope.ORDERS_READ);
      return TOPICS.ORDER_PLACED;
    },
    filter: ({ payload, context }: { payload: OrderPlaced; context: Context }) =>
      payload.sellerId === context.viewer?.sellerId,
    description:
      'Pushes each new order of the seller as it arrives, wherever it was placed (another API instance, the place-order CLI).',
  })
  async orderPlaced(@Root() placed: OrderPlaced, @Ctx() ctx: Context): Promise<Order> {
    const order = await ctx.services.ordersQuery.findById(placed.sellerId, placed.orderId);
    if (!order) throw new Error(`placed order ${placed.orderId} not found`);
    return order;
  }
}
