import type { DataSource } from 'typeorm';
import type { Page } from '../common/connection';
import { columnKeyset } from '../common/keyset';
import { readPage, searchPattern, SqlConditions, type PageArgs } from '../common/keyset-page';
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

const SELECT_VARIANT = `v.id, v.sku, p.name AS product_name, v.name AS variant_name, v.unit_price_amount, v.currency, v.stock_on_hand`;
const VARIANTS = `product_variants v JOIN products p ON p.id = v.product_id AND p.seller_id = v.seller_id`;

const variantOf = (row: VariantRow): CatalogueVariant => ({
  id: row.id,
  sku: row.sku,
  productName: row.product_name,
  variantName: row.variant_name,
  unitPrice: money(Number(row.unit_price_amount), row.currency),
  stockOnHand: row.stock_on_hand,
});

/** By product name, then SKU (unique per seller), then id. */
const BY_PRODUCT_NAME = columnKeyset<CatalogueVariant>('variants', 'ASC', [
  { sql: 'p.name', kind: 'text', read: 'productName', value: (v) => v.productName },
  { sql: 'v.sku', kind: 'text', read: 'sku', value: (v) => v.sku },
  { sql: 'v.id', kind: 'id', read: 'id', value: (v) => v.id },
]);

/** The seller's catalogue as the Edit Order dialog searches it. */
export class CatalogueService {
  constructor(private readonly db: DataSource) {}

  /** Variants whose SKU or product name contains `search` (all when empty), by product name, at most `first`. */
  async search(sellerId: string, search: string | null, first: number): Promise<CatalogueVariant[]> {
    const pattern = search?.trim() ? `%${escapeLike(search.trim().slice(0, 100))}%` : null;
    const found = await this.db.query<VariantRow[]>(
      `SELECT ${SELECT_VARIANT} FROM ${VARIANTS}
        WHERE v.seller_id = $1 AND ($2::text IS NULL OR v.sku ILIKE $2 OR p.name ILIKE $2)
        ORDER BY p.name, v.sku LIMIT $3`,
      [sellerId, pattern, Math.min(Math.max(first, 1), MAX_CATALOGUE_RESULTS)],
    );
    return found.map(variantOf);
  }

  /** The same variants as a connection: keyset pages by product name, SKU and id, one statement each. */
  page(sellerId: string, search: string | null | undefined, page: PageArgs): Promise<Page<CatalogueVariant>> {
    const filter = new SqlConditions();
    filter.conditions.push(`v.seller_id = ${filter.param(sellerId)}`);
    const pattern = searchPattern(search, ['search']);
    if (pattern) {
      const like = filter.param(pattern);
      filter.conditions.push(`(v.sku ILIKE ${like} OR p.name ILIKE ${like})`);
    }
    return readPage(this.db, {
      select: SELECT_VARIANT,
      from: VARIANTS,
      filter,
      keyset: BY_PRODUCT_NAME,
      page,
      build: (row) => variantOf(row as VariantRow),
    });
  }
}
