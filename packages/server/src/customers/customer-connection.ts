import { ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection';
import { Customer } from './customer.entity';

@ObjectType({ description: "A page of the seller's customers, by name." })
export class CustomerConnection extends connectionOf(Customer, 'CustomerEdge', {
  edge: 'A customer with its position in the list.',
  node: 'The customer.',
  edges: 'The page of customers, each with its cursor.',
  totalCount: 'All customers matching the search, across pages.',
}) {}
