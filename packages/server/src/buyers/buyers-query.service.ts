import { escapeLike } from '../common/sql';
import type { DataSource } from 'typeorm';
import { Buyer } from './buyer.entity';

export class BuyersQueryService {
  constructor(private readonly db: DataSource) {}

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
}
