import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** The seller's business address (optional until the seller fills it in). */
export class SellerAddress {
  @Column({ type: 'text', nullable: true })
  line1: string | null;

  @Column({ type: 'text', nullable: true })
  line2: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;
}

@ObjectType({ description: 'A brand selling on the marketplace; every order belongs to one seller.' })
@Entity('sellers')
export class Seller {
  @Field(() => ID, { description: 'Unique ID.' })
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

  @Field(() => String, { nullable: true, description: 'Contact email printed on invoices.' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone printed on invoices.' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => Int, {
    description:
      'Business days (1..30) the seller has to accept an order after the day it was placed; weekends skipped.',
  })
  @Column({ type: 'integer', default: 2 })
  acceptWithinBusinessDays: number;

  @Field(() => Int, {
    description:
      'Business days (1..60) the seller has to ship an order after the day it was accepted; weekends skipped.',
  })
  @Column({ type: 'integer', default: 5 })
  shipWithinBusinessDays: number;

  @Field({
    description: 'IANA time zone, e.g. "America/New_York": business days, deadlines and "today" are counted in it.',
  })
  @Column({ type: 'text', default: 'America/New_York' })
  timeZone: string;

  @Field({ description: 'BCP 47 locale, e.g. "en-US": the dashboard formats dates, money and numbers with it.' })
  @Column({ type: 'text', default: 'en-US' })
  locale: string;

  /** Business address printed on invoices; all parts null when not set. */
  @Column(() => SellerAddress, { prefix: 'address' })
  address: SellerAddress;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
