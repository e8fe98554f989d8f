/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment AppLayout_user on SellerUser {\n    id\n    name\n    email\n    role\n    seller {\n      id\n      name\n    }\n  }\n": typeof types.AppLayout_UserFragmentDoc,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      ...AppLayout_user\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query AcceptOrderCustomerDialog($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      buyer {\n        id\n        companyName\n        contactName\n        email\n      }\n      customerSuggestions {\n        id\n        name\n        email\n        paymentTermsLabel\n      }\n    }\n  }\n": typeof types.AcceptOrderCustomerDialogDocument,
    "\n  query CustomerPicker($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      email\n      paymentTermsLabel\n    }\n  }\n": typeof types.CustomerPickerDocument,
    "\n  fragment ShipmentSummary_shipment on Shipment {\n    id\n    carrier\n    service\n    trackingNumbers\n    shippedOn\n    cost {\n      amount\n      currency\n    }\n  }\n": typeof types.ShipmentSummary_ShipmentFragmentDoc,
    "\n  fragment InvoiceSummary_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    total {\n      amount\n      currency\n    }\n    dueOn\n    issuedAt\n  }\n": typeof types.InvoiceSummary_InvoiceFragmentDoc,
    "\n  fragment AddressCard_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n    phone\n  }\n": typeof types.AddressCard_AddressFragmentDoc,
    "\n  fragment OrderAddresses_order on Order {\n    id\n    shippingAddress {\n      ...AddressCard_address\n    }\n    billingAddress {\n      ...AddressCard_address\n    }\n  }\n": typeof types.OrderAddresses_OrderFragmentDoc,
    "\n  fragment OrderDetailsPage_order on Order {\n    id\n    number\n    status\n    paymentStatus\n    version\n    availableActions\n    buyer {\n      id\n      companyName\n    }\n    items {\n      id\n      sku\n      productName\n      variantName\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    ...OrderInformation_order\n    ...OrderAddresses_order\n    ...OrderItems_order\n    ...OrderTimeline_order\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      ...InvoiceSummary_invoice\n    }\n  }\n": typeof types.OrderDetailsPage_OrderFragmentDoc,
    "\n  query OrderDetailsPage($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailsPage_order\n    }\n    mailCatcherUrl\n  }\n": typeof types.OrderDetailsPageDocument,
    "\n  subscription OrderDetailsOrderChanged($orderId: ID!) {\n    orderChanged(orderId: $orderId) {\n      id\n      ...OrderDetailsPage_order\n    }\n  }\n": typeof types.OrderDetailsOrderChangedDocument,
    "\n  fragment OrderInformation_order on Order {\n    id\n    number\n    status\n    placedAt\n    acceptedAt\n    rejectedAt\n    cancelledAt\n    rejectionReason\n    rejectionMessage\n    paymentMethod\n    buyerNote\n    customer {\n      id\n      name\n      paymentTermsLabel\n    }\n    buyer {\n      id\n      companyName\n      contactName\n      email\n      phone\n    }\n    parentOrder {\n      id\n      number\n    }\n    splitOrders {\n      id\n      number\n    }\n  }\n": typeof types.OrderInformation_OrderFragmentDoc,
    "\n  fragment OrderItems_order on Order {\n    id\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n  }\n": typeof types.OrderItems_OrderFragmentDoc,
    "\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      id\n      type\n      summary\n      data\n      createdAt\n      actor {\n        type\n        name\n      }\n    }\n  }\n": typeof types.OrderTimeline_OrderFragmentDoc,
    "\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      newOrder {\n        id\n        number\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SplitOrderDocument,
    "\n  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      orderItem {\n        id\n        quantity\n        lineTotal {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateOrderItemQuantityDocument,
    "\n  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {\n    removeOrderItem(input: $input) {\n      order {\n        id\n        version\n        ...OrderDetailsPage_order\n      }\n      removedOrderItemId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemoveOrderItemDocument,
    "\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      customer {\n        id\n        name\n        email\n        paymentTermsDays\n        paymentTermsLabel\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AcceptOrderDocument,
    "\n  mutation RejectOrder($input: RejectOrderInput!) {\n    rejectOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RejectOrderDocument,
    "\n  query BuyerSelect($search: String, $first: Int) {\n    buyers(search: $search, first: $first) {\n      id\n      companyName\n      contactName\n    }\n  }\n": typeof types.BuyerSelectDocument,
    "\n  fragment OrderStatusTabs_counts on OrderStatusCounts {\n    all\n    byStatus {\n      status\n      count\n    }\n  }\n": typeof types.OrderStatusTabs_CountsFragmentDoc,
    "\n  query OrdersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrderFilter\n    $countsFilter: OrderFilter\n    $withCounts: Boolean!\n  ) {\n    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          buyer {\n            id\n            companyName\n          }\n          ...OrdersTable_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {\n      ...OrderStatusTabs_counts\n    }\n  }\n": typeof types.OrdersPageDocument,
    "\n  subscription OrdersPageOrderChanged {\n    orderChanged {\n      id\n      ...OrdersTable_order\n    }\n  }\n": typeof types.OrdersPageOrderChangedDocument,
    "\n  fragment OrdersTable_order on Order {\n    id\n    number\n    placedAt\n    status\n    paymentStatus\n    itemCount\n    buyerName\n    buyer {\n      id\n      contactName\n    }\n    total {\n      amount\n      currency\n    }\n    invoice {\n      id\n      displayNumber\n      status\n    }\n  }\n": typeof types.OrdersTable_OrderFragmentDoc,
    "\n  query SettingsPage {\n    me {\n      id\n      role\n      seller {\n        id\n        name\n        buyerAccessRequiresApproval\n      }\n    }\n  }\n": typeof types.SettingsPageDocument,
    "\n  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        buyerAccessRequiresApproval\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateSellerSettingsDocument,
};
const documents: Documents = {
    "\n  fragment AppLayout_user on SellerUser {\n    id\n    name\n    email\n    role\n    seller {\n      id\n      name\n    }\n  }\n": types.AppLayout_UserFragmentDoc,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      ...AppLayout_user\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query AcceptOrderCustomerDialog($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      buyer {\n        id\n        companyName\n        contactName\n        email\n      }\n      customerSuggestions {\n        id\n        name\n        email\n        paymentTermsLabel\n      }\n    }\n  }\n": types.AcceptOrderCustomerDialogDocument,
    "\n  query CustomerPicker($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      email\n      paymentTermsLabel\n    }\n  }\n": types.CustomerPickerDocument,
    "\n  fragment ShipmentSummary_shipment on Shipment {\n    id\n    carrier\n    service\n    trackingNumbers\n    shippedOn\n    cost {\n      amount\n      currency\n    }\n  }\n": types.ShipmentSummary_ShipmentFragmentDoc,
    "\n  fragment InvoiceSummary_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    total {\n      amount\n      currency\n    }\n    dueOn\n    issuedAt\n  }\n": types.InvoiceSummary_InvoiceFragmentDoc,
    "\n  fragment AddressCard_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n    phone\n  }\n": types.AddressCard_AddressFragmentDoc,
    "\n  fragment OrderAddresses_order on Order {\n    id\n    shippingAddress {\n      ...AddressCard_address\n    }\n    billingAddress {\n      ...AddressCard_address\n    }\n  }\n": types.OrderAddresses_OrderFragmentDoc,
    "\n  fragment OrderDetailsPage_order on Order {\n    id\n    number\n    status\n    paymentStatus\n    version\n    availableActions\n    buyer {\n      id\n      companyName\n    }\n    items {\n      id\n      sku\n      productName\n      variantName\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    ...OrderInformation_order\n    ...OrderAddresses_order\n    ...OrderItems_order\n    ...OrderTimeline_order\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      ...InvoiceSummary_invoice\n    }\n  }\n": types.OrderDetailsPage_OrderFragmentDoc,
    "\n  query OrderDetailsPage($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailsPage_order\n    }\n    mailCatcherUrl\n  }\n": types.OrderDetailsPageDocument,
    "\n  subscription OrderDetailsOrderChanged($orderId: ID!) {\n    orderChanged(orderId: $orderId) {\n      id\n      ...OrderDetailsPage_order\n    }\n  }\n": types.OrderDetailsOrderChangedDocument,
    "\n  fragment OrderInformation_order on Order {\n    id\n    number\n    status\n    placedAt\n    acceptedAt\n    rejectedAt\n    cancelledAt\n    rejectionReason\n    rejectionMessage\n    paymentMethod\n    buyerNote\n    customer {\n      id\n      name\n      paymentTermsLabel\n    }\n    buyer {\n      id\n      companyName\n      contactName\n      email\n      phone\n    }\n    parentOrder {\n      id\n      number\n    }\n    splitOrders {\n      id\n      number\n    }\n  }\n": types.OrderInformation_OrderFragmentDoc,
    "\n  fragment OrderItems_order on Order {\n    id\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n  }\n": types.OrderItems_OrderFragmentDoc,
    "\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      id\n      type\n      summary\n      data\n      createdAt\n      actor {\n        type\n        name\n      }\n    }\n  }\n": types.OrderTimeline_OrderFragmentDoc,
    "\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      newOrder {\n        id\n        number\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SplitOrderDocument,
    "\n  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      orderItem {\n        id\n        quantity\n        lineTotal {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateOrderItemQuantityDocument,
    "\n  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {\n    removeOrderItem(input: $input) {\n      order {\n        id\n        version\n        ...OrderDetailsPage_order\n      }\n      removedOrderItemId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RemoveOrderItemDocument,
    "\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      customer {\n        id\n        name\n        email\n        paymentTermsDays\n        paymentTermsLabel\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AcceptOrderDocument,
    "\n  mutation RejectOrder($input: RejectOrderInput!) {\n    rejectOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RejectOrderDocument,
    "\n  query BuyerSelect($search: String, $first: Int) {\n    buyers(search: $search, first: $first) {\n      id\n      companyName\n      contactName\n    }\n  }\n": types.BuyerSelectDocument,
    "\n  fragment OrderStatusTabs_counts on OrderStatusCounts {\n    all\n    byStatus {\n      status\n      count\n    }\n  }\n": types.OrderStatusTabs_CountsFragmentDoc,
    "\n  query OrdersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrderFilter\n    $countsFilter: OrderFilter\n    $withCounts: Boolean!\n  ) {\n    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          buyer {\n            id\n            companyName\n          }\n          ...OrdersTable_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {\n      ...OrderStatusTabs_counts\n    }\n  }\n": types.OrdersPageDocument,
    "\n  subscription OrdersPageOrderChanged {\n    orderChanged {\n      id\n      ...OrdersTable_order\n    }\n  }\n": types.OrdersPageOrderChangedDocument,
    "\n  fragment OrdersTable_order on Order {\n    id\n    number\n    placedAt\n    status\n    paymentStatus\n    itemCount\n    buyerName\n    buyer {\n      id\n      contactName\n    }\n    total {\n      amount\n      currency\n    }\n    invoice {\n      id\n      displayNumber\n      status\n    }\n  }\n": types.OrdersTable_OrderFragmentDoc,
    "\n  query SettingsPage {\n    me {\n      id\n      role\n      seller {\n        id\n        name\n        buyerAccessRequiresApproval\n      }\n    }\n  }\n": types.SettingsPageDocument,
    "\n  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        buyerAccessRequiresApproval\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateSellerSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppLayout_user on SellerUser {\n    id\n    name\n    email\n    role\n    seller {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AppLayout_user on SellerUser {\n    id\n    name\n    email\n    role\n    seller {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      ...AppLayout_user\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      ...AppLayout_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptOrderCustomerDialog($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      buyer {\n        id\n        companyName\n        contactName\n        email\n      }\n      customerSuggestions {\n        id\n        name\n        email\n        paymentTermsLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query AcceptOrderCustomerDialog($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      buyer {\n        id\n        companyName\n        contactName\n        email\n      }\n      customerSuggestions {\n        id\n        name\n        email\n        paymentTermsLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPicker($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      email\n      paymentTermsLabel\n    }\n  }\n"): (typeof documents)["\n  query CustomerPicker($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      email\n      paymentTermsLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShipmentSummary_shipment on Shipment {\n    id\n    carrier\n    service\n    trackingNumbers\n    shippedOn\n    cost {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment ShipmentSummary_shipment on Shipment {\n    id\n    carrier\n    service\n    trackingNumbers\n    shippedOn\n    cost {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceSummary_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    total {\n      amount\n      currency\n    }\n    dueOn\n    issuedAt\n  }\n"): (typeof documents)["\n  fragment InvoiceSummary_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    total {\n      amount\n      currency\n    }\n    dueOn\n    issuedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AddressCard_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n    phone\n  }\n"): (typeof documents)["\n  fragment AddressCard_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderAddresses_order on Order {\n    id\n    shippingAddress {\n      ...AddressCard_address\n    }\n    billingAddress {\n      ...AddressCard_address\n    }\n  }\n"): (typeof documents)["\n  fragment OrderAddresses_order on Order {\n    id\n    shippingAddress {\n      ...AddressCard_address\n    }\n    billingAddress {\n      ...AddressCard_address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDetailsPage_order on Order {\n    id\n    number\n    status\n    paymentStatus\n    version\n    availableActions\n    buyer {\n      id\n      companyName\n    }\n    items {\n      id\n      sku\n      productName\n      variantName\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    ...OrderInformation_order\n    ...OrderAddresses_order\n    ...OrderItems_order\n    ...OrderTimeline_order\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      ...InvoiceSummary_invoice\n    }\n  }\n"): (typeof documents)["\n  fragment OrderDetailsPage_order on Order {\n    id\n    number\n    status\n    paymentStatus\n    version\n    availableActions\n    buyer {\n      id\n      companyName\n    }\n    items {\n      id\n      sku\n      productName\n      variantName\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    ...OrderInformation_order\n    ...OrderAddresses_order\n    ...OrderItems_order\n    ...OrderTimeline_order\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      ...InvoiceSummary_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetailsPage($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailsPage_order\n    }\n    mailCatcherUrl\n  }\n"): (typeof documents)["\n  query OrderDetailsPage($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailsPage_order\n    }\n    mailCatcherUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderDetailsOrderChanged($orderId: ID!) {\n    orderChanged(orderId: $orderId) {\n      id\n      ...OrderDetailsPage_order\n    }\n  }\n"): (typeof documents)["\n  subscription OrderDetailsOrderChanged($orderId: ID!) {\n    orderChanged(orderId: $orderId) {\n      id\n      ...OrderDetailsPage_order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderInformation_order on Order {\n    id\n    number\n    status\n    placedAt\n    acceptedAt\n    rejectedAt\n    cancelledAt\n    rejectionReason\n    rejectionMessage\n    paymentMethod\n    buyerNote\n    customer {\n      id\n      name\n      paymentTermsLabel\n    }\n    buyer {\n      id\n      companyName\n      contactName\n      email\n      phone\n    }\n    parentOrder {\n      id\n      number\n    }\n    splitOrders {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment OrderInformation_order on Order {\n    id\n    number\n    status\n    placedAt\n    acceptedAt\n    rejectedAt\n    cancelledAt\n    rejectionReason\n    rejectionMessage\n    paymentMethod\n    buyerNote\n    customer {\n      id\n      name\n      paymentTermsLabel\n    }\n    buyer {\n      id\n      companyName\n      contactName\n      email\n      phone\n    }\n    parentOrder {\n      id\n      number\n    }\n    splitOrders {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderItems_order on Order {\n    id\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment OrderItems_order on Order {\n    id\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      id\n      type\n      summary\n      data\n      createdAt\n      actor {\n        type\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      id\n      type\n      summary\n      data\n      createdAt\n      actor {\n        type\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      newOrder {\n        id\n        number\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      newOrder {\n        id\n        number\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      orderItem {\n        id\n        quantity\n        lineTotal {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      orderItem {\n        id\n        quantity\n        lineTotal {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {\n    removeOrderItem(input: $input) {\n      order {\n        id\n        version\n        ...OrderDetailsPage_order\n      }\n      removedOrderItemId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {\n    removeOrderItem(input: $input) {\n      order {\n        id\n        version\n        ...OrderDetailsPage_order\n      }\n      removedOrderItemId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      customer {\n        id\n        name\n        email\n        paymentTermsDays\n        paymentTermsLabel\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      customer {\n        id\n        name\n        email\n        paymentTermsDays\n        paymentTermsLabel\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOrder($input: RejectOrderInput!) {\n    rejectOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectOrder($input: RejectOrderInput!) {\n    rejectOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerSelect($search: String, $first: Int) {\n    buyers(search: $search, first: $first) {\n      id\n      companyName\n      contactName\n    }\n  }\n"): (typeof documents)["\n  query BuyerSelect($search: String, $first: Int) {\n    buyers(search: $search, first: $first) {\n      id\n      companyName\n      contactName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderStatusTabs_counts on OrderStatusCounts {\n    all\n    byStatus {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment OrderStatusTabs_counts on OrderStatusCounts {\n    all\n    byStatus {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrderFilter\n    $countsFilter: OrderFilter\n    $withCounts: Boolean!\n  ) {\n    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          buyer {\n            id\n            companyName\n          }\n          ...OrdersTable_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {\n      ...OrderStatusTabs_counts\n    }\n  }\n"): (typeof documents)["\n  query OrdersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrderFilter\n    $countsFilter: OrderFilter\n    $withCounts: Boolean!\n  ) {\n    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          buyer {\n            id\n            companyName\n          }\n          ...OrdersTable_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {\n      ...OrderStatusTabs_counts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrdersPageOrderChanged {\n    orderChanged {\n      id\n      ...OrdersTable_order\n    }\n  }\n"): (typeof documents)["\n  subscription OrdersPageOrderChanged {\n    orderChanged {\n      id\n      ...OrdersTable_order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrdersTable_order on Order {\n    id\n    number\n    placedAt\n    status\n    paymentStatus\n    itemCount\n    buyerName\n    buyer {\n      id\n      contactName\n    }\n    total {\n      amount\n      currency\n    }\n    invoice {\n      id\n      displayNumber\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment OrdersTable_order on Order {\n    id\n    number\n    placedAt\n    status\n    paymentStatus\n    itemCount\n    buyerName\n    buyer {\n      id\n      contactName\n    }\n    total {\n      amount\n      currency\n    }\n    invoice {\n      id\n      displayNumber\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage {\n    me {\n      id\n      role\n      seller {\n        id\n        name\n        buyerAccessRequiresApproval\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsPage {\n    me {\n      id\n      role\n      seller {\n        id\n        name\n        buyerAccessRequiresApproval\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        buyerAccessRequiresApproval\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        buyerAccessRequiresApproval\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;