import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema, type PubSub } from 'type-graphql';
import { ApiKeyResolver } from '../api-keys/api-key.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { BuyersResolver } from '../buyers/buyers.resolver';
import { CustomersResolver, OrderCustomerSuggestionsResolver } from '../customers/customers.resolver';
import { InvoiceResolver } from '../invoices/invoice.resolver';
import { OrderReviewResolver } from '../orders/order-review.resolver';
import { InvoicePaymentResolver } from '../payments/payment.resolver';
import { OrderSubscriptionResolver } from '../orders/order-subscription.resolver';
import { OrderConnectionResolver, OrderItemResolver, OrderResolver } from '../orders/order.resolver';
import { OrdersResolver } from '../orders/orders.resolver';
import { SellerSettingsResolver } from '../sellers/seller-settings.resolver';
import { SellerUserResolver } from '../sellers/seller-user.resolver';
import { ShipmentResolver } from '../shipments/shipment.resolver';

export const resolvers = [
  AuthResolver,
  SellerUserResolver,
  SellerSettingsResolver,
  ApiKeyResolver,
  OrdersResolver,
  OrderResolver,
  OrderItemResolver,
  OrderConnectionResolver,
  BuyersResolver,
  CustomersResolver,
  OrderCustomerSuggestionsResolver,
  OrderReviewResolver,
  OrderSubscriptionResolver,
  ShipmentResolver,
  InvoiceResolver,
  InvoicePaymentResolver,
] as const;

/** The checked-in contract partner apps and the dashboard's codegen read. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export function createSchema(options: { pubSub: PubSub; emitSchemaFile?: boolean }): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub: options.pubSub,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: false,
    emitSchemaFile: options.emitSchemaFile ? { path: SCHEMA_FILE, sortedSchema: false } : false,
  });
}
