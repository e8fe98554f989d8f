import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** The seller's business address (optional until the seller fills it in). */
@ObjectType({ description: "The seller's business address, printed on invoices; parts are null until set." })
export class SellerAddress {
  @Field(() => String, { nullable: true, description: 'Street address, first line.' })
  @Column({ type: 'text', nullable: true })
  line1: string | null;

  @Field(() => String, { nullable: true, description: 'Street address, second line.' })
  @Column({ type: 'text', nullable: true })
  line2: string | null;

  @Field(() => String, { nullable: true, description: 'City or town.' })
  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or region.' })
  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'Postal or ZIP code.' })
  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. "US".' })
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

  @Field(() => String, {
    nullable: true,
    description: 'Registered legal name printed on invoices and credit notes (the brand name when unset).',
  })
  @Column({ type: 'text', nullable: true })
  legalName: string | null;

  @Field(() => String, { nullable: true, description: 'Tax id (e.g. VAT or EIN) printed on invoices.' })
  @Column({ type: 'text', nullable: true })
  taxId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Where buyers' replies to the order emails go (Reply-To); the contact email when unset.",
  })
  @Column({ type: 'text', nullable: true })
  replyToEmail: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How terms customers pay, e.g. bank details; printed on terms invoices.',
  })
  @Column({ type: 'text', nullable: true })
  remitToInstructions: string | null;

  /** Business address printed on invoices; all parts null when not set. */
  @Field(() => SellerAddress, { description: 'Business address printed on invoices.' })
  @Column(() => SellerAddress, { prefix: 'address' })
  address: SellerAddress;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
