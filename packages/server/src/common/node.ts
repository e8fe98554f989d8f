import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Anything fetchable by its ID alone (Relay's Node). The IDs are the rows' own UUIDs, unique across
 * the tables, so `node(id:)` takes the same ID as `order(id:)` or `invoice(id:)` (see nodes.resolver.ts).
 */
@InterfaceType({ description: 'An object with an ID, fetchable with node(id:) / nodes(ids:).' })
export abstract class Node {
  @Field(() => ID, { description: 'Unique ID (a UUID), the same that every other query takes.' })
  id: string;
}
