import { Column, Entity } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { CreditNoteDocument } from '../billing/credit-note-document';
import { MoneyTotals } from '../common/money-totals';
import { Node } from '../common/node';

@ObjectType({
  description:
    'A credit note: money taken off an order that was already paid (an edit that lowered it, or a cancellation). ' +
    'Immutable, numbered in its own gapless series, and paid back to the buyer by refunds.',
  implements: Node,
})
@Entity('credit_notes')
export class CreditNote extends MoneyTotals {
  @Column({ type: 'uuid' })
  orderId: string;

  /** The paid invoice it credits (the latest one when the order has several). */
  @Column({ type: 'uuid' })
  invoiceId: string;

  @Field(() => Int, { description: "The seller's credit note number." })
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  numberPrefix: string;

  @Field({ description: 'Why the money was credited, as printed on the credit note.' })
  @Column({ type: 'text' })
  reason: string;

  /** Everything printed on the credit note, frozen when it was issued. */
  @Column({ type: 'jsonb' })
  snapshot: CreditNoteDocument;

  @Field({ description: 'When the credit note was issued.' })
  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  /** Set by the database like every synced table's; a credit note never changes, so it stays issuedAt. */
  @Field({ description: 'Its issue time: a credit note is immutable (its refunds have their own updatedAt).' })
  @Column({ type: 'timestamptz', update: false })
  updatedAt: Date;

  @Field({ description: 'The number as printed, e.g. "DB-CN-3".' })
  get displayNumber(): string {
    return `${this.numberPrefix}${this.number}`;
  }
}
