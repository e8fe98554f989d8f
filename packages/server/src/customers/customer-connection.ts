import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { isId } from '../common/ids';
import { Customer } from './customer.entity';

@ObjectType({ description: 'A customer with its position in the list.' })
export class CustomerEdge {
  @Field({ description: 'Opaque position, for after.' })
  cursor: string;

  @Field(() => Customer, { description: 'The customer.' })
  node: Customer;
}

@ObjectType({ description: "A page of the seller's customers, by name." })
export class CustomerConnection {
  @Field(() => [CustomerEdge], { description: 'The page of customers, each with its cursor.' })
  edges: CustomerEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where they start.' })
  pageInfo: PageInfo;

  /** Counted only when asked for (see CustomerConnectionResolver). */
  countTotal: () => Promise<number>;
}

/** A keyset position in the customers list: (name, id). Opaque to clients. */
export type CustomerCursor = { name: string; id: string };

const TAG = 'customer';

export const encodeCustomerCursor = ({ name, id }: CustomerCursor): string =>
  Buffer.from(JSON.stringify([TAG, name, id])).toString('base64url');

/** The position a cursor names, or null when it is not a customers cursor. */
export function decodeCustomerCursor(cursor: string): CustomerCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== TAG) return null;
    const [, name, id] = parsed as unknown[];
    return typeof name === 'string' && typeof id === 'string' && isId(id) ? { name, id } : null;
  } catch {
    return null;
  }
}
