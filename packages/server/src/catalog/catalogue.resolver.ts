import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { requireViewer, type Context } from '../graphql/context';
import { MAX_CATALOGUE_RESULTS } from './catalogue.service';
import { CatalogueVariant } from './catalogue-variant';

@Resolver()
export class CatalogueResolver {
  @Query(() => [CatalogueVariant], {
    description: "The seller's product variants matching a search on SKU or product name, by product name.",
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
}
