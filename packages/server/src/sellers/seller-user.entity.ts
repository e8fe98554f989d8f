import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SellerRole {
  OWNER = 'OWNER',
  STAFF = 'STAFF',
}
registerEnumType(SellerRole, {
  name: 'SellerRole',
  description: 'What a seller user may do: owners also manage settings and API keys.',
});

@ObjectType({ description: 'A person who signs in to the dashboard for one seller.' })
@Entity('seller_users')
export class SellerUser {
  @Field(() => ID)
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

  @Field(() => SellerRole)
  @Column({ type: 'text' })
  role: SellerRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
