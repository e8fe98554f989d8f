import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Address } from '../common/address';

export enum AddressKind {
  SHIPPING = 'SHIPPING',
  BILLING = 'BILLING',
}

/** An address in a buyer's address book; orders copy it at placement. */
@Entity('buyer_addresses')
export class BuyerAddress {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  buyerId: string;

  @Column({ type: 'text' })
  kind: AddressKind;

  @Column({ type: 'boolean', default: false })
  isDefault: boolean;

  @Column(() => Address, { prefix: false })
  address: Address;
}
