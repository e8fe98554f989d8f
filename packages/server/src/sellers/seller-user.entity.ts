import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SellerRole {
  OWNER = 'OWNER',
  STAFF = 'STAFF',
}
registerEnumType(SellerRole, {
  name: 'SellerRole',
  description: 'What a seller user may do: owners also manage settings and API keys.',
  valuesConfig: {
    OWNER: { description: 'Runs the brand: everything staff can do, plus settings and API keys.' },
    STAFF: { description: 'Works the orders: reviews, ships and invoices them.' },
  },
});

@ObjectType({ description: 'A person who signs in to the dashboard for one seller.' })
@Entity('seller_users')
export class SellerUser {
  @Field(() => ID, { description: 'Unique ID.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sellerId: string;

  @Field({ description: 'Sign-in email, unique across the marketplace (stored lower-case).' })
  @Column({ type: 'text' })
  email: string;

  @Field({ description: 'Display name.' })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Field(() => SellerRole, { description: 'Owner or staff: only owners change settings and manage API keys.' })
  @Column({ type: 'text' })
  role: SellerRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
