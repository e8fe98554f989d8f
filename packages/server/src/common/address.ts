import { Column } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

/** A postal address, stored as columns embedded in the row that owns it (a snapshot, not a reference). */
@ObjectType({ description: 'A postal address as it was on the order.' })
export class Address {
  @Field({ description: 'Recipient or contact name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Company name, if any.' })
  @Column({ type: 'text', nullable: true })
  company: string | null;

  @Field({ description: 'Street address, first line.' })
  @Column({ type: 'text' })
  line1: string;

  @Field(() => String, { nullable: true, description: 'Street address, second line.' })
  @Column({ type: 'text', nullable: true })
  line2: string | null;

  @Field({ description: 'City or town.' })
  @Column({ type: 'text' })
  city: string;

  @Field(() => String, { nullable: true, description: 'State, province or region.' })
  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Field({ description: 'Postal or ZIP code.' })
  @Column({ type: 'text' })
  postalCode: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => String, { nullable: true, description: 'Phone number for the carrier.' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;
}
