import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, Info, Query, Resolver } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { ConnectionArgs, type Page } from '../common/connection';
import { requireViewer, type Context } from '../graphql/context';
import { selectedProperties } from '../graphql/selection';
import { InvoiceConnection } from './invoice-connection';
import { InvoiceFilter } from './invoice-filter.input';
import { InvoiceSort } from './invoice-sort';
import type { Invoice } from './invoice.entity';

@ArgsType()
class InvoicesArgs extends ConnectionArgs {
  @Field(() => InvoiceFilter, { nullable: true, description: 'Which invoices to list; all when omitted.' })
  filter?: InvoiceFilter | null;

  @Field(() => InvoiceSort, {
    nullable: true,
    defaultValue: InvoiceSort.NEWEST,
    description: 'How to order the list (default NEWEST).',
  })
  sort?: InvoiceSort | null;
}

@Resolver()
export class InvoicesResolver {
  @Query(() => InvoiceConnection, {
    description:
      "The seller's invoices (drafts, issued and void), newest first or by due date, with cursor pagination.",
  })
  invoices(
    @Args() { filter, sort, ...page }: InvoicesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Invoice>> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.INVOICES_READ);
    const properties = selectedProperties(info, 'Invoice', 'edges', 'node');
    return ctx.services.invoicesQuery.list(viewer.sellerId, filter, page, sort ?? InvoiceSort.NEWEST, properties);
  }
}
