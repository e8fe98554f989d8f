import type { DataSource, EntityManager } from 'typeorm';
import { Buyer } from '../buyers/buyer.entity';
import { isId } from '../common/ids';
import { refuse, refusalsAsUserErrors, type Outcome } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { Seller } from '../sellers/seller.entity';
import type { CustomerBuyerInput, UpdateCustomerInput } from './customer.inputs';
import { Customer } from './customer.entity';
import { customerEmail, customerName, paymentTermsDays } from './customer-rules';

/**
 * Changes the seller makes on the Customers page: details and terms, and which buyer account a
 * customer is linked to. A customer has at most one buyer and a buyer at most one customer per seller
 * (customers_one_per_buyer): linking never moves a buyer silently from another customer, it refuses
 * with BUYER_LINKED_TO_OTHER_CUSTOMER (unlink it there first). Each change runs in one transaction
 * and changes nothing when refused.
 */
export class CustomerChangesService {
  constructor(private readonly db: DataSource) {}

  update(sellerId: string, input: UpdateCustomerInput): Promise<Outcome<Customer>> {
    return refusalsAsUserErrors(() =>
      this.db.transaction(async (tx) => {
        const customer = await lockedCustomer(tx, sellerId, input.customerId);
        const changes: Partial<Pick<Customer, 'name' | 'email' | 'paymentTermsDays'>> = {};
        if (input.name != null) changes.name = customerName(input.name, ['input', 'name']);
        if (input.email != null) changes.email = customerEmail(input.email, ['input', 'email']);
        if (input.paymentTermsDays != null)
          changes.paymentTermsDays = paymentTermsDays(input.paymentTermsDays, ['input', 'paymentTermsDays']);
        if (Object.keys(changes).length) await tx.getRepository(Customer).update({ id: customer.id }, changes);
        return tx.getRepository(Customer).findOneByOrFail({ id: customer.id });
      }),
    );
  }

  /** Links the buyer to the customer: the buyer's next orders are accepted for it. Linking twice is a no-op. */
  linkBuyer(sellerId: string, { customerId, buyerId }: CustomerBuyerInput): Promise<Outcome<Customer>> {
    return refusalsAsUserErrors(() =>
      this.db.transaction(async (tx) => {
        // Serialized with order acceptance, which links buyers too (CustomerService.resolveForAcceptance).
        await tx
          .getRepository(Seller)
          .createQueryBuilder('s')
          .setLock('pessimistic_write')
          .where('s.id = :sellerId', { sellerId })
          .getOne();
        const customer = await lockedCustomer(tx, sellerId, customerId);
        const buyer = await orderingBuyer(tx, sellerId, buyerId);
        if (customer.buyerId === buyer.id) return customer;
        if (customer.buyerId) {
          throw refuse(
            UserErrorCode.CUSTOMER_LINKED_TO_OTHER_BUYER,
            `${customer.name} is already linked to another buyer account: unlink it first.`,
            ['input', 'customerId'],
          );
        }
        const other = await tx.getRepository(Customer).findOneBy({ sellerId, buyerId: buyer.id });
        if (other) {
          throw refuse(
            UserErrorCode.BUYER_LINKED_TO_OTHER_CUSTOMER,
            `${buyer.companyName} is already linked to your customer ${other.name}: unlink it there first.`,
            ['input', 'buyerId'],
          );
        }
        await tx.getRepository(Customer).update({ id: customer.id }, { buyerId: buyer.id });
        return tx.getRepository(Customer).findOneByOrFail({ id: customer.id });
      }),
    );
  }

  /** Unlinks the buyer: orders already accepted keep their customer; the buyer's next order asks again. */
  unlinkBuyer(sellerId: string, { customerId, buyerId }: CustomerBuyerInput): Promise<Outcome<Customer>> {
    return refusalsAsUserErrors(() =>
      this.db.transaction(async (tx) => {
        const customer = await lockedCustomer(tx, sellerId, customerId);
        const buyer = await orderingBuyer(tx, sellerId, buyerId);
        if (customer.buyerId !== buyer.id) {
          throw refuse(UserErrorCode.BUYER_NOT_LINKED, `${buyer.companyName} is not linked to ${customer.name}.`, [
            'input',
            'buyerId',
          ]);
        }
        await tx.getRepository(Customer).update({ id: customer.id }, { buyerId: null });
        return tx.getRepository(Customer).findOneByOrFail({ id: customer.id });
      }),
    );
  }
}

/** The seller's customer, locked for the change; CUSTOMER_NOT_FOUND for any other id. */
async function lockedCustomer(tx: EntityManager, sellerId: string, customerId: string): Promise<Customer> {
  const customer = isId(customerId)
    ? await tx
        .getRepository(Customer)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :customerId AND c.seller_id = :sellerId', { customerId, sellerId })
        .getOne()
    : null;
  if (!customer)
    throw refuse(UserErrorCode.CUSTOMER_NOT_FOUND, 'This customer does not exist.', ['input', 'customerId']);
  return customer;
}

/** A buyer who has ordered from the seller (buyers are marketplace-wide); BUYER_NOT_FOUND for any other. */
async function orderingBuyer(tx: EntityManager, sellerId: string, buyerId: string): Promise<Buyer> {
  const buyer = isId(buyerId)
    ? await tx
        .getRepository(Buyer)
        .createQueryBuilder('b')
        .where('b.id = :buyerId', { buyerId })
        .andWhere('EXISTS (SELECT 1 FROM orders o WHERE o.seller_id = :sellerId AND o.buyer_id = b.id)', { sellerId })
        .getOne()
    : null;
  if (!buyer) throw refuse(UserErrorCode.BUYER_NOT_FOUND, 'This buyer has not ordered from you.', ['input', 'buyerId']);
  return buyer;
}
