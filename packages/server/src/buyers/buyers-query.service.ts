import type { DataSource } from 'typeorm';
import type { Page } from '../common/connection';
import { columnKeyset } from '../common/keyset';
import { readPage, searchPattern, SqlConditions, type PageArgs } from '../common/keyset-page';
import { LeanEntity } from '../common/lean-rows';
import { escapeLike } from '../common/sql';
import { Buyer } from './buyer.entity';

/** By company name, then id: buyers_name_idx. */
const BY_NAME = columnKeyset<Buyer>('buyers', 'ASC', [
  { sql: 'b.company_name', kind: 'text', read: 'companyName', value: (b) => b.companyName },
  { sql: 'b.id', kind: 'id', read: 'id', value: (b) => b.id },
]);

export class BuyersQueryService {
  private readonly buyers: LeanEntity<Buyer>;

  constructor(private readonly db: DataSource) {
    this.buyers = LeanEntity.of(db, Buyer);
  }

  /** Buyers who have ordered from this seller (for the buyer filter), by company name. */
  async withOrders(sellerId: string, search: string | null | undefined, limit: number): Promise<Buyer[]> {
    const q = this.db
      .getRepository(Buyer)
      .createQueryBuilder('b')
      .where('EXISTS (SELECT 1 FROM orders o WHERE o.seller_id = :sellerId AND o.buyer_id = b.id)', { sellerId })
      .orderBy('b.company_name', 'ASC')
      .limit(limit);
    const term = search?.trim();
    if (term) q.andWhere('b.company_name ILIKE :term', { term: `%${escapeLike(term.slice(0, 100))}%` });
    return q.getMany();
  }

  /** The same buyers as a connection: keyset pages by company name, reading only the columns asked for. */
  page(
    sellerId: string,
    search: string | null | undefined,
    page: PageArgs,
    properties: ReadonlySet<string> | null,
  ): Promise<Page<Buyer>> {
    const filter = new SqlConditions();
    filter.conditions.push(
      `EXISTS (SELECT 1 FROM orders o WHERE o.seller_id = ${filter.param(sellerId)} AND o.buyer_id = b.id)`,
    );
    const pattern = searchPattern(search, ['search']);
    if (pattern) filter.conditions.push(`b.company_name ILIKE ${filter.param(pattern)}`);
    const plan = this.buyers.planFor('b', properties && new Set([...properties, ...BY_NAME.reads]));
    return readPage(this.db, {
      select: plan.select,
      from: 'buyers b',
      filter,
      keyset: BY_NAME,
      page,
      build: (row) => this.buyers.hydrate(row, plan),
    });
  }
}
