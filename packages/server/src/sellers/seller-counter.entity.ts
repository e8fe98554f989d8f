import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum SellerCounterKind {
  ORDER_NUMBER = 'ORDER_NUMBER',
  INVOICE_NUMBER = 'INVOICE_NUMBER',
  CREDIT_NOTE_NUMBER = 'CREDIT_NOTE_NUMBER',
}

/**
 * A per-seller number series (order, invoice, credit note numbers). Incremented under a row lock in
 * the transaction that uses the number, so numbers are unique and gapless: a rollback undoes the
 * increment too, which a PostgreSQL sequence would not.
 */
@Entity('seller_counters')
export class SellerCounter {
  @PrimaryColumn({ type: 'uuid' })
  sellerId: string;

  @PrimaryColumn({ type: 'text' })
  kind: SellerCounterKind;

  @Column({ type: 'integer' })
  nextValue: number;
}
