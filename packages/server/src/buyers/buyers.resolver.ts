import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, Info, Int, Query, Resolver } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { ConnectionArgs, type Page } from '../common/connection';
import { requireViewer, type Context } from '../graphql/context';
import { selectedProperties } from '../graphql/selection';
import { BuyerConnection } from './buyer-connection';
import { Buyer } from './buyer.entity';

@ArgsType()
class BuyersConnectionArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the company name; all buyers when omitted.' })
  search?: string | null;
}

@Resolver()
export class BuyersResolver {
  @Query(() => [Buyer], {
    description: 'Buyers who have ordered from this seller, by name (for filters).',
    deprecationReason: 'Use buyersConnection. Removal: 2027-07-01',
  })
  buyers(
    @Arg('search', () => String, { nullable: true, description: 'Part of the company name.' }) search: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most 50.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Buyer[]> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.buyersQuery.withOrders(viewer.sellerId, search, Math.min(Math.max(first, 1), 50));
  }

  @Query(() => BuyerConnection, {
    description: 'Buyers who have ordered from this seller, by company name, with cursor pagination.',
  })
  buyersConnection(
    @Args() { search, ...page }: BuyersConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Buyer>> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    const properties = selectedProperties(info, 'Buyer', 'edges', 'node');
    return ctx.services.buyersQuery.page(viewer.sellerId, search, page, properties);
  }
}
