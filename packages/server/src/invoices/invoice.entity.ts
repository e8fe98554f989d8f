import { Column, CreateDateColumn, Entity, VirtualColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import type { IssuedInvoiceSnapshot } from '../billing/billing-document';
import { MoneyTotals } from '../common/money-totals';
import { PaymentMethod } from '../billing/payment-method';
import { PaymentStatus } from '../billing/payment-status';
import { overdueInvoiceSql } from './invoice-overdue';
import { invoiceActions, InvoiceAction } from './invoice-state-machine';
import { InvoiceStatus } from './invoice-status';
import { Node } from '../common/node';

@ObjectType({ description: 'An invoice for an accepted order.', implements: Node })
@Entity('invoices')
export class Invoice extends MoneyTotals {
  @Column({ type: 'uuid' })
  orderId: string;

  @Field(() => Int, { nullable: true, description: "The seller's invoice number; null while a draft." })
  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Column({ type: 'text' })
  numberPrefix: string;

  @Field(() => InvoiceStatus, { description: 'Draft, issued or void.' })
  @Column({ type: 'text' })
  status: InvoiceStatus;

  @Field(() => PaymentStatus, { description: 'Where the payment stands (card charge or terms).' })
  @Column({ type: 'text' })
  paymentStatus: PaymentStatus;

  @Field(() => PaymentMethod, { description: 'Card on file or terms, from the order.' })
  @Column({ type: 'text' })
  paymentMethod: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD) for terms customers.' })
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  /** Everything printed on the issued invoice, frozen at confirmation. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: IssuedInvoiceSnapshot | null;

  @Field(() => Date, { nullable: true, description: 'When Confirm issued it; null for a draft.' })
  @Column({ type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was paid in full; null while unpaid.' })
  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was voided; null unless void.' })
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the invoice was voided (an edit or a cancellation).' })
  @Column({ type: 'text', nullable: true })
  voidReason: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'Last change (set by the database whenever the row changes).' })
  @Column({ type: 'timestamptz', update: false })
  updatedAt: Date;

  /** Read with the row, so it agrees with the status and due date beside it (see invoice-overdue.ts). */
  @Field({ description: "Issued, still owed and past its due date (in the seller's time zone)." })
  @VirtualColumn({ type: 'boolean', query: (alias) => `SELECT ${overdueInvoiceSql(alias)} IS TRUE` })
  overdue: boolean;

  @Field(() => [InvoiceAction], {
    description: 'What the seller may do with the invoice now (from its state table, with the fields beside it).',
  })
  get availableActions(): InvoiceAction[] {
    return invoiceActions(this);
  }

  @Field(() => String, { nullable: true, description: 'The number as printed, e.g. "DB-1042".' })
  get displayNumber(): string | null {
    return this.number === null ? null : `${this.numberPrefix}${this.number}`;
  }
}
