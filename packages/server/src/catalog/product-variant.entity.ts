import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../common/money';

/** A sellable unit (size, colour, pack) with its own SKU, wholesale price and stock on hand. */
@Entity('product_variants')
export class ProductVariant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sellerId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'text' })
  sku: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'bigint', transformer: bigintToNumber })
  unitPriceAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'integer' })
  stockOnHand: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
