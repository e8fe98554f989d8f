import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { Outcome } from '../common/refusal';
import { changedOrder } from '../graphql/changed-order';
import { requireViewer, type Context } from '../graphql/context';
import type { Loaders } from '../graphql/loaders';
import { adjustmentPayload, type AdjustmentChange, type OrderAdjustmentPayload } from './order-adjustment';
import { CancelOrderInput, CancelOrderPayload } from './order-cancellation.inputs';
import { EditOrderInput, EditOrderPayload } from './order-edit.inputs';

/** The payload, with the order as the change left it (or, for a preview, as it is). */
async function answer(
  outcome: Outcome<AdjustmentChange>,
  loaders: Loaders,
  info: GraphQLResolveInfo,
): Promise<OrderAdjustmentPayload> {
  return adjustmentPayload(outcome, outcome.value ? await changedOrder(loaders, info, 'order', outcome.value) : null);
}

/** Changes to accepted orders: Edit Order and Cancel Order, each with a dry-run preview. */
@Resolver()
export class OrderAdjustmentResolver {
  @Mutation(() => EditOrderPayload, {
    description:
      'Edit Order (accepted orders): quantities, removed and added items, shipping cost. Voids an unpaid invoice; ' +
      'on a paid order, credits and refunds what it loses and leaves what it gains to a new invoice.',
  })
  async editOrder(
    @Arg('input', { description: 'What to change, and whether only to preview it.' }) input: EditOrderInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EditOrderPayload> {
    const { viewer, loaders } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    return answer(await ctx.services.orderEdits.edit(viewer, input), loaders, info);
  }

  @Mutation(() => CancelOrderPayload, {
    description:
      'Cancel Order (accepted orders): emails the buyer, voids unpaid invoices, refunds card payments and ' +
      'records terms payments as owed back; optionally restocks.',
  })
  async cancelOrder(
    @Arg('input', { description: 'Why, what to tell the buyer, and whether only to preview it.' })
    input: CancelOrderInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CancelOrderPayload> {
    const { viewer, loaders } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    return answer(await ctx.services.orderCancellations.cancel(viewer, input), loaders, info);
  }
}
