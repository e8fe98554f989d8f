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
    "\n  query OrderCount {\n    orders {\n      totalCount\n    }\n  }\n": typeof types.OrderCountDocument,
    "\n  query PendingOrders {\n    orders(first: 100, filter: { status: PENDING }) {\n      edges {\n        node {\n          id\n          version\n          buyerName\n          paymentMethod\n          customer {\n            id\n          }\n          items {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n": typeof types.PendingOrdersDocument,
    "\n  mutation UpdateQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        version\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateQuantityDocument,
    "\n  query OrderTimeline($id: ID!) {\n    order(id: $id) {\n      status\n      events {\n        type\n      }\n    }\n  }\n": typeof types.OrderTimelineDocument,
    "\n  mutation ShipOrder($input: SaveShipmentInput!) {\n    saveShipment(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShipOrderDocument,
    "\n  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {\n    createInvoiceDraft(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateInvoiceDraftDocument,
    "\n  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {\n    confirmInvoice(input: $input) {\n      invoice {\n        paymentStatus\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ConfirmInvoiceDocument,
    "\n  subscription PaymentStatusChanged($invoiceId: ID) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      displayNumber\n      paymentStatus\n      order {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PaymentStatusChangedDocument,
    "\n  fragment SyncedOrder on Order {\n    id\n    number\n    version\n    status\n    paymentStatus\n    buyerName\n    updatedAt\n    total {\n      amount\n      currency\n    }\n    items {\n      id\n      sku\n      quantity\n    }\n  }\n": typeof types.SyncedOrderFragmentDoc,
    "\n  query ChangedOrders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter, sort: UPDATED_AT) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SyncedOrder\n        }\n      }\n    }\n  }\n": typeof types.ChangedOrdersDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
};
const documents: Documents = {
    "\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AcceptOrderDocument,
    "\n  query OrderCount {\n    orders {\n      totalCount\n    }\n  }\n": types.OrderCountDocument,
    "\n  query PendingOrders {\n    orders(first: 100, filter: { status: PENDING }) {\n      edges {\n        node {\n          id\n          version\n          buyerName\n          paymentMethod\n          customer {\n            id\n          }\n          items {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n": types.PendingOrdersDocument,
    "\n  mutation UpdateQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        version\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.UpdateQuantityDocument,
    "\n  query OrderTimeline($id: ID!) {\n    order(id: $id) {\n      status\n      events {\n        type\n      }\n    }\n  }\n": types.OrderTimelineDocument,
    "\n  mutation ShipOrder($input: SaveShipmentInput!) {\n    saveShipment(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ShipOrderDocument,
    "\n  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {\n    createInvoiceDraft(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CreateInvoiceDraftDocument,
    "\n  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {\n    confirmInvoice(input: $input) {\n      invoice {\n        paymentStatus\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ConfirmInvoiceDocument,
    "\n  subscription PaymentStatusChanged($invoiceId: ID) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      displayNumber\n      paymentStatus\n      order {\n        id\n        number\n      }\n    }\n  }\n": types.PaymentStatusChangedDocument,
    "\n  fragment SyncedOrder on Order {\n    id\n    number\n    version\n    status\n    paymentStatus\n    buyerName\n    updatedAt\n    total {\n      amount\n      currency\n    }\n    items {\n      id\n      sku\n      quantity\n    }\n  }\n": types.SyncedOrderFragmentDoc,
    "\n  query ChangedOrders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter, sort: UPDATED_AT) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SyncedOrder\n        }\n      }\n    }\n  }\n": types.ChangedOrdersDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderCount {\n    orders {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').OrderCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingOrders {\n    orders(first: 100, filter: { status: PENDING }) {\n      edges {\n        node {\n          id\n          version\n          buyerName\n          paymentMethod\n          customer {\n            id\n          }\n          items {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PendingOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        version\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateQuantityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderTimeline($id: ID!) {\n    order(id: $id) {\n      status\n      events {\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').OrderTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipOrder($input: SaveShipmentInput!) {\n    saveShipment(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ShipOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {\n    createInvoiceDraft(input: $input) {\n      invoice {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateInvoiceDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {\n    confirmInvoice(input: $input) {\n      invoice {\n        paymentStatus\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmInvoiceDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWebhookEndpointDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
