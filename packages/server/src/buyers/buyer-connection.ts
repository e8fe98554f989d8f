import { ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection';
import { Buyer } from './buyer.entity';

@ObjectType({ description: 'A page of the buyers who have ordered from the seller, by company name.' })
export class BuyerConnection extends connectionOf(Buyer, 'BuyerEdge', {
  edge: 'A buyer with its position in the list.',
  node: 'The buyer.',
  edges: 'The page of buyers, each with its cursor.',
  totalCount: 'All buyers matching the search, across pages.',
}) {}
