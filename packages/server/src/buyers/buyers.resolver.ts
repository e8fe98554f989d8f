import { ApiKeyScope } from '../auth/api-key-scope';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../graphql/context';
import { Buyer } from './buyer.entity';

@Resolver()
export class BuyersResolver {
  @Query(() => [Buyer], { description: 'Buyers who have ordered from this seller, by name (for filters).' })
  buyers(
    @Arg('search', () => String, { nullable: true, description: 'Part of the company name.' }) search: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most 50.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Buyer[]> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.buyersQuery.withOrders(viewer.sellerId, search, Math.min(Math.max(first, 1), 50));
  }
}
