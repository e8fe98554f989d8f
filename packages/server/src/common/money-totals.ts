import { Column } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { bigintToNumber, Money, money } from './money';
import { SellerOwned } from './seller-owned';

/** Subtotal, shipping and total in one currency: the money columns of orders and invoices. */
@ObjectType({ description: 'Money totals of an order or invoice.' })
export abstract class MoneyTotals extends SellerOwned {
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  subtotalAmount: number;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  shippingAmount: number;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  totalAmount: number;

  @Field(() => Money, { description: 'Sum of the line totals.' })
  get subtotal(): Money {
    return money(this.subtotalAmount, this.currency);
  }

  @Field(() => Money, { description: 'Shipping cost (zero until shipment info is saved).' })
  get shipping(): Money {
    return money(this.shippingAmount, this.currency);
  }

  @Field(() => Money, { description: 'Subtotal plus shipping.' })
  get total(): Money {
    return money(this.totalAmount, this.currency);
  }
}
