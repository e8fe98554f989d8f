import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { Buyer } from '../buyers/buyer.entity';
import { requireViewer, type Context } from '../graphql/context';
import { Order } from '../order-engine/order.entity';
import { Customer } from './customer.entity';

@Resolver()
export class CustomersResolver {
  @Query(() => [Customer], { description: "The seller's customers by name, to pick one when accepting an order." })
  customers(
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of the name or email; all customers when omitted.',
    })
    search: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most 50.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Customer[]> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.customers.search(viewer.sellerId, search, Math.min(Math.max(first, 1), 50));
  }
}

@Resolver(() => Order)
export class OrderCustomerSuggestionsResolver {
  @FieldResolver(() => [Customer], {
    description: 'Existing customers that are likely this buyer (same email or domain, similar name), best first.',
  })
  customerSuggestions(@Root() order: Order, @Ctx() ctx: Context): Promise<Customer[]> {
    requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.customers.suggestionsFor(order);
  }
}

@Resolver(() => Buyer)
export class BuyerCustomerResolver {
  @FieldResolver(() => Customer, {
    nullable: true,
    description:
      "The viewer's customer linked to this buyer now (an order's own `customer` is the one it was accepted for); null while there is none.",
  })
  customer(@Root() buyer: Buyer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Customer | null> {
    return requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.customerByBuyerId(info).load(buyer.id);
  }
}
