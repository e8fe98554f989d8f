import { ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection';
import { CatalogueVariant } from './catalogue-variant';

@ObjectType({ description: "A page of the seller's product variants, by product name." })
export class CatalogueVariantConnection extends connectionOf(CatalogueVariant, 'CatalogueVariantEdge', {
  edge: 'A product variant with its position in the list.',
  node: 'The product variant.',
  edges: 'The page of product variants, each with its cursor.',
  totalCount: 'All product variants matching the search, across pages.',
}) {}
