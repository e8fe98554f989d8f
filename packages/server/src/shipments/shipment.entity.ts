import { Column, CreateDateColumn, Entity } from 'typeorm';
import { SellerOwned } from '../common/seller-owned';
import { Field, ObjectType } from 'type-graphql';
import { bigintToNumber, Money, money } from '../common/money';
import { Node } from '../common/node';

@ObjectType({ description: 'How an accepted order ships: carrier, tracking and cost.', implements: Node })
@Entity('shipments')
export class Shipment extends SellerOwned {
  @Column({ type: 'uuid' })
  orderId: string;

  @Field({ description: 'Carrier name, e.g. UPS.' })
  @Column({ type: 'text' })
  carrier: string;

  @Field(() => String, { nullable: true, description: 'Service level, e.g. "Ground".' })
  @Column({ type: 'text', nullable: true })
  service: string | null;

  @Field(() => [String], { description: 'Tracking numbers of the packages.' })
  @Column({ type: 'text', array: true })
  trackingNumbers: string[];

  @Field({ description: 'Ship date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  shippedOn: string;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  costAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Last change (set by the database whenever the row changes).' })
  @Column({ type: 'timestamptz', update: false })
  updatedAt: Date;

  @Field(() => Money, { description: 'Shipping cost charged to the buyer.' })
  get cost(): Money {
    return money(this.costAmount, this.currency);
  }
}
