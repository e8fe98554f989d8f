import type { DataSource } from 'typeorm';
import { money } from '../common/money';
import { escapeLike } from '../common/sql';
import type { CatalogueVariant } from './catalogue-variant';

export const MAX_CATALOGUE_RESULTS = 50;

type VariantRow = {
  id: string;
  sku: string;
  product_name: string;
  variant_name: string | null;
  unit_price_amount: string;
  currency: string;
  stock_on_hand: number;
};

/** The seller's catalogue as the Edit Order dialog searches it. */
export class CatalogueService {
  constructor(private readonly db: DataSource) {}

  /** Variants whose SKU or product name contains `search` (all when empty), by product name, at most `first`. */
  async search(sellerId: string, search: string | null, first: number): Promise<CatalogueVariant[]> {
    const pattern = search?.trim() ? `%${escapeLike(search.trim().slice(0, 100))}%` : null;
    const found = await this.db.query<VariantRow[]>(
      `SELECT v.id, v.sku, p.name AS product_name, v.name AS variant_name, v.unit_price_amount, v.currency, v.stock_on_hand
         FROM product_variants v JOIN products p ON p.id = v.product_id
        WHERE v.seller_id = $1 AND ($2::text IS NULL OR v.sku ILIKE $2 OR p.name ILIKE $2)
        ORDER BY p.name, v.sku LIMIT $3`,
      [sellerId, pattern, Math.min(Math.max(first, 1), MAX_CATALOGUE_RESULTS)],
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
