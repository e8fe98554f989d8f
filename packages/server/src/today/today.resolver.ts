import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { requireViewer, type Context } from '../graphql/context';
import { userInputError } from '../common/api-errors';
import { Invoice } from '../invoices/invoice.entity';
import { Order } from '../order-engine/order.entity';
import { Today, TODAY_LIST_MAX, TodayInvoices, TodayOrders } from './today.types';

const DEFAULT_LIST_SIZE = 5;

function listSize(requested: number | null): number {
  const first = requested ?? DEFAULT_LIST_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > TODAY_LIST_MAX) {
    throw userInputError(`first must be between 0 and ${TODAY_LIST_MAX}.`, ['first']);
  }
  return first;
}

@Resolver()
export class TodayResolver {
  @Query(() => Today, { description: 'What needs the seller now: counts and short lists for the Today page.' })
  today(@Ctx() ctx: Context): Promise<Today> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.today.forSeller(viewer.sellerId);
  }
}

@Resolver(() => TodayOrders)
export class TodayOrdersResolver {
  @FieldResolver(() => [Order], { description: 'The first orders of the list (at most 20).' })
  orders(
    @Root() list: TodayOrders,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_LIST_SIZE,
      description: 'How many (0 to 20, default 5).',
    })
    first: number | null,
  ): Promise<Order[]> {
    return list.list(listSize(first));
  }
}

@Resolver(() => TodayInvoices)
export class TodayInvoicesResolver {
  @FieldResolver(() => [Invoice], { description: 'The first invoices of the list (at most 20).' })
  invoices(
    @Root() list: TodayInvoices,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_LIST_SIZE,
      description: 'How many (0 to 20, default 5).',
    })
    first: number | null,
  ): Promise<Invoice[]> {
    return list.list(listSize(first));
  }
}
