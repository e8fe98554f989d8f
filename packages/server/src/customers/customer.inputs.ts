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
