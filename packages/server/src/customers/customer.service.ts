import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Buyer } from '../buyers/buyer.entity';
import { isId } from '../common/ids';
import type { Page } from '../common/connection';
import { columnKeyset } from '../common/keyset';
import { readPage, searchPattern, SqlConditions, type PageArgs } from '../common/keyset-page';
import { LeanEntity } from '../common/lean-rows';
import { escapeLike } from '../common/sql';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import type { CustomerChoiceInput } from './customer.inputs';
import type { Order } from '../order-engine/order.entity';
import { Seller } from '../sellers/seller.entity';
import { Customer } from './customer.entity';
import { customerEmail, customerName, paymentTermsDays } from './customer-rules';

const DEFAULT_TERMS_DAYS = 30;

/** Links orders to the seller's customer records (article: "A Note for Ungated Brands"). */
/** By name, then id (a seller's customers are few: sorted from the seller's rows). */
const BY_NAME = columnKeyset<Customer>('customer', 'ASC', [
  { sql: 'c.name', kind: 'text', read: 'name', value: (c) => c.name },
  { sql: 'c.id', kind: 'id', read: 'id', value: (c) => c.id },
]);

export class CustomerService {
  private readonly customers: LeanEntity<Customer>;

  constructor(private readonly db: DataSource) {
    this.customers = LeanEntity.of(db, Customer);
  }

  /** The seller's customers whose name or email contains the search text, by name. */
  search(sellerId: string, search: string | null | undefined, limit: number): Promise<Customer[]> {
    return this.matching(sellerId, search).orderBy('c.name', 'ASC').limit(limit).getMany();
  }

  /** A page of the seller's customers whose name or email contains the search text, by name then id. */
  page(sellerId: string, search: string | null | undefined, page: PageArgs): Promise<Page<Customer>> {
    const filter = new SqlConditions();
    filter.conditions.push(`c.seller_id = ${filter.param(sellerId)}`);
    const pattern = searchPattern(search, ['search']);
    if (pattern) {
      const term = filter.param(pattern);
      filter.conditions.push(`(c.name ILIKE ${term} OR c.email ILIKE ${term})`);
    }
    const plan = this.customers.planFor('c', null);
    return readPage(this.db, {
      select: plan.select,
      from: 'customers c',
      filter,
      keyset: BY_NAME,
      page,
      build: (row) => this.customers.hydrate(row, plan),
    });
  }

  private matching(sellerId: string, search: string | null | undefined): SelectQueryBuilder<Customer> {
    const query = this.db
      .getRepository(Customer)
      .createQueryBuilder('c')
      .where('c.seller_id = :sellerId', { sellerId });
    const term = search?.trim().slice(0, 100);
    if (term) query.andWhere('(c.name ILIKE :term OR c.email ILIKE :term)', { term: `%${escapeLike(term)}%` });
    return query;
  }

  /**
   * The customer an order is accepted for: its own, the buyer's existing one, or (ungated sellers,
   * buyer with no relationship) one the seller creates or picks; without that choice, CUSTOMER_REQUIRED.
   */
  async resolveForAcceptance(
    tx: EntityManager,
    order: Order,
    choice: CustomerChoiceInput | null,
  ): Promise<{ customer: Customer; created: boolean }> {
    const customers = tx.getRepository(Customer);
    const field = ['input', 'customer'];
    const buyersCustomer = () =>
      this.customers.one(tx, 'c', 'c.seller_id = $1 AND c.buyer_id = $2', [order.sellerId, order.buyerId]);
    const current = order.customerId
      ? await this.customers.one(tx, 'c', 'c.id = $1', [order.customerId])
      : await buyersCustomer();
    if (current) {
      if (choice && (choice.createNew || choice.existingCustomerId !== current.id)) {
        throw refuse(UserErrorCode.CUSTOMER_ALREADY_SET, `This buyer is already your customer ${current.name}.`, field);
      }
      return { customer: current, created: false };
    }
    if (!choice || (!choice.createNew && !choice.existingCustomerId)) {
      throw refuse(
        UserErrorCode.CUSTOMER_REQUIRED,
        `${order.buyerName} is not your customer yet: create a new customer or associate the buyer with an existing one.`,
        field,
      );
    }
    if (choice.createNew && choice.existingCustomerId) {
      throw refuse(UserErrorCode.INVALID_CUSTOMER, 'Choose either a new customer or an existing one, not both.', field);
    }
    // A concurrent acceptance of another order of the same buyer must not create a second customer.
    await tx
      .getRepository(Seller)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id: order.sellerId })
      .getOne();
    const raced = await buyersCustomer();
    if (raced) return { customer: raced, created: false };

    if (choice.existingCustomerId) {
      const existing = isId(choice.existingCustomerId)
        ? await customers.findOneBy({ id: choice.existingCustomerId, sellerId: order.sellerId })
        : null;
      if (!existing)
        throw refuse(UserErrorCode.CUSTOMER_NOT_FOUND, 'This customer does not exist.', [
          ...field,
          'existingCustomerId',
        ]);
      if (existing.buyerId && existing.buyerId !== order.buyerId) {
        throw refuse(
          UserErrorCode.CUSTOMER_LINKED_TO_OTHER_BUYER,
          `${existing.name} is already linked to another buyer account.`,
          [...field, 'existingCustomerId'],
        );
      }
      await customers.update({ id: existing.id }, { buyerId: order.buyerId });
      // The entity itself, not a copy: its getters (paymentTermsLabel) answer through it.
      existing.buyerId = order.buyerId;
      return { customer: existing, created: false };
    }

    const draft = choice.createNew!;
    const at = [...field, 'createNew'];
    const name = customerName(draft.name, [...at, 'name']);
    const email = customerEmail(draft.email, [...at, 'email']);
    const terms = paymentTermsDays(draft.paymentTermsDays ?? DEFAULT_TERMS_DAYS, [...at, 'paymentTermsDays']);
    const created = customers.create({
      sellerId: order.sellerId,
      buyerId: order.buyerId,
      name,
      email,
      paymentTermsDays: terms,
    });
    await customers.insert(created);
    return { customer: await customers.findOneByOrFail({ id: created.id }), created: true };
  }

  /**
   * Existing customers likely to be this order's buyer, best first: same email or email domain,
   * then similar names (pg_trgm). Customers already linked to another buyer are left out.
   */
  async suggestionsFor(order: Order, limit = 5): Promise<Customer[]> {
    const buyer = await this.db.getRepository(Buyer).findOneByOrFail({ id: order.buyerId });
    const domain = buyer.email.split('@')[1] ?? '';
    return this.db
      .getRepository(Customer)
      .createQueryBuilder('c')
      .where('c.seller_id = :sellerId', { sellerId: order.sellerId })
      .andWhere('(c.buyer_id IS NULL OR c.buyer_id = :buyerId)', { buyerId: order.buyerId })
      .andWhere(
        "(lower(c.email) = lower(:email) OR split_part(lower(c.email), '@', 2) = lower(:domain) OR similarity(c.name, :name) > 0.2)",
        { email: buyer.email, domain, name: buyer.companyName },
      )
      .orderBy('(lower(c.email) = lower(:email))', 'DESC')
      .addOrderBy(`(split_part(lower(c.email), '@', 2) = lower(:domain))`, 'DESC')
      .addOrderBy('similarity(c.name, :name)', 'DESC')
      .limit(limit)
      .getMany();
  }
}
