import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A brand selling on the marketplace; every order belongs to one seller.' })
@Entity('sellers')
export class Seller {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The brand name buyers see.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'ISO 4217 currency the seller sells in.' })
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field({
    description:
      'The "Buyer Access Requires Approval" profile setting. When off (ungated), buyers with no relationship may order, and accepting their order asks for a customer.',
  })
  @Column({ type: 'boolean', default: true })
  buyerAccessRequiresApproval: boolean;

  @Field({ description: 'Prefix printed before invoice numbers, e.g. "DB-".' })
  @Column({ type: 'text' })
  invoicePrefix: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
