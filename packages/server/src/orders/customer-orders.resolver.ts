import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { Customer } from '../customers/customer.entity';
import { requireViewer, type Context } from '../graphql/context';
import { selectedProperties } from '../graphql/selection';
import type { Page } from '../common/connection';
import type { Order } from '../order-engine/order.entity';
import { OrderConnection } from './order-connection';
import { OrderSort } from './order-sort';

/** Customer.orders: the orders list filtered to the customer (filter.customerId), newest first. */
@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: 'The orders accepted for this customer, newest first.' })
  orders(
    @Root() customer: Customer,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 25, at most 100).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Order>> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    const properties = selectedProperties(info, 'Order', 'edges', 'node');
    return ctx.services.ordersQuery.list(
      viewer.sellerId,
      { customerId: customer.id },
      { first, after },
      OrderSort.NEWEST,
      properties,
    );
  }
}
