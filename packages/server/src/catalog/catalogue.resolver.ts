import { ApiKeyScope } from '../api-keys/api-key-scope';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { money } from '../common/money';
import { escapeLike } from '../common/sql';
import { requireViewer, type Context } from '../graphql/context';
import { CatalogueVariant } from './catalogue-variant';

const MAX_RESULTS = 50;

@Resolver()
export class CatalogueResolver {
  @Query(() => [CatalogueVariant], {
    description: "The seller's product variants matching a search on SKU or product name, by product name.",
  })
  async catalogueVariants(
    @Arg('search', () => String, { nullable: true, description: 'Part of a SKU or product name.' })
    search: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many (at most ${MAX_RESULTS}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<CatalogueVariant[]> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    const pattern = search?.trim() ? `%${escapeLike(search.trim().slice(0, 100))}%` : null;
    const found = await ctx.db.query<
      {
        id: string;
        sku: string;
        product_name: string;
        variant_name: string | null;
        unit_price_amount: string;
        currency: string;
        stock_on_hand: number;
      }[]
    >(
      `SELECT v.id, v.sku, p.name AS product_name, v.name AS variant_name, v.unit_price_amount, v.currency, v.stock_on_hand
         FROM product_variants v JOIN products p ON p.id = v.product_id
        WHERE v.seller_id = $1 AND ($2::text IS NULL OR v.sku ILIKE $2 OR p.name ILIKE $2)
        ORDER BY p.name, v.sku LIMIT $3`,
      [viewer.sellerId, pattern, Math.min(Math.max(first, 1), MAX_RESULTS)],
    );
    return found.map((row) => ({
      id: row.id,
      sku: row.sku,
      productName: row.product_name,
      variantName: row.variant_name,
      unitPrice: money(Number(row.unit_price_amount), row.currency),
      stockOnHand: row.stock_on_hand,
    }));
  }
}
