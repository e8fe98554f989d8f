import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { Buyer } from '../buyers/buyer.entity';
import { ConnectionArgs, type Page } from '../common/connection';
import { Money } from '../common/money';
import { requireViewer, type Context } from '../graphql/context';
import { Order } from '../order-engine/order.entity';
import { CustomerConnection } from './customer-connection';
import { Customer } from './customer.entity';

@ArgsType()
class CustomersConnectionArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or email; all customers when omitted.' })
  search?: string | null;
}

@Resolver()
export class CustomersResolver {
  @Query(() => [Customer], {
    description: "The seller's customers by name, to pick one when accepting an order.",
    deprecationReason: 'Use customersConnection. Removal: 2027-07-01',
  })
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

  @Query(() => CustomerConnection, {
    description: "The seller's customers by name (then id), with cursor pagination and search on name or email.",
  })
  customersConnection(
    @Args() { search, ...page }: CustomersConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Customer>> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.customers.page(viewer.sellerId, search, page);
  }
}

@Resolver(() => Customer)
export class CustomerResolver {
  @FieldResolver(() => [Buyer], {
    description:
      'The buyer accounts linked to this customer (at most one today): their next orders are accepted for it.',
  })
  async buyers(@Root() customer: Customer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Buyer[]> {
    const { loaders } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    if (!customer.buyerId) return [];
    const buyer = await loaders.buyerById(info).load(customer.buyerId);
    return buyer ? [buyer] : [];
  }

  @FieldResolver(() => Money, {
    description:
      "What the customer owes: the issued, unpaid invoices of its orders, in the seller's currency (zero when none).",
  })
  openBalance(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Money> {
    return requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.openBalanceByCustomerId.load(customer.id);
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
