import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new customer record, made from the buyer of the order.' })
export class NewCustomerInput {
  @Field({ description: 'Customer name, usually the company.' })
  name: string;

  @Field({ description: 'Where invoices go.' })
  email: string;

  @Field(() => Int, { nullable: true, description: 'Payment terms in days (default 30; 0 = due on receipt).' })
  paymentTermsDays?: number | null;
}

@InputType({ description: 'How to link the buyer of an order to a customer: exactly one of the two.' })
export class CustomerChoiceInput {
  @Field(() => NewCustomerInput, { nullable: true, description: 'Create a new customer from the buyer.' })
  createNew?: NewCustomerInput | null;

  @Field(() => ID, { nullable: true, description: 'Associate the buyer with this existing customer.' })
  existingCustomerId?: string | null;
}

@InputType({ description: "Changes to one of the seller's customers; omitted fields stay as they are." })
export class UpdateCustomerInput {
  @Field(() => ID, { description: 'The customer to change.' })
  customerId: string;

  @Field(() => String, { nullable: true, description: 'Customer name, usually the company (200 characters at most).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Where invoices go (an email address).' })
  email?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Payment terms in days, 0 (due on receipt) to 365; invoices issued from now on use them.',
  })
  paymentTermsDays?: number | null;
}

@InputType({ description: 'A customer and a buyer who ordered from the seller, to link or unlink.' })
export class CustomerBuyerInput {
  @Field(() => ID, { description: "One of the seller's customers." })
  customerId: string;

  @Field(() => ID, { description: 'A buyer who has ordered from the seller (see the buyers query).' })
  buyerId: string;
}
