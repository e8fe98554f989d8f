import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { changedOrder, orderAnswer } from '../graphql/changed-order';
import { requireViewer, type Context } from '../graphql/context';
import {
  AcceptOrderInput,
  AcceptOrderPayload,
  RejectOrderInput,
  RejectOrderPayload,
  RemoveOrderItemInput,
  RemoveOrderItemPayload,
  SplitOrderInput,
  SplitOrderPayload,
  UpdateOrderItemQuantityInput,
  UpdateOrderItemQuantityPayload,
} from './order-review.inputs';
import { AcceptOrdersInput, AcceptOrdersPayload } from './order-bulk-accept.inputs';

/** The review mutations: auth, input, one service call, and the changed orders as the answer selects them. */
@Resolver()
export class OrderReviewResolver {
  @Mutation(() => SplitOrderPayload, {
    description: 'Split from Order: moves the selected items to a new pending order.',
  })
  async splitOrder(
    @Arg('input', { description: 'The order and the items to move.' }) input: SplitOrderInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SplitOrderPayload> {
    const { viewer, loaders } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    const { value, userErrors } = await ctx.services.orderReview.split(
      viewer,
      input,
      orderAnswer(info, 'order'),
      orderAnswer(info, 'newOrder'),
    );
    if (!value) return { order: null, newOrder: null, userErrors };
    const order = await changedOrder(loaders, info, 'order', { orderId: value.orderId, answered: value.order });
    return { order, newOrder: value.newOrder, userErrors };
  }

  @Mutation(() => UpdateOrderItemQuantityPayload, { description: 'Update: sets a quantity and recomputes the totals.' })
  async updateOrderItemQuantity(
    @Arg('input', { description: 'The item and its new quantity.' }) input: UpdateOrderItemQuantityInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UpdateOrderItemQuantityPayload> {
    const { viewer, loaders } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    const { value, userErrors } = await ctx.services.orderReview.updateQuantity(
      viewer,
      input,
      orderAnswer(info, 'order'),
    );
    if (!value) return { order: null, orderItem: null, userErrors };
    const order = await changedOrder(loaders, info, 'order', { orderId: value.orderId, answered: value.order });
    return { order, orderItem: value.item, userErrors };
  }

  @Mutation(() => RemoveOrderItemPayload, { description: 'Deletes an item from a pending order (never its last one).' })
  async removeOrderItem(
    @Arg('input', { description: 'The item to delete.' }) input: RemoveOrderItemInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RemoveOrderItemPayload> {
    const { viewer, loaders } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    const { value, userErrors } = await ctx.services.orderReview.removeItem(viewer, input);
    if (!value) return { order: null, removedOrderItemId: null, userErrors };
    const order = await changedOrder(loaders, info, 'order', { orderId: value.orderId, answered: value.order });
    return { order, removedOrderItemId: value.removedItemId, userErrors };
  }

  @Mutation(() => AcceptOrderPayload, {
    description: 'Accept: approves a pending order so it can be shipped and invoiced.',
  })
  async acceptOrder(
    @Arg('input', { description: 'The order to accept, and its customer when needed.' }) input: AcceptOrderInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AcceptOrderPayload> {
    const { value, userErrors } = await ctx.services.orderReview.accept(
      requireViewer(ctx, ApiKeyScope.ORDERS_WRITE).viewer,
      input,
      orderAnswer(info, 'order'),
    );
    return { order: value?.order ?? null, customer: value?.customer ?? null, userErrors };
  }

  @Mutation(() => AcceptOrdersPayload, {
    description:
      'Accept on many pending orders (1 to 100), each on its own; orders needing a customer decision are listed, not accepted.',
  })
  acceptOrders(
    @Arg('input', { description: 'The orders to accept, each with the version the seller saw.' })
    input: AcceptOrdersInput,
    @Ctx() ctx: Context,
  ): Promise<AcceptOrdersPayload> {
    return ctx.services.orderBulkAccept.acceptAll(requireViewer(ctx, ApiKeyScope.ORDERS_WRITE).viewer, input);
  }

  @Mutation(() => RejectOrderPayload, {
    description: 'Reject: declines a pending order with a reason; the buyer is emailed.',
  })
  async rejectOrder(
    @Arg('input', { description: 'The order to reject, with the reason.' }) input: RejectOrderInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RejectOrderPayload> {
    const { value, userErrors } = await ctx.services.orderReview.reject(
      requireViewer(ctx, ApiKeyScope.ORDERS_WRITE).viewer,
      input,
      orderAnswer(info, 'order'),
    );
    return { order: value?.order ?? null, userErrors };
  }
}
