import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** A row that belongs to one seller: every read and write of it is scoped by `sellerId`. */
@ObjectType({ description: 'Something that belongs to one seller.' })
export abstract class SellerOwned {
  @Field(() => ID, { description: 'Unique ID.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sellerId: string;
}
