import { Column, CreateDateColumn, Entity } from 'typeorm';
import { SellerOwned } from '../common/seller-owned';
import { Field, Int, ObjectType } from 'type-graphql';
import { bigintToNumber, Money, money } from '../common/money';

@ObjectType({ description: 'A line of an order. Name and price are snapshots taken when the order was placed.' })
@Entity('order_items')
export class OrderItem extends SellerOwned {
  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'uuid', nullable: true })
  variantId: string | null;

  @Field({ description: 'Stock keeping unit of the ordered variant.' })
  @Column({ type: 'text' })
  sku: string;

  @Field({ description: 'Product and variant name at the time of the order.' })
  @Column({ type: 'text' })
  productName: string;

  @Field(() => String, { nullable: true, description: 'Variant option, e.g. "Large / Blue".' })
  @Column({ type: 'text', nullable: true })
  variantName: string | null;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  unitPriceAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => Int, { description: 'Units ordered.' })
  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  lineTotalAmount: number;

  @Column({ type: 'integer' })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Money, { description: 'Wholesale price of one unit.' })
  get unitPrice(): Money {
    return money(this.unitPriceAmount, this.currency);
  }

  @Field(() => Money, { description: 'Unit price times quantity.' })
  get lineTotal(): Money {
    return money(this.lineTotalAmount, this.currency);
  }
}
