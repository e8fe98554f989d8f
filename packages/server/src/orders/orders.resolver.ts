import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, type Page } from '../common/connection';
import { requireViewer, type Context } from '../graphql/context';
import { selectedProperties } from '../graphql/selection';
import { OrderConnection, OrderStatusCounts } from './order-connection';
import { OrderFilter } from './order-filter.input';
import { OrderSort } from './order-sort';
import { Order } from '../order-engine/order.entity';

@ArgsType()
class OrdersArgs extends ConnectionArgs {
  @Field(() => OrderFilter, { nullable: true, description: 'Which orders to list; all when omitted.' })
  filter?: OrderFilter | null;

  @Field(() => OrderSort, {
    nullable: true,
    defaultValue: OrderSort.NEWEST,
    description: 'How to order the list (default NEWEST).',
  })
  sort?: OrderSort | null;
}

@Resolver()
export class OrdersResolver {
  @Query(() => OrderConnection, {
    description: "The seller's orders, newest first or by deadline, with cursor pagination.",
  })
  orders(
    @Args() { filter, sort, ...page }: OrdersArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Order>> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    const properties = selectedProperties(info, 'Order', 'edges', 'node');
    return ctx.services.ordersQuery.list(viewer.sellerId, filter, page, sort ?? OrderSort.NEWEST, properties);
  }

  @Query(() => OrderStatusCounts, { description: 'Counts per status for the list tabs (filter.status is ignored).' })
  orderStatusCounts(
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Which orders to count (its status is ignored).' })
    filter: OrderFilter | null,
    @Ctx() ctx: Context,
  ): Promise<OrderStatusCounts> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.ordersQuery.statusCounts(viewer.sellerId, filter);
  }

  @Query(() => Order, { nullable: true, description: "One of the seller's orders; null for any other ID." })
  order(
    @Arg('id', () => ID, { description: 'ID of the order.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Order | null> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.ordersQuery.findById(viewer.sellerId, id, selectedProperties(info, 'Order'));
  }
}
