import { Arg, Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { ConnectionArgs, type Page } from '../common/connection';
import { requireViewer, type Context } from '../graphql/context';
import { MAX_CATALOGUE_RESULTS } from './catalogue.service';
import { CatalogueVariant } from './catalogue-variant';
import { CatalogueVariantConnection } from './catalogue-variant-connection';

@ArgsType()
class CatalogueVariantsConnectionArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a SKU or product name; every variant when omitted.' })
  search?: string | null;
}

@Resolver()
export class CatalogueResolver {
  @Query(() => [CatalogueVariant], {
    description: "The seller's product variants matching a search on SKU or product name, by product name.",
    deprecationReason: 'Use catalogueVariantsConnection. Removal: 2027-07-01',
  })
  catalogueVariants(
    @Arg('search', () => String, { nullable: true, description: 'Part of a SKU or product name.' })
    search: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many (at most ${MAX_CATALOGUE_RESULTS}).` })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<CatalogueVariant[]> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.catalogue.search(viewer.sellerId, search, first);
  }

  @Query(() => CatalogueVariantConnection, {
    description:
      "The seller's product variants by product name, searchable by SKU or product name, with cursor pagination.",
  })
  catalogueVariantsConnection(
    @Args() { search, ...page }: CatalogueVariantsConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<CatalogueVariant>> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    return ctx.services.catalogue.page(viewer.sellerId, search, page);
  }
}
