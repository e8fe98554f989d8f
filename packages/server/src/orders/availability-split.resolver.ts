import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { requireViewer, type Context } from '../graphql/context';
import { ProposeAvailabilitySplitPayload } from './availability-split.types';

/** Split by availability: the proposal; the split itself is splitOrder with lines. */
@Resolver()
export class AvailabilitySplitResolver {
  @Query(() => ProposeAvailabilitySplitPayload, {
    description:
      'Split by availability: proposes moving the quantities stock on hand cannot cover to a new order (a backorder). Changes nothing; confirm with splitOrder(input: { lines }).',
  })
  async proposeAvailabilitySplit(
    @Arg('orderId', () => ID, { description: 'ID of the pending order.' }) orderId: string,
    @Ctx() ctx: Context,
  ): Promise<ProposeAvailabilitySplitPayload> {
    const { value, userErrors } = await ctx.services.availabilitySplits.propose(
      requireViewer(ctx, ApiKeyScope.ORDERS_READ).viewer,
      orderId,
    );
    return { proposal: value, userErrors };
  }
}
