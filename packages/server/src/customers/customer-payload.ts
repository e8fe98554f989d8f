import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { Customer } from './customer.entity';

@ObjectType({ description: 'The customer after a change.' })
export class CustomerPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer as changed; null when refused.' })
  customer: Customer | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success); nothing changed then.' })
  userErrors: UserError[];
}
