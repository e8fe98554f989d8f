import { ApiKeyScope } from '../auth/api-key-scope';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../graphql/context';
import { adjustmentPayload } from './order-adjustment';
import { CancelOrderInput, CancelOrderPayload } from './order-cancellation.inputs';
import { EditOrderInput, EditOrderPayload } from './order-edit.inputs';

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
  ): Promise<EditOrderPayload> {
    return adjustmentPayload(
      await ctx.services.orderEdits.edit(requireViewer(ctx, ApiKeyScope.ORDERS_WRITE).viewer, input),
    );
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
  ): Promise<CancelOrderPayload> {
    return adjustmentPayload(
      await ctx.services.orderCancellations.cancel(requireViewer(ctx, ApiKeyScope.ORDERS_WRITE).viewer, input),
    );
  }
}
