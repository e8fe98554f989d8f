import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { PaymentMethod } from '../billing/payment-method';

@ObjectType({ description: 'A retailer buying on the marketplace, possibly from many sellers.' })
@Entity('buyers')
export class Buyer {
  @Field(() => ID, { description: 'Unique ID.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "The retailer's company name." })
  @Column({ type: 'text' })
  companyName: string;

  @Field({ description: 'The person who places orders.' })
  @Column({ type: 'text' })
  contactName: string;

  @Field({ description: "The contact's email, where order emails go." })
  @Column({ type: 'text' })
  email: string;

  @Field(() => String, { nullable: true, description: "The contact's phone, when given." })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => PaymentMethod, { description: 'Payment method used for new orders.' })
  @Column({ type: 'text' })
  defaultPaymentMethod: PaymentMethod;

  @Column({ type: 'text', nullable: true })
  stripeCustomerId: string | null;

  @Column({ type: 'text', nullable: true })
  stripePaymentMethodId: string | null;

  @Field(() => String, { nullable: true, description: 'Brand of the card on file, e.g. "visa".' })
  @Column({ type: 'text', nullable: true })
  cardBrand: string | null;

  @Field(() => String, { nullable: true, description: 'Last four digits of the card on file.' })
  @Column({ type: 'char', length: 4, nullable: true })
  cardLast4: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
