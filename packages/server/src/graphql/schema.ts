import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver';
import { BuyersResolver } from '../buyers/buyers.resolver';
import { OrderConnectionResolver, OrderItemResolver, OrderResolver } from '../orders/order.resolver';
import { OrdersResolver } from '../orders/orders.resolver';
import { SellerUserResolver } from '../sellers/seller-user.resolver';

export const resolvers = [
  AuthResolver,
  SellerUserResolver,
  OrdersResolver,
  OrderResolver,
  OrderItemResolver,
  OrderConnectionResolver,
  BuyersResolver,
] as const;

/** The checked-in contract partner apps and the dashboard's codegen read. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export function createSchema(options: { emitSchemaFile?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: false,
    emitSchemaFile: options.emitSchemaFile ? { path: SCHEMA_FILE, sortedSchema: false } : false,
  });
}
