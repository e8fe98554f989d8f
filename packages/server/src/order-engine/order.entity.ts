import { Column, CreateDateColumn, Entity, VirtualColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { CancellationReason } from './cancellation-reason';
import { Address } from '../common/address';
import { MoneyTotals } from '../common/money-totals';
import { PaymentMethod } from '../billing/payment-method';
import { PaymentStatus } from '../billing/payment-status';
import { OrderStatus } from './order-status';
import { orderFactsSql, type OrderRelatedFacts } from './order-facts';
import { Node } from '../common/node';

@ObjectType({ description: 'A wholesale order placed by a buyer with this seller.', implements: Node })
@Entity('orders')
export class Order extends MoneyTotals {
  @Field(() => Int, { description: 'The Order ID the seller and buyer see; unique per seller.' })
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'uuid' })
  buyerId: string;

  @Field({ description: "The buyer's company name when the order was placed." })
  @Column({ type: 'text' })
  buyerName: string;

  @Column({ type: 'uuid', nullable: true })
  customerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentOrderId: string | null;

  @Field(() => OrderStatus, { description: 'Pending review, accepted, rejected or cancelled.' })
  @Column({ type: 'text' })
  status: OrderStatus;

  @Field(() => PaymentMethod, { description: 'How the buyer pays: card on file or terms.' })
  @Column({ type: 'text' })
  paymentMethod: PaymentMethod;

  @Field(() => PaymentStatus, {
    description: "Payment status over the order's invoices: an open invoice's status first, else PAID (or REFUNDED).",
  })
  @Column({ type: 'text' })
  paymentStatus: PaymentStatus;

  @Field(() => Int, { description: 'Number of lines on the order.' })
  @Column({ type: 'integer' })
  itemCount: number;

  @Field(() => Address, { description: 'Where to ship the order.' })
  @Column(() => Address, { prefix: 'shipping' })
  shippingAddress: Address;

  @Field(() => Address, { description: 'Where to bill the order.' })
  @Column(() => Address, { prefix: 'billing' })
  billingAddress: Address;

  @Field(() => String, { nullable: true, description: 'Note the buyer left with the order.' })
  @Column({ type: 'text', nullable: true })
  buyerNote: string | null;

  @Field({ description: 'When the buyer placed the order.' })
  @Column({ type: 'timestamptz', precision: 3 })
  placedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the seller accepted it; null unless accepted.' })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field({
    description:
      "Accept by: the end (seller's time zone) of the Nth business day after the placement day, N from the seller's settings then.",
  })
  @Column({ type: 'timestamptz', precision: 3 })
  acceptBy: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Ship by: the same rule counted from the acceptance day; null until accepted.',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  shipBy: Date | null;

  /** The running deadline (accept-by while pending, ship-by while accepted with no shipment), else null; indexed for sorting. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deadlineAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the seller rejected it; null unless rejected.' })
  @Column({ type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the seller rejected the order.' })
  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true, description: "The seller's message to the buyer on rejection." })
  @Column({ type: 'text', nullable: true })
  rejectionMessage: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled; null unless cancelled.' })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => CancellationReason, { nullable: true, description: 'Why the seller cancelled the order.' })
  @Column({ type: 'text', nullable: true })
  cancellationReason: CancellationReason | null;

  @Field(() => String, { nullable: true, description: "The seller's message to the buyer on cancellation." })
  @Column({ type: 'text', nullable: true })
  cancellationMessage: string | null;

  @Field({ description: "Whether a cancellation put the order's goods back in stock." })
  @Column({ type: 'boolean' })
  restocked: boolean;

  /**
   * Counted by the database, not by the code that writes the row: every transaction that changes the
   * order makes one new version and sets updatedAt (trigger orders_version, migration 1764220000000).
   */
  @Field(() => Int, {
    description: 'Increases with every change; send it back as expectedVersion to refuse stale edits.',
  })
  @Column({ type: 'integer', update: false })
  version: number;

  /** Its shipment, invoices and payments as the state table reads them, in the statement that reads the row. */
  @VirtualColumn({ type: 'jsonb', query: (alias) => `SELECT ${orderFactsSql(alias)}` })
  relatedFacts: OrderRelatedFacts;

  /**
   * The transaction that made the current version (so one change is one version), as a decimal xid8;
   * read only by the sync cursor (orders/order-cursor.ts), never exposed.
   */
  @Column({ type: 'bigint', insert: false, update: false })
  versionXact: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Last change to the order.' })
  @Column({ type: 'timestamptz', update: false })
  updatedAt: Date;
}

/** The properties of an order to read or to answer (what the API's answer selects); every property when null. */
export type OrderProperties = ReadonlySet<string> | null;
