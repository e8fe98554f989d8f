import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AcceptOrderDocument,
    "\n  subscription PaymentStatusChanged($invoiceId: ID) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      displayNumber\n      paymentStatus\n      order {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PaymentStatusChangedDocument,
    "\n  fragment SyncedOrder on Order {\n    id\n    number\n    version\n    status\n    paymentStatus\n    buyerName\n    updatedAt\n    total {\n      amount\n      currency\n    }\n    items {\n      id\n      sku\n      quantity\n    }\n  }\n": typeof types.SyncedOrderFragmentDoc,
    "\n  query ChangedOrders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter, sort: UPDATED_AT) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SyncedOrder\n        }\n      }\n    }\n  }\n": typeof types.ChangedOrdersDocument,
};
const documents: Documents = {
    "\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AcceptOrderDocument,
    "\n  subscription PaymentStatusChanged($invoiceId: ID) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      displayNumber\n      paymentStatus\n      order {\n        id\n        number\n      }\n    }\n  }\n": types.PaymentStatusChangedDocument,
    "\n  fragment SyncedOrder on Order {\n    id\n    number\n    version\n    status\n    paymentStatus\n    buyerName\n    updatedAt\n    total {\n      amount\n      currency\n    }\n    items {\n      id\n      sku\n      quantity\n    }\n  }\n": types.SyncedOrderFragmentDoc,
    "\n  query ChangedOrders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter, sort: UPDATED_AT) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SyncedOrder\n        }\n      }\n    }\n  }\n": types.ChangedOrdersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentStatusChanged($invoiceId: ID) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      displayNumber\n      paymentStatus\n      order {\n        id\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').PaymentStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyncedOrder on Order {\n    id\n    number\n    version\n    status\n    paymentStatus\n    buyerName\n    updatedAt\n    total {\n      amount\n      currency\n    }\n    items {\n      id\n      sku\n      quantity\n    }\n  }\n"): typeof import('./graphql').SyncedOrderFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangedOrders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter, sort: UPDATED_AT) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SyncedOrder\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChangedOrdersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
