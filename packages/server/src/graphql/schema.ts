import path from 'node:path';
import { GraphQLSchema } from 'graphql';
import { buildSchema, emitSchemaDefinitionFile, getMetadataStorage, type PubSub } from 'type-graphql';
import { ApiKeyResolver } from '../api-keys/api-key.resolver';
import { DateTimeScalar } from './date-time-scalar';
import { leanResolvers } from './lean-resolvers';
import { AuthResolver } from '../auth/auth.resolver';
import { BuyersResolver } from '../buyers/buyers.resolver';
import { CatalogueResolver } from '../catalog/catalogue.resolver';
import { CreditNoteResolver } from '../credit-notes/credit-note.resolver';
import { CustomerChangesResolver } from '../customers/customer-changes.resolver';
import {
  BuyerCustomerResolver,
  CustomerResolver,
  CustomersResolver,
  OrderCustomerSuggestionsResolver,
} from '../customers/customers.resolver';
import { CustomerOrdersResolver } from '../orders/customer-orders.resolver';
import { InvoiceResolver } from '../invoices/invoice.resolver';
import { InvoicesResolver } from '../invoices/invoices.resolver';
import { OrderAdjustmentResolver } from '../orders/order-adjustment.resolver';
import { OrderNoteResolver } from '../orders/order-note.resolver';
import { AvailabilitySplitResolver } from '../orders/availability-split.resolver';
import { OrderReviewResolver } from '../orders/order-review.resolver';
import { RefundResolver } from '../refunds/refund.resolver';
import { InvoicePaymentResolver } from '../invoices/invoice-payment.resolver';
import { OrderSubscriptionResolver } from '../orders/order-subscription.resolver';
import { OrderItemResolver, OrderResolver } from '../orders/order.resolver';
import { OrdersResolver } from '../orders/orders.resolver';
import { SellerSettingsResolver } from '../sellers/seller-settings.resolver';
import { SellerUserResolver } from '../sellers/seller-user.resolver';
import { ShipmentResolver } from '../shipments/shipment.resolver';
import { TodayInvoicesResolver, TodayOrdersResolver, TodayResolver } from '../today/today.resolver';
import { WebhookResolver } from '../webhooks/webhook.resolver';
import { NodeResolver } from './node.resolver';

export const resolvers = [
  AuthResolver,
  SellerUserResolver,
  SellerSettingsResolver,
  ApiKeyResolver,
  OrdersResolver,
  OrderResolver,
  OrderItemResolver,
  BuyersResolver,
  CustomersResolver,
  CustomerResolver,
  CustomerOrdersResolver,
  CustomerChangesResolver,
  BuyerCustomerResolver,
  OrderCustomerSuggestionsResolver,
  OrderReviewResolver,
  AvailabilitySplitResolver,
  OrderSubscriptionResolver,
  ShipmentResolver,
  InvoiceResolver,
  InvoicesResolver,
  InvoicePaymentResolver,
  OrderAdjustmentResolver,
  OrderNoteResolver,
  CreditNoteResolver,
  RefundResolver,
  CatalogueResolver,
  WebhookResolver,
  TodayResolver,
  TodayOrdersResolver,
  TodayInvoicesResolver,
  NodeResolver,
] as const;

/** The checked-in contract partner apps and the dashboard's codegen read. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

/** type-graphql cannot describe the root types; the contract describes every type. */
const ROOT_DESCRIPTIONS = {
  query: "Reads of the seller's orders, invoices, customers and settings.",
  mutation: 'Changes: each answers the changed objects and typed userErrors for expected refusals.',
  subscription: 'Live changes over graphql-ws on the same /graphql URL.',
};

/**
 * The same schema with its types in the order the root types reach them: type-graphql lists an
 * interface's implementations (Node's) first, which would reorder the whole contract file.
 */
function inRootOrder(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const reached = Object.values(new GraphQLSchema({ ...config, types: [] }).getTypeMap());
  const names = new Set(reached.map((type) => type.name));
  return new GraphQLSchema({ ...config, types: [...reached, ...config.types.filter((type) => !names.has(type.name))] });
}

export async function createSchema(options: { pubSub: PubSub; emitSchemaFile?: boolean }): Promise<GraphQLSchema> {
  // simpleResolvers on every object type: with no middlewares, auth checker or field validation,
  // type-graphql's wrapper around each plain field only allocates per field and row.
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
  const schema = inRootOrder(
    await buildSchema({
      resolvers,
      pubSub: options.pubSub,
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      validate: false,
    }),
  );
  leanResolvers(schema, resolvers);
  schema.getQueryType()!.description = ROOT_DESCRIPTIONS.query;
  schema.getMutationType()!.description = ROOT_DESCRIPTIONS.mutation;
  schema.getSubscriptionType()!.description = ROOT_DESCRIPTIONS.subscription;
  if (options.emitSchemaFile) await emitSchemaDefinitionFile(SCHEMA_FILE, schema, { sortedSchema: false });
  return schema;
}
