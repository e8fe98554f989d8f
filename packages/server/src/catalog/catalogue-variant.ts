import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../common/money';

@ObjectType({ description: "A product variant of the seller's catalogue, as Edit Order offers it." })
export class CatalogueVariant {
  @Field(() => ID, { description: 'The variant ID (what NewOrderItemInput.variantId takes).' })
  id: string;

  @Field({ description: 'The SKU.' })
  sku: string;

  @Field({ description: 'Product name.' })
  productName: string;

  @Field(() => String, { nullable: true, description: 'Variant name (size, colour, pack).' })
  variantName: string | null;

  @Field(() => Money, { description: 'Wholesale unit price.' })
  unitPrice: Money;

  @Field(() => Int, { description: 'Stock on hand now.' })
  stockOnHand: number;
}
