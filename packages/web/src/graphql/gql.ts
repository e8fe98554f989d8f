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
  '\n  fragment AppLayout_user on SellerUser {\n    id\n    name\n    email\n    role\n    seller {\n      id\n      name\n      locale\n      timeZone\n    }\n  }\n': typeof types.AppLayout_UserFragmentDoc;
  '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  subscription LiveOrderPlaced {\n    orderPlaced {\n      id\n      number\n      buyerName\n      total {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.LiveOrderPlacedDocument;
  '\n  subscription LivePaymentChanged {\n    invoicePaymentStatusChanged {\n      id\n      displayNumber\n      paymentStatus\n      total {\n        amount\n        currency\n      }\n      order {\n        id\n        number\n        buyerName\n      }\n    }\n  }\n': typeof types.LivePaymentChangedDocument;
  '\n  query CurrentUser {\n    me {\n      id\n      ...AppLayout_user\n    }\n  }\n': typeof types.CurrentUserDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  fragment CreditNoteDocument_creditNote on CreditNote {\n    id\n    document {\n      number\n      issueDate\n      invoiceNumber\n      reason\n      paymentMethod\n      seller {\n        ...DocumentSheet_party\n      }\n      billTo\n      buyerContact\n      billingAddress {\n        ...DocumentSheet_address\n      }\n      shippingAddress {\n        ...DocumentSheet_address\n      }\n      orderNumber\n      orderDate\n      lines {\n        ...DocumentSheet_line\n      }\n      subtotal {\n        amount\n        currency\n      }\n      shipping {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.CreditNoteDocument_CreditNoteFragmentDoc;
  '\n  fragment CreditNoteList_creditNote on CreditNote {\n    id\n    displayNumber\n    reason\n    issuedAt\n    pdfUrl\n    total {\n      amount\n      currency\n    }\n  }\n': typeof types.CreditNoteList_CreditNoteFragmentDoc;
  '\n  query CreditNotePage($id: ID!) {\n    creditNote(id: $id) {\n      id\n      displayNumber\n      pdfUrl\n      order {\n        id\n        number\n      }\n      ...CreditNoteDocument_creditNote\n    }\n  }\n': typeof types.CreditNotePageDocument;
  '\n  fragment DocumentSheet_party on InvoiceParty {\n    name\n    email\n    phone\n    addressLines\n  }\n': typeof types.DocumentSheet_PartyFragmentDoc;
  '\n  fragment DocumentSheet_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n': typeof types.DocumentSheet_AddressFragmentDoc;
  '\n  fragment DocumentSheet_line on InvoiceLine {\n    sku\n    description\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    lineTotal {\n      amount\n      currency\n    }\n  }\n': typeof types.DocumentSheet_LineFragmentDoc;
  '\n  fragment InvoiceDocument_invoice on Invoice {\n    id\n    status\n    voidReason\n    document {\n      number\n      issueDate\n      dueDate\n      paymentMethod\n      paymentTerms\n      supplementary\n      seller {\n        ...DocumentSheet_party\n      }\n      billTo\n      buyerContact\n      billingAddress {\n        ...DocumentSheet_address\n      }\n      shippingAddress {\n        ...DocumentSheet_address\n      }\n      orderNumber\n      orderDate\n      lines {\n        ...DocumentSheet_line\n      }\n      shipment {\n        carrier\n        service\n        trackingNumbers\n        shippedOn\n      }\n      subtotal {\n        amount\n        currency\n      }\n      shipping {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.InvoiceDocument_InvoiceFragmentDoc;
  '\n  fragment InvoicePage_invoice on Invoice {\n    id\n    status\n    number\n    displayNumber\n    paymentStatus\n    paymentMethod\n    issuedAt\n    pdfUrl\n    voidReason\n    creditNotes {\n      id\n      ...CreditNoteList_creditNote\n    }\n    document {\n      number\n      billTo\n    }\n    order {\n      id\n      number\n      version\n    }\n    ...InvoiceDocument_invoice\n    ...InvoicePaymentSection_invoice\n  }\n': typeof types.InvoicePage_InvoiceFragmentDoc;
  '\n  query InvoicePage($id: ID!) {\n    invoice(id: $id) {\n      id\n      ...InvoicePage_invoice\n    }\n  }\n': typeof types.InvoicePageDocument;
  '\n  subscription InvoicePagePaymentChanged($invoiceId: ID!) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      ...InvoicePage_invoice\n    }\n  }\n': typeof types.InvoicePagePaymentChangedDocument;
  '\n  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {\n    createInvoiceDraft(input: $input) {\n      invoice {\n        id\n        status\n      }\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreateInvoiceDraftDocument;
  '\n  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {\n    confirmInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConfirmInvoiceDocument;
  '\n  fragment DeadlineBadge_deadline on OrderDeadline {\n    kind\n    dueAt\n    status\n  }\n': typeof types.DeadlineBadge_DeadlineFragmentDoc;
  '\n  query AcceptOrderCustomerDialog($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      buyer {\n        id\n        companyName\n        contactName\n        email\n      }\n      customerSuggestions {\n        id\n        name\n        email\n        paymentTermsLabel\n      }\n    }\n  }\n': typeof types.AcceptOrderCustomerDialogDocument;
  '\n  query CustomerPicker($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      email\n      paymentTermsLabel\n    }\n  }\n': typeof types.CustomerPickerDocument;
  '\n  mutation AddOrderNote($input: AddOrderNoteInput!) {\n    addOrderNote(input: $input) {\n      order {\n        id\n        ...OrderTimeline_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AddOrderNoteDocument;
  '\n  query CatalogueVariantSelect($search: String, $first: Int!) {\n    catalogueVariants(search: $search, first: $first) {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n  }\n': typeof types.CatalogueVariantSelectDocument;
  '\n  fragment CreditNotesAndRefunds_order on Order {\n    id\n    creditNotes {\n      id\n      ...CreditNoteList_creditNote\n    }\n    refunds {\n      id\n      ...RefundList_refund\n    }\n  }\n': typeof types.CreditNotesAndRefunds_OrderFragmentDoc;
  '\n  fragment ShipmentSummary_shipment on Shipment {\n    id\n    carrier\n    service\n    trackingNumbers\n    shippedOn\n    cost {\n      amount\n      currency\n    }\n  }\n': typeof types.ShipmentSummary_ShipmentFragmentDoc;
  '\n  fragment InvoiceSummary_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    paymentMethod\n    total {\n      amount\n      currency\n    }\n    dueOn\n    overdue\n    issuedAt\n    payments {\n      id\n      status\n      failureMessage\n    }\n  }\n': typeof types.InvoiceSummary_InvoiceFragmentDoc;
  '\n  fragment AddressCard_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n    phone\n  }\n': typeof types.AddressCard_AddressFragmentDoc;
  '\n  fragment OrderAddresses_order on Order {\n    id\n    shippingAddress {\n      ...AddressCard_address\n    }\n    billingAddress {\n      ...AddressCard_address\n    }\n  }\n': typeof types.OrderAddresses_OrderFragmentDoc;
  '\n  fragment OrderDetailsPage_order on Order {\n    id\n    number\n    status\n    paymentStatus\n    version\n    availableActions\n    buyer {\n      id\n      companyName\n    }\n    items {\n      id\n      sku\n      productName\n      variantName\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    ...OrderInformation_order\n    ...OrderAddresses_order\n    ...OrderItems_order\n    ...OrderTimeline_order\n    ...OrderItemsEditor_order\n    ...OrderInvoices_order\n    ...CreditNotesAndRefunds_order\n    amountToInvoice {\n      amount\n      currency\n    }\n    refunds {\n      id\n      status\n    }\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      ...InvoiceSummary_invoice\n    }\n    ...ShippingTab_order\n  }\n': typeof types.OrderDetailsPage_OrderFragmentDoc;
  '\n  query OrderDetailsPage($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailsPage_order\n    }\n    mailCatcherUrl\n  }\n': typeof types.OrderDetailsPageDocument;
  '\n  subscription OrderDetailsOrderChanged($orderId: ID!) {\n    orderChanged(orderId: $orderId) {\n      id\n      ...OrderDetailsPage_order\n    }\n  }\n': typeof types.OrderDetailsOrderChangedDocument;
  '\n  fragment OrderInformation_order on Order {\n    id\n    number\n    status\n    placedAt\n    acceptedAt\n    rejectedAt\n    cancelledAt\n    rejectionReason\n    rejectionMessage\n    cancellationReason\n    cancellationMessage\n    restocked\n    paymentMethod\n    buyerNote\n    customer {\n      id\n      name\n      paymentTermsLabel\n    }\n    buyer {\n      id\n      companyName\n      contactName\n      email\n      phone\n    }\n    parentOrder {\n      id\n      number\n    }\n    splitOrders {\n      id\n      number\n    }\n  }\n': typeof types.OrderInformation_OrderFragmentDoc;
  '\n  fragment OrderInvoices_order on Order {\n    id\n    invoice {\n      id\n      status\n    }\n    invoices {\n      id\n      displayNumber\n      status\n      voidReason\n      total {\n        amount\n        currency\n      }\n      document {\n        supplementary\n      }\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n': typeof types.OrderInvoices_OrderFragmentDoc;
  '\n  fragment OrderItems_order on Order {\n    id\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n  }\n': typeof types.OrderItems_OrderFragmentDoc;
  '\n  fragment OrderItemsEditor_order on Order {\n    id\n    number\n    version\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n    }\n    shipping {\n      amount\n      currency\n    }\n  }\n': typeof types.OrderItemsEditor_OrderFragmentDoc;
  '\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      id\n      type\n      summary\n      data\n      createdAt\n      actor {\n        type\n        name\n      }\n    }\n  }\n': typeof types.OrderTimeline_OrderFragmentDoc;
  '\n  fragment OrderAdjustmentSummary_adjustment on OrderAdjustment {\n    committed\n    changes\n    lines {\n      sku\n      description\n      unitPrice {\n        amount\n        currency\n      }\n      quantityBefore\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    totalBefore {\n      amount\n      currency\n    }\n    totalAfter {\n      amount\n      currency\n    }\n    voidedInvoiceNumbers\n    creditNote {\n      number\n      total {\n        amount\n        currency\n      }\n    }\n    refunds {\n      method\n      amount {\n        amount\n        currency\n      }\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n': typeof types.OrderAdjustmentSummary_AdjustmentFragmentDoc;
  '\n  mutation EditOrder($input: EditOrderInput!) {\n    editOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      adjustment {\n        ...OrderAdjustmentSummary_adjustment\n      }\n      creditNote {\n        id\n        displayNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditOrderDocument;
  '\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      adjustment {\n        ...OrderAdjustmentSummary_adjustment\n      }\n      creditNote {\n        id\n        displayNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CancelOrderDocument;
  '\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      newOrder {\n        id\n        number\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SplitOrderDocument;
  '\n  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      orderItem {\n        id\n        quantity\n        lineTotal {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateOrderItemQuantityDocument;
  '\n  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {\n    removeOrderItem(input: $input) {\n      order {\n        id\n        version\n        ...OrderDetailsPage_order\n      }\n      removedOrderItemId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RemoveOrderItemDocument;
  '\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      customer {\n        id\n        name\n        email\n        paymentTermsDays\n        paymentTermsLabel\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AcceptOrderDocument;
  '\n  mutation RejectOrder($input: RejectOrderInput!) {\n    rejectOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RejectOrderDocument;
  '\n  mutation AcceptOrders($input: AcceptOrdersInput!) {\n    acceptOrders(input: $input) {\n      accepted {\n        id\n        number\n        ...OrdersTable_order\n      }\n      needsCustomer {\n        id\n        number\n        buyerName\n      }\n      failed {\n        orderId\n        order {\n          id\n          number\n        }\n        code\n        message\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AcceptOrdersDocument;
  '\n  query BuyerSelect($search: String, $first: Int) {\n    buyers(search: $search, first: $first) {\n      id\n      companyName\n      contactName\n    }\n  }\n': typeof types.BuyerSelectDocument;
  '\n  fragment OrderStatusTabs_counts on OrderStatusCounts {\n    all\n    byStatus {\n      status\n      count\n    }\n  }\n': typeof types.OrderStatusTabs_CountsFragmentDoc;
  '\n  query OrdersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrderFilter\n    $sort: OrderSort\n    $countsFilter: OrderFilter\n    $withCounts: Boolean!\n  ) {\n    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          id\n          buyer {\n            id\n            companyName\n          }\n          ...OrdersTable_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {\n      ...OrderStatusTabs_counts\n    }\n  }\n': typeof types.OrdersPageDocument;
  '\n  subscription OrdersPageOrderChanged {\n    orderChanged {\n      id\n      ...OrdersTable_order\n    }\n  }\n': typeof types.OrdersPageOrderChangedDocument;
  '\n  fragment OrdersTable_order on Order {\n    id\n    number\n    version\n    deadline {\n      ...DeadlineBadge_deadline\n    }\n    placedAt\n    status\n    paymentStatus\n    itemCount\n    buyerName\n    buyer {\n      id\n      contactName\n    }\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      carrier\n      trackingNumbers\n    }\n    invoice {\n      id\n      displayNumber\n      status\n      dueOn\n      overdue\n    }\n    invoices {\n      id\n      displayNumber\n      status\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n': typeof types.OrdersTable_OrderFragmentDoc;
  '\n  fragment InvoicePaymentSection_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    paymentMethod\n    dueOn\n    paidAt\n    overdue\n    total {\n      amount\n      currency\n    }\n    document {\n      paymentTerms\n    }\n    order {\n      id\n      paymentStatus\n      buyerName\n      buyer {\n        id\n        cardBrand\n        cardLast4\n      }\n    }\n    payments {\n      id\n      status\n      method\n      failureMessage\n      termsMethod\n      reference\n      paidOn\n      createdAt\n      ...PaymentAttempts_payment\n    }\n  }\n': typeof types.InvoicePaymentSection_InvoiceFragmentDoc;
  '\n  fragment PaymentAttempts_payment on Payment {\n    id\n    attempt\n    method\n    status\n    amount {\n      amount\n      currency\n    }\n    failureCode\n    failureMessage\n    termsMethod\n    reference\n    paidOn\n    createdAt\n  }\n': typeof types.PaymentAttempts_PaymentFragmentDoc;
  '\n  mutation RetryInvoicePayment($input: RetryInvoicePaymentInput!) {\n    retryInvoicePayment(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RetryInvoicePaymentDocument;
  '\n  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {\n    markInvoicePaid(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.MarkInvoicePaidDocument;
  '\n  fragment RefundList_refund on Refund {\n    id\n    method\n    status\n    amount {\n      amount\n      currency\n    }\n    creditNoteNumber\n    termsMethod\n    reference\n    refundedOn\n    createdAt\n    attempts {\n      id\n      attempt\n      status\n      failureMessage\n      stripeRefundId\n      createdAt\n    }\n  }\n': typeof types.RefundList_RefundFragmentDoc;
  '\n  mutation RetryRefund($input: RetryRefundInput!) {\n    retryRefund(input: $input) {\n      refund {\n        id\n        ...RefundList_refund\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RetryRefundDocument;
  '\n  mutation RecordTermsRefund($input: RecordTermsRefundInput!) {\n    recordTermsRefund(input: $input) {\n      refund {\n        id\n        ...RefundList_refund\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RecordTermsRefundDocument;
  '\n  fragment DeadlinesSection_seller on Seller {\n    id\n    acceptWithinBusinessDays\n    shipWithinBusinessDays\n    timeZone\n    locale\n  }\n': typeof types.DeadlinesSection_SellerFragmentDoc;
  '\n  mutation UpdateDeadlineSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        ...DeadlinesSection_seller\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateDeadlineSettingsDocument;
  '\n  query SettingsPage {\n    me {\n      id\n      role\n      seller {\n        id\n        name\n        buyerAccessRequiresApproval\n        ...DeadlinesSection_seller\n      }\n    }\n  }\n': typeof types.SettingsPageDocument;
  '\n  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        buyerAccessRequiresApproval\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateSellerSettingsDocument;
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n        description\n        events\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreateWebhookEndpointDocument;
  '\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastAttemptAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WebhookDeliveriesDocument;
  '\n  mutation ResendWebhookDelivery($input: ResendWebhookDeliveryInput!) {\n    resendWebhookDelivery(input: $input) {\n      delivery {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ResendWebhookDeliveryDocument;
  '\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      events\n      enabled\n    }\n  }\n': typeof types.WebhookEndpointsDocument;
  '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateWebhookEndpointDocument;
  '\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedEndpointId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.DeleteWebhookEndpointDocument;
  '\n  mutation RollWebhookEndpointSecret($input: WebhookEndpointInput!) {\n    rollWebhookEndpointSecret(input: $input) {\n      endpoint {\n        id\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RollWebhookEndpointSecretDocument;
  '\n  mutation SendWebhookTestEvent($input: WebhookEndpointInput!) {\n    sendWebhookTestEvent(input: $input) {\n      delivery {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SendWebhookTestEventDocument;
  '\n  fragment ShipmentForm_order on Order {\n    id\n    number\n    version\n    placedAt\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      carrier\n      service\n      trackingNumbers\n      shippedOn\n      cost {\n        amount\n        currency\n      }\n    }\n  }\n': typeof types.ShipmentForm_OrderFragmentDoc;
  '\n  fragment ShippingTab_order on Order {\n    id\n    number\n    status\n    availableActions\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      status\n      displayNumber\n    }\n    ...ShipmentForm_order\n  }\n': typeof types.ShippingTab_OrderFragmentDoc;
  '\n  mutation SaveShipment($input: SaveShipmentInput!) {\n    saveShipment(input: $input) {\n      order {\n        id\n        total {\n          amount\n          currency\n        }\n        ...OrderDetailsPage_order\n      }\n      shipment {\n        id\n        ...ShipmentSummary_shipment\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SaveShipmentDocument;
  '\n  query ShipmentCarriers {\n    carriers\n  }\n': typeof types.ShipmentCarriersDocument;
  '\n  fragment TodayPage_order on Order {\n    id\n    number\n    buyerName\n    total {\n      amount\n      currency\n    }\n    deadline {\n      ...DeadlineBadge_deadline\n    }\n  }\n': typeof types.TodayPage_OrderFragmentDoc;
  '\n  fragment TodayPage_invoice on Invoice {\n    id\n    displayNumber\n    dueOn\n    total {\n      amount\n      currency\n    }\n    order {\n      id\n      number\n      buyerName\n    }\n    payments {\n      id\n      status\n      failureMessage\n    }\n  }\n': typeof types.TodayPage_InvoiceFragmentDoc;
  '\n  query TodayPage {\n    today {\n      pendingOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      unshippedOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      uninvoicedOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      failedPayments {\n        count\n        invoices(first: 5) {\n          id\n          ...TodayPage_invoice\n        }\n      }\n      overdueInvoices {\n        count\n        invoices(first: 5) {\n          id\n          ...TodayPage_invoice\n        }\n      }\n    }\n  }\n': typeof types.TodayPageDocument;
  '\n  subscription TodayOrderPlaced {\n    orderPlaced {\n      id\n    }\n  }\n': typeof types.TodayOrderPlacedDocument;
  '\n  subscription TodayOrderChanged {\n    orderChanged {\n      id\n    }\n  }\n': typeof types.TodayOrderChangedDocument;
  '\n  subscription TodayPaymentChanged {\n    invoicePaymentStatusChanged {\n      id\n    }\n  }\n': typeof types.TodayPaymentChangedDocument;
};
const documents: Documents = {
  '\n  fragment AppLayout_user on SellerUser {\n    id\n    name\n    email\n    role\n    seller {\n      id\n      name\n      locale\n      timeZone\n    }\n  }\n':
    types.AppLayout_UserFragmentDoc,
  '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n': types.SignOutDocument,
  '\n  subscription LiveOrderPlaced {\n    orderPlaced {\n      id\n      number\n      buyerName\n      total {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.LiveOrderPlacedDocument,
  '\n  subscription LivePaymentChanged {\n    invoicePaymentStatusChanged {\n      id\n      displayNumber\n      paymentStatus\n      total {\n        amount\n        currency\n      }\n      order {\n        id\n        number\n        buyerName\n      }\n    }\n  }\n':
    types.LivePaymentChangedDocument,
  '\n  query CurrentUser {\n    me {\n      id\n      ...AppLayout_user\n    }\n  }\n': types.CurrentUserDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  fragment CreditNoteDocument_creditNote on CreditNote {\n    id\n    document {\n      number\n      issueDate\n      invoiceNumber\n      reason\n      paymentMethod\n      seller {\n        ...DocumentSheet_party\n      }\n      billTo\n      buyerContact\n      billingAddress {\n        ...DocumentSheet_address\n      }\n      shippingAddress {\n        ...DocumentSheet_address\n      }\n      orderNumber\n      orderDate\n      lines {\n        ...DocumentSheet_line\n      }\n      subtotal {\n        amount\n        currency\n      }\n      shipping {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.CreditNoteDocument_CreditNoteFragmentDoc,
  '\n  fragment CreditNoteList_creditNote on CreditNote {\n    id\n    displayNumber\n    reason\n    issuedAt\n    pdfUrl\n    total {\n      amount\n      currency\n    }\n  }\n':
    types.CreditNoteList_CreditNoteFragmentDoc,
  '\n  query CreditNotePage($id: ID!) {\n    creditNote(id: $id) {\n      id\n      displayNumber\n      pdfUrl\n      order {\n        id\n        number\n      }\n      ...CreditNoteDocument_creditNote\n    }\n  }\n':
    types.CreditNotePageDocument,
  '\n  fragment DocumentSheet_party on InvoiceParty {\n    name\n    email\n    phone\n    addressLines\n  }\n':
    types.DocumentSheet_PartyFragmentDoc,
  '\n  fragment DocumentSheet_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n':
    types.DocumentSheet_AddressFragmentDoc,
  '\n  fragment DocumentSheet_line on InvoiceLine {\n    sku\n    description\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    lineTotal {\n      amount\n      currency\n    }\n  }\n':
    types.DocumentSheet_LineFragmentDoc,
  '\n  fragment InvoiceDocument_invoice on Invoice {\n    id\n    status\n    voidReason\n    document {\n      number\n      issueDate\n      dueDate\n      paymentMethod\n      paymentTerms\n      supplementary\n      seller {\n        ...DocumentSheet_party\n      }\n      billTo\n      buyerContact\n      billingAddress {\n        ...DocumentSheet_address\n      }\n      shippingAddress {\n        ...DocumentSheet_address\n      }\n      orderNumber\n      orderDate\n      lines {\n        ...DocumentSheet_line\n      }\n      shipment {\n        carrier\n        service\n        trackingNumbers\n        shippedOn\n      }\n      subtotal {\n        amount\n        currency\n      }\n      shipping {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.InvoiceDocument_InvoiceFragmentDoc,
  '\n  fragment InvoicePage_invoice on Invoice {\n    id\n    status\n    number\n    displayNumber\n    paymentStatus\n    paymentMethod\n    issuedAt\n    pdfUrl\n    voidReason\n    creditNotes {\n      id\n      ...CreditNoteList_creditNote\n    }\n    document {\n      number\n      billTo\n    }\n    order {\n      id\n      number\n      version\n    }\n    ...InvoiceDocument_invoice\n    ...InvoicePaymentSection_invoice\n  }\n':
    types.InvoicePage_InvoiceFragmentDoc,
  '\n  query InvoicePage($id: ID!) {\n    invoice(id: $id) {\n      id\n      ...InvoicePage_invoice\n    }\n  }\n':
    types.InvoicePageDocument,
  '\n  subscription InvoicePagePaymentChanged($invoiceId: ID!) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      ...InvoicePage_invoice\n    }\n  }\n':
    types.InvoicePagePaymentChangedDocument,
  '\n  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {\n    createInvoiceDraft(input: $input) {\n      invoice {\n        id\n        status\n      }\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreateInvoiceDraftDocument,
  '\n  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {\n    confirmInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ConfirmInvoiceDocument,
  '\n  fragment DeadlineBadge_deadline on OrderDeadline {\n    kind\n    dueAt\n    status\n  }\n':
    types.DeadlineBadge_DeadlineFragmentDoc,
  '\n  query AcceptOrderCustomerDialog($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      buyer {\n        id\n        companyName\n        contactName\n        email\n      }\n      customerSuggestions {\n        id\n        name\n        email\n        paymentTermsLabel\n      }\n    }\n  }\n':
    types.AcceptOrderCustomerDialogDocument,
  '\n  query CustomerPicker($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      email\n      paymentTermsLabel\n    }\n  }\n':
    types.CustomerPickerDocument,
  '\n  mutation AddOrderNote($input: AddOrderNoteInput!) {\n    addOrderNote(input: $input) {\n      order {\n        id\n        ...OrderTimeline_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AddOrderNoteDocument,
  '\n  query CatalogueVariantSelect($search: String, $first: Int!) {\n    catalogueVariants(search: $search, first: $first) {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n  }\n':
    types.CatalogueVariantSelectDocument,
  '\n  fragment CreditNotesAndRefunds_order on Order {\n    id\n    creditNotes {\n      id\n      ...CreditNoteList_creditNote\n    }\n    refunds {\n      id\n      ...RefundList_refund\n    }\n  }\n':
    types.CreditNotesAndRefunds_OrderFragmentDoc,
  '\n  fragment ShipmentSummary_shipment on Shipment {\n    id\n    carrier\n    service\n    trackingNumbers\n    shippedOn\n    cost {\n      amount\n      currency\n    }\n  }\n':
    types.ShipmentSummary_ShipmentFragmentDoc,
  '\n  fragment InvoiceSummary_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    paymentMethod\n    total {\n      amount\n      currency\n    }\n    dueOn\n    overdue\n    issuedAt\n    payments {\n      id\n      status\n      failureMessage\n    }\n  }\n':
    types.InvoiceSummary_InvoiceFragmentDoc,
  '\n  fragment AddressCard_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n    phone\n  }\n':
    types.AddressCard_AddressFragmentDoc,
  '\n  fragment OrderAddresses_order on Order {\n    id\n    shippingAddress {\n      ...AddressCard_address\n    }\n    billingAddress {\n      ...AddressCard_address\n    }\n  }\n':
    types.OrderAddresses_OrderFragmentDoc,
  '\n  fragment OrderDetailsPage_order on Order {\n    id\n    number\n    status\n    paymentStatus\n    version\n    availableActions\n    buyer {\n      id\n      companyName\n    }\n    items {\n      id\n      sku\n      productName\n      variantName\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    ...OrderInformation_order\n    ...OrderAddresses_order\n    ...OrderItems_order\n    ...OrderTimeline_order\n    ...OrderItemsEditor_order\n    ...OrderInvoices_order\n    ...CreditNotesAndRefunds_order\n    amountToInvoice {\n      amount\n      currency\n    }\n    refunds {\n      id\n      status\n    }\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      ...InvoiceSummary_invoice\n    }\n    ...ShippingTab_order\n  }\n':
    types.OrderDetailsPage_OrderFragmentDoc,
  '\n  query OrderDetailsPage($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailsPage_order\n    }\n    mailCatcherUrl\n  }\n':
    types.OrderDetailsPageDocument,
  '\n  subscription OrderDetailsOrderChanged($orderId: ID!) {\n    orderChanged(orderId: $orderId) {\n      id\n      ...OrderDetailsPage_order\n    }\n  }\n':
    types.OrderDetailsOrderChangedDocument,
  '\n  fragment OrderInformation_order on Order {\n    id\n    number\n    status\n    placedAt\n    acceptedAt\n    rejectedAt\n    cancelledAt\n    rejectionReason\n    rejectionMessage\n    cancellationReason\n    cancellationMessage\n    restocked\n    paymentMethod\n    buyerNote\n    customer {\n      id\n      name\n      paymentTermsLabel\n    }\n    buyer {\n      id\n      companyName\n      contactName\n      email\n      phone\n    }\n    parentOrder {\n      id\n      number\n    }\n    splitOrders {\n      id\n      number\n    }\n  }\n':
    types.OrderInformation_OrderFragmentDoc,
  '\n  fragment OrderInvoices_order on Order {\n    id\n    invoice {\n      id\n      status\n    }\n    invoices {\n      id\n      displayNumber\n      status\n      voidReason\n      total {\n        amount\n        currency\n      }\n      document {\n        supplementary\n      }\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n':
    types.OrderInvoices_OrderFragmentDoc,
  '\n  fragment OrderItems_order on Order {\n    id\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n  }\n':
    types.OrderItems_OrderFragmentDoc,
  '\n  fragment OrderItemsEditor_order on Order {\n    id\n    number\n    version\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n    }\n    shipping {\n      amount\n      currency\n    }\n  }\n':
    types.OrderItemsEditor_OrderFragmentDoc,
  '\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      id\n      type\n      summary\n      data\n      createdAt\n      actor {\n        type\n        name\n      }\n    }\n  }\n':
    types.OrderTimeline_OrderFragmentDoc,
  '\n  fragment OrderAdjustmentSummary_adjustment on OrderAdjustment {\n    committed\n    changes\n    lines {\n      sku\n      description\n      unitPrice {\n        amount\n        currency\n      }\n      quantityBefore\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    totalBefore {\n      amount\n      currency\n    }\n    totalAfter {\n      amount\n      currency\n    }\n    voidedInvoiceNumbers\n    creditNote {\n      number\n      total {\n        amount\n        currency\n      }\n    }\n    refunds {\n      method\n      amount {\n        amount\n        currency\n      }\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n':
    types.OrderAdjustmentSummary_AdjustmentFragmentDoc,
  '\n  mutation EditOrder($input: EditOrderInput!) {\n    editOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      adjustment {\n        ...OrderAdjustmentSummary_adjustment\n      }\n      creditNote {\n        id\n        displayNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditOrderDocument,
  '\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      adjustment {\n        ...OrderAdjustmentSummary_adjustment\n      }\n      creditNote {\n        id\n        displayNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CancelOrderDocument,
  '\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      newOrder {\n        id\n        number\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SplitOrderDocument,
  '\n  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      orderItem {\n        id\n        quantity\n        lineTotal {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateOrderItemQuantityDocument,
  '\n  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {\n    removeOrderItem(input: $input) {\n      order {\n        id\n        version\n        ...OrderDetailsPage_order\n      }\n      removedOrderItemId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RemoveOrderItemDocument,
  '\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      customer {\n        id\n        name\n        email\n        paymentTermsDays\n        paymentTermsLabel\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AcceptOrderDocument,
  '\n  mutation RejectOrder($input: RejectOrderInput!) {\n    rejectOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RejectOrderDocument,
  '\n  mutation AcceptOrders($input: AcceptOrdersInput!) {\n    acceptOrders(input: $input) {\n      accepted {\n        id\n        number\n        ...OrdersTable_order\n      }\n      needsCustomer {\n        id\n        number\n        buyerName\n      }\n      failed {\n        orderId\n        order {\n          id\n          number\n        }\n        code\n        message\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AcceptOrdersDocument,
  '\n  query BuyerSelect($search: String, $first: Int) {\n    buyers(search: $search, first: $first) {\n      id\n      companyName\n      contactName\n    }\n  }\n':
    types.BuyerSelectDocument,
  '\n  fragment OrderStatusTabs_counts on OrderStatusCounts {\n    all\n    byStatus {\n      status\n      count\n    }\n  }\n':
    types.OrderStatusTabs_CountsFragmentDoc,
  '\n  query OrdersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrderFilter\n    $sort: OrderSort\n    $countsFilter: OrderFilter\n    $withCounts: Boolean!\n  ) {\n    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          id\n          buyer {\n            id\n            companyName\n          }\n          ...OrdersTable_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {\n      ...OrderStatusTabs_counts\n    }\n  }\n':
    types.OrdersPageDocument,
  '\n  subscription OrdersPageOrderChanged {\n    orderChanged {\n      id\n      ...OrdersTable_order\n    }\n  }\n':
    types.OrdersPageOrderChangedDocument,
  '\n  fragment OrdersTable_order on Order {\n    id\n    number\n    version\n    deadline {\n      ...DeadlineBadge_deadline\n    }\n    placedAt\n    status\n    paymentStatus\n    itemCount\n    buyerName\n    buyer {\n      id\n      contactName\n    }\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      carrier\n      trackingNumbers\n    }\n    invoice {\n      id\n      displayNumber\n      status\n      dueOn\n      overdue\n    }\n    invoices {\n      id\n      displayNumber\n      status\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n':
    types.OrdersTable_OrderFragmentDoc,
  '\n  fragment InvoicePaymentSection_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    paymentMethod\n    dueOn\n    paidAt\n    overdue\n    total {\n      amount\n      currency\n    }\n    document {\n      paymentTerms\n    }\n    order {\n      id\n      paymentStatus\n      buyerName\n      buyer {\n        id\n        cardBrand\n        cardLast4\n      }\n    }\n    payments {\n      id\n      status\n      method\n      failureMessage\n      termsMethod\n      reference\n      paidOn\n      createdAt\n      ...PaymentAttempts_payment\n    }\n  }\n':
    types.InvoicePaymentSection_InvoiceFragmentDoc,
  '\n  fragment PaymentAttempts_payment on Payment {\n    id\n    attempt\n    method\n    status\n    amount {\n      amount\n      currency\n    }\n    failureCode\n    failureMessage\n    termsMethod\n    reference\n    paidOn\n    createdAt\n  }\n':
    types.PaymentAttempts_PaymentFragmentDoc,
  '\n  mutation RetryInvoicePayment($input: RetryInvoicePaymentInput!) {\n    retryInvoicePayment(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RetryInvoicePaymentDocument,
  '\n  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {\n    markInvoicePaid(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.MarkInvoicePaidDocument,
  '\n  fragment RefundList_refund on Refund {\n    id\n    method\n    status\n    amount {\n      amount\n      currency\n    }\n    creditNoteNumber\n    termsMethod\n    reference\n    refundedOn\n    createdAt\n    attempts {\n      id\n      attempt\n      status\n      failureMessage\n      stripeRefundId\n      createdAt\n    }\n  }\n':
    types.RefundList_RefundFragmentDoc,
  '\n  mutation RetryRefund($input: RetryRefundInput!) {\n    retryRefund(input: $input) {\n      refund {\n        id\n        ...RefundList_refund\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RetryRefundDocument,
  '\n  mutation RecordTermsRefund($input: RecordTermsRefundInput!) {\n    recordTermsRefund(input: $input) {\n      refund {\n        id\n        ...RefundList_refund\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RecordTermsRefundDocument,
  '\n  fragment DeadlinesSection_seller on Seller {\n    id\n    acceptWithinBusinessDays\n    shipWithinBusinessDays\n    timeZone\n    locale\n  }\n':
    types.DeadlinesSection_SellerFragmentDoc,
  '\n  mutation UpdateDeadlineSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        ...DeadlinesSection_seller\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateDeadlineSettingsDocument,
  '\n  query SettingsPage {\n    me {\n      id\n      role\n      seller {\n        id\n        name\n        buyerAccessRequiresApproval\n        ...DeadlinesSection_seller\n      }\n    }\n  }\n':
    types.SettingsPageDocument,
  '\n  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        buyerAccessRequiresApproval\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateSellerSettingsDocument,
  '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n    }\n  }\n':
    types.ApiKeysDocument,
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RevokeApiKeyDocument,
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n        description\n        events\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreateWebhookEndpointDocument,
  '\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastAttemptAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WebhookDeliveriesDocument,
  '\n  mutation ResendWebhookDelivery($input: ResendWebhookDeliveryInput!) {\n    resendWebhookDelivery(input: $input) {\n      delivery {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ResendWebhookDeliveryDocument,
  '\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      events\n      enabled\n    }\n  }\n':
    types.WebhookEndpointsDocument,
  '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateWebhookEndpointDocument,
  '\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedEndpointId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.DeleteWebhookEndpointDocument,
  '\n  mutation RollWebhookEndpointSecret($input: WebhookEndpointInput!) {\n    rollWebhookEndpointSecret(input: $input) {\n      endpoint {\n        id\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RollWebhookEndpointSecretDocument,
  '\n  mutation SendWebhookTestEvent($input: WebhookEndpointInput!) {\n    sendWebhookTestEvent(input: $input) {\n      delivery {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SendWebhookTestEventDocument,
  '\n  fragment ShipmentForm_order on Order {\n    id\n    number\n    version\n    placedAt\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      carrier\n      service\n      trackingNumbers\n      shippedOn\n      cost {\n        amount\n        currency\n      }\n    }\n  }\n':
    types.ShipmentForm_OrderFragmentDoc,
  '\n  fragment ShippingTab_order on Order {\n    id\n    number\n    status\n    availableActions\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      status\n      displayNumber\n    }\n    ...ShipmentForm_order\n  }\n':
    types.ShippingTab_OrderFragmentDoc,
  '\n  mutation SaveShipment($input: SaveShipmentInput!) {\n    saveShipment(input: $input) {\n      order {\n        id\n        total {\n          amount\n          currency\n        }\n        ...OrderDetailsPage_order\n      }\n      shipment {\n        id\n        ...ShipmentSummary_shipment\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SaveShipmentDocument,
  '\n  query ShipmentCarriers {\n    carriers\n  }\n': types.ShipmentCarriersDocument,
  '\n  fragment TodayPage_order on Order {\n    id\n    number\n    buyerName\n    total {\n      amount\n      currency\n    }\n    deadline {\n      ...DeadlineBadge_deadline\n    }\n  }\n':
    types.TodayPage_OrderFragmentDoc,
  '\n  fragment TodayPage_invoice on Invoice {\n    id\n    displayNumber\n    dueOn\n    total {\n      amount\n      currency\n    }\n    order {\n      id\n      number\n      buyerName\n    }\n    payments {\n      id\n      status\n      failureMessage\n    }\n  }\n':
    types.TodayPage_InvoiceFragmentDoc,
  '\n  query TodayPage {\n    today {\n      pendingOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      unshippedOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      uninvoicedOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      failedPayments {\n        count\n        invoices(first: 5) {\n          id\n          ...TodayPage_invoice\n        }\n      }\n      overdueInvoices {\n        count\n        invoices(first: 5) {\n          id\n          ...TodayPage_invoice\n        }\n      }\n    }\n  }\n':
    types.TodayPageDocument,
  '\n  subscription TodayOrderPlaced {\n    orderPlaced {\n      id\n    }\n  }\n': types.TodayOrderPlacedDocument,
  '\n  subscription TodayOrderChanged {\n    orderChanged {\n      id\n    }\n  }\n': types.TodayOrderChangedDocument,
  '\n  subscription TodayPaymentChanged {\n    invoicePaymentStatusChanged {\n      id\n    }\n  }\n':
    types.TodayPaymentChangedDocument,
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
export function graphql(
  source: '\n  fragment AppLayout_user on SellerUser {\n    id\n    name\n    email\n    role\n    seller {\n      id\n      name\n      locale\n      timeZone\n    }\n  }\n',
): (typeof documents)['\n  fragment AppLayout_user on SellerUser {\n    id\n    name\n    email\n    role\n    seller {\n      id\n      name\n      locale\n      timeZone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription LiveOrderPlaced {\n    orderPlaced {\n      id\n      number\n      buyerName\n      total {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription LiveOrderPlaced {\n    orderPlaced {\n      id\n      number\n      buyerName\n      total {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription LivePaymentChanged {\n    invoicePaymentStatusChanged {\n      id\n      displayNumber\n      paymentStatus\n      total {\n        amount\n        currency\n      }\n      order {\n        id\n        number\n        buyerName\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription LivePaymentChanged {\n    invoicePaymentStatusChanged {\n      id\n      displayNumber\n      paymentStatus\n      total {\n        amount\n        currency\n      }\n      order {\n        id\n        number\n        buyerName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentUser {\n    me {\n      id\n      ...AppLayout_user\n    }\n  }\n',
): (typeof documents)['\n  query CurrentUser {\n    me {\n      id\n      ...AppLayout_user\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CreditNoteDocument_creditNote on CreditNote {\n    id\n    document {\n      number\n      issueDate\n      invoiceNumber\n      reason\n      paymentMethod\n      seller {\n        ...DocumentSheet_party\n      }\n      billTo\n      buyerContact\n      billingAddress {\n        ...DocumentSheet_address\n      }\n      shippingAddress {\n        ...DocumentSheet_address\n      }\n      orderNumber\n      orderDate\n      lines {\n        ...DocumentSheet_line\n      }\n      subtotal {\n        amount\n        currency\n      }\n      shipping {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CreditNoteDocument_creditNote on CreditNote {\n    id\n    document {\n      number\n      issueDate\n      invoiceNumber\n      reason\n      paymentMethod\n      seller {\n        ...DocumentSheet_party\n      }\n      billTo\n      buyerContact\n      billingAddress {\n        ...DocumentSheet_address\n      }\n      shippingAddress {\n        ...DocumentSheet_address\n      }\n      orderNumber\n      orderDate\n      lines {\n        ...DocumentSheet_line\n      }\n      subtotal {\n        amount\n        currency\n      }\n      shipping {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CreditNoteList_creditNote on CreditNote {\n    id\n    displayNumber\n    reason\n    issuedAt\n    pdfUrl\n    total {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment CreditNoteList_creditNote on CreditNote {\n    id\n    displayNumber\n    reason\n    issuedAt\n    pdfUrl\n    total {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreditNotePage($id: ID!) {\n    creditNote(id: $id) {\n      id\n      displayNumber\n      pdfUrl\n      order {\n        id\n        number\n      }\n      ...CreditNoteDocument_creditNote\n    }\n  }\n',
): (typeof documents)['\n  query CreditNotePage($id: ID!) {\n    creditNote(id: $id) {\n      id\n      displayNumber\n      pdfUrl\n      order {\n        id\n        number\n      }\n      ...CreditNoteDocument_creditNote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DocumentSheet_party on InvoiceParty {\n    name\n    email\n    phone\n    addressLines\n  }\n',
): (typeof documents)['\n  fragment DocumentSheet_party on InvoiceParty {\n    name\n    email\n    phone\n    addressLines\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DocumentSheet_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n',
): (typeof documents)['\n  fragment DocumentSheet_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DocumentSheet_line on InvoiceLine {\n    sku\n    description\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    lineTotal {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment DocumentSheet_line on InvoiceLine {\n    sku\n    description\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    lineTotal {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoiceDocument_invoice on Invoice {\n    id\n    status\n    voidReason\n    document {\n      number\n      issueDate\n      dueDate\n      paymentMethod\n      paymentTerms\n      supplementary\n      seller {\n        ...DocumentSheet_party\n      }\n      billTo\n      buyerContact\n      billingAddress {\n        ...DocumentSheet_address\n      }\n      shippingAddress {\n        ...DocumentSheet_address\n      }\n      orderNumber\n      orderDate\n      lines {\n        ...DocumentSheet_line\n      }\n      shipment {\n        carrier\n        service\n        trackingNumbers\n        shippedOn\n      }\n      subtotal {\n        amount\n        currency\n      }\n      shipping {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment InvoiceDocument_invoice on Invoice {\n    id\n    status\n    voidReason\n    document {\n      number\n      issueDate\n      dueDate\n      paymentMethod\n      paymentTerms\n      supplementary\n      seller {\n        ...DocumentSheet_party\n      }\n      billTo\n      buyerContact\n      billingAddress {\n        ...DocumentSheet_address\n      }\n      shippingAddress {\n        ...DocumentSheet_address\n      }\n      orderNumber\n      orderDate\n      lines {\n        ...DocumentSheet_line\n      }\n      shipment {\n        carrier\n        service\n        trackingNumbers\n        shippedOn\n      }\n      subtotal {\n        amount\n        currency\n      }\n      shipping {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoicePage_invoice on Invoice {\n    id\n    status\n    number\n    displayNumber\n    paymentStatus\n    paymentMethod\n    issuedAt\n    pdfUrl\n    voidReason\n    creditNotes {\n      id\n      ...CreditNoteList_creditNote\n    }\n    document {\n      number\n      billTo\n    }\n    order {\n      id\n      number\n      version\n    }\n    ...InvoiceDocument_invoice\n    ...InvoicePaymentSection_invoice\n  }\n',
): (typeof documents)['\n  fragment InvoicePage_invoice on Invoice {\n    id\n    status\n    number\n    displayNumber\n    paymentStatus\n    paymentMethod\n    issuedAt\n    pdfUrl\n    voidReason\n    creditNotes {\n      id\n      ...CreditNoteList_creditNote\n    }\n    document {\n      number\n      billTo\n    }\n    order {\n      id\n      number\n      version\n    }\n    ...InvoiceDocument_invoice\n    ...InvoicePaymentSection_invoice\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvoicePage($id: ID!) {\n    invoice(id: $id) {\n      id\n      ...InvoicePage_invoice\n    }\n  }\n',
): (typeof documents)['\n  query InvoicePage($id: ID!) {\n    invoice(id: $id) {\n      id\n      ...InvoicePage_invoice\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription InvoicePagePaymentChanged($invoiceId: ID!) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      ...InvoicePage_invoice\n    }\n  }\n',
): (typeof documents)['\n  subscription InvoicePagePaymentChanged($invoiceId: ID!) {\n    invoicePaymentStatusChanged(invoiceId: $invoiceId) {\n      id\n      ...InvoicePage_invoice\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {\n    createInvoiceDraft(input: $input) {\n      invoice {\n        id\n        status\n      }\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {\n    createInvoiceDraft(input: $input) {\n      invoice {\n        id\n        status\n      }\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {\n    confirmInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {\n    confirmInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeadlineBadge_deadline on OrderDeadline {\n    kind\n    dueAt\n    status\n  }\n',
): (typeof documents)['\n  fragment DeadlineBadge_deadline on OrderDeadline {\n    kind\n    dueAt\n    status\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AcceptOrderCustomerDialog($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      buyer {\n        id\n        companyName\n        contactName\n        email\n      }\n      customerSuggestions {\n        id\n        name\n        email\n        paymentTermsLabel\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AcceptOrderCustomerDialog($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      buyer {\n        id\n        companyName\n        contactName\n        email\n      }\n      customerSuggestions {\n        id\n        name\n        email\n        paymentTermsLabel\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerPicker($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      email\n      paymentTermsLabel\n    }\n  }\n',
): (typeof documents)['\n  query CustomerPicker($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      email\n      paymentTermsLabel\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddOrderNote($input: AddOrderNoteInput!) {\n    addOrderNote(input: $input) {\n      order {\n        id\n        ...OrderTimeline_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddOrderNote($input: AddOrderNoteInput!) {\n    addOrderNote(input: $input) {\n      order {\n        id\n        ...OrderTimeline_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogueVariantSelect($search: String, $first: Int!) {\n    catalogueVariants(search: $search, first: $first) {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n  }\n',
): (typeof documents)['\n  query CatalogueVariantSelect($search: String, $first: Int!) {\n    catalogueVariants(search: $search, first: $first) {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CreditNotesAndRefunds_order on Order {\n    id\n    creditNotes {\n      id\n      ...CreditNoteList_creditNote\n    }\n    refunds {\n      id\n      ...RefundList_refund\n    }\n  }\n',
): (typeof documents)['\n  fragment CreditNotesAndRefunds_order on Order {\n    id\n    creditNotes {\n      id\n      ...CreditNoteList_creditNote\n    }\n    refunds {\n      id\n      ...RefundList_refund\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ShipmentSummary_shipment on Shipment {\n    id\n    carrier\n    service\n    trackingNumbers\n    shippedOn\n    cost {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment ShipmentSummary_shipment on Shipment {\n    id\n    carrier\n    service\n    trackingNumbers\n    shippedOn\n    cost {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoiceSummary_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    paymentMethod\n    total {\n      amount\n      currency\n    }\n    dueOn\n    overdue\n    issuedAt\n    payments {\n      id\n      status\n      failureMessage\n    }\n  }\n',
): (typeof documents)['\n  fragment InvoiceSummary_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    paymentMethod\n    total {\n      amount\n      currency\n    }\n    dueOn\n    overdue\n    issuedAt\n    payments {\n      id\n      status\n      failureMessage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AddressCard_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n    phone\n  }\n',
): (typeof documents)['\n  fragment AddressCard_address on Address {\n    name\n    company\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n    phone\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderAddresses_order on Order {\n    id\n    shippingAddress {\n      ...AddressCard_address\n    }\n    billingAddress {\n      ...AddressCard_address\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderAddresses_order on Order {\n    id\n    shippingAddress {\n      ...AddressCard_address\n    }\n    billingAddress {\n      ...AddressCard_address\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderDetailsPage_order on Order {\n    id\n    number\n    status\n    paymentStatus\n    version\n    availableActions\n    buyer {\n      id\n      companyName\n    }\n    items {\n      id\n      sku\n      productName\n      variantName\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    ...OrderInformation_order\n    ...OrderAddresses_order\n    ...OrderItems_order\n    ...OrderTimeline_order\n    ...OrderItemsEditor_order\n    ...OrderInvoices_order\n    ...CreditNotesAndRefunds_order\n    amountToInvoice {\n      amount\n      currency\n    }\n    refunds {\n      id\n      status\n    }\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      ...InvoiceSummary_invoice\n    }\n    ...ShippingTab_order\n  }\n',
): (typeof documents)['\n  fragment OrderDetailsPage_order on Order {\n    id\n    number\n    status\n    paymentStatus\n    version\n    availableActions\n    buyer {\n      id\n      companyName\n    }\n    items {\n      id\n      sku\n      productName\n      variantName\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    ...OrderInformation_order\n    ...OrderAddresses_order\n    ...OrderItems_order\n    ...OrderTimeline_order\n    ...OrderItemsEditor_order\n    ...OrderInvoices_order\n    ...CreditNotesAndRefunds_order\n    amountToInvoice {\n      amount\n      currency\n    }\n    refunds {\n      id\n      status\n    }\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      ...InvoiceSummary_invoice\n    }\n    ...ShippingTab_order\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrderDetailsPage($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailsPage_order\n    }\n    mailCatcherUrl\n  }\n',
): (typeof documents)['\n  query OrderDetailsPage($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailsPage_order\n    }\n    mailCatcherUrl\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OrderDetailsOrderChanged($orderId: ID!) {\n    orderChanged(orderId: $orderId) {\n      id\n      ...OrderDetailsPage_order\n    }\n  }\n',
): (typeof documents)['\n  subscription OrderDetailsOrderChanged($orderId: ID!) {\n    orderChanged(orderId: $orderId) {\n      id\n      ...OrderDetailsPage_order\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderInformation_order on Order {\n    id\n    number\n    status\n    placedAt\n    acceptedAt\n    rejectedAt\n    cancelledAt\n    rejectionReason\n    rejectionMessage\n    cancellationReason\n    cancellationMessage\n    restocked\n    paymentMethod\n    buyerNote\n    customer {\n      id\n      name\n      paymentTermsLabel\n    }\n    buyer {\n      id\n      companyName\n      contactName\n      email\n      phone\n    }\n    parentOrder {\n      id\n      number\n    }\n    splitOrders {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderInformation_order on Order {\n    id\n    number\n    status\n    placedAt\n    acceptedAt\n    rejectedAt\n    cancelledAt\n    rejectionReason\n    rejectionMessage\n    cancellationReason\n    cancellationMessage\n    restocked\n    paymentMethod\n    buyerNote\n    customer {\n      id\n      name\n      paymentTermsLabel\n    }\n    buyer {\n      id\n      companyName\n      contactName\n      email\n      phone\n    }\n    parentOrder {\n      id\n      number\n    }\n    splitOrders {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderInvoices_order on Order {\n    id\n    invoice {\n      id\n      status\n    }\n    invoices {\n      id\n      displayNumber\n      status\n      voidReason\n      total {\n        amount\n        currency\n      }\n      document {\n        supplementary\n      }\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderInvoices_order on Order {\n    id\n    invoice {\n      id\n      status\n    }\n    invoices {\n      id\n      displayNumber\n      status\n      voidReason\n      total {\n        amount\n        currency\n      }\n      document {\n        supplementary\n      }\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderItems_order on Order {\n    id\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderItems_order on Order {\n    id\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n      stockOnHand\n    }\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderItemsEditor_order on Order {\n    id\n    number\n    version\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n    }\n    shipping {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderItemsEditor_order on Order {\n    id\n    number\n    version\n    items {\n      id\n      sku\n      productName\n      variantName\n      unitPrice {\n        amount\n        currency\n      }\n      quantity\n    }\n    shipping {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      id\n      type\n      summary\n      data\n      createdAt\n      actor {\n        type\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      id\n      type\n      summary\n      data\n      createdAt\n      actor {\n        type\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderAdjustmentSummary_adjustment on OrderAdjustment {\n    committed\n    changes\n    lines {\n      sku\n      description\n      unitPrice {\n        amount\n        currency\n      }\n      quantityBefore\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    totalBefore {\n      amount\n      currency\n    }\n    totalAfter {\n      amount\n      currency\n    }\n    voidedInvoiceNumbers\n    creditNote {\n      number\n      total {\n        amount\n        currency\n      }\n    }\n    refunds {\n      method\n      amount {\n        amount\n        currency\n      }\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderAdjustmentSummary_adjustment on OrderAdjustment {\n    committed\n    changes\n    lines {\n      sku\n      description\n      unitPrice {\n        amount\n        currency\n      }\n      quantityBefore\n      quantity\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    totalBefore {\n      amount\n      currency\n    }\n    totalAfter {\n      amount\n      currency\n    }\n    voidedInvoiceNumbers\n    creditNote {\n      number\n      total {\n        amount\n        currency\n      }\n    }\n    refunds {\n      method\n      amount {\n        amount\n        currency\n      }\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditOrder($input: EditOrderInput!) {\n    editOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      adjustment {\n        ...OrderAdjustmentSummary_adjustment\n      }\n      creditNote {\n        id\n        displayNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditOrder($input: EditOrderInput!) {\n    editOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      adjustment {\n        ...OrderAdjustmentSummary_adjustment\n      }\n      creditNote {\n        id\n        displayNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      adjustment {\n        ...OrderAdjustmentSummary_adjustment\n      }\n      creditNote {\n        id\n        displayNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      adjustment {\n        ...OrderAdjustmentSummary_adjustment\n      }\n      creditNote {\n        id\n        displayNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      newOrder {\n        id\n        number\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      newOrder {\n        id\n        number\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      orderItem {\n        id\n        quantity\n        lineTotal {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {\n    updateOrderItemQuantity(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      orderItem {\n        id\n        quantity\n        lineTotal {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {\n    removeOrderItem(input: $input) {\n      order {\n        id\n        version\n        ...OrderDetailsPage_order\n      }\n      removedOrderItemId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {\n    removeOrderItem(input: $input) {\n      order {\n        id\n        version\n        ...OrderDetailsPage_order\n      }\n      removedOrderItemId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      customer {\n        id\n        name\n        email\n        paymentTermsDays\n        paymentTermsLabel\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptOrder($input: AcceptOrderInput!) {\n    acceptOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      customer {\n        id\n        name\n        email\n        paymentTermsDays\n        paymentTermsLabel\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectOrder($input: RejectOrderInput!) {\n    rejectOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectOrder($input: RejectOrderInput!) {\n    rejectOrder(input: $input) {\n      order {\n        id\n        ...OrderDetailsPage_order\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptOrders($input: AcceptOrdersInput!) {\n    acceptOrders(input: $input) {\n      accepted {\n        id\n        number\n        ...OrdersTable_order\n      }\n      needsCustomer {\n        id\n        number\n        buyerName\n      }\n      failed {\n        orderId\n        order {\n          id\n          number\n        }\n        code\n        message\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptOrders($input: AcceptOrdersInput!) {\n    acceptOrders(input: $input) {\n      accepted {\n        id\n        number\n        ...OrdersTable_order\n      }\n      needsCustomer {\n        id\n        number\n        buyerName\n      }\n      failed {\n        orderId\n        order {\n          id\n          number\n        }\n        code\n        message\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuyerSelect($search: String, $first: Int) {\n    buyers(search: $search, first: $first) {\n      id\n      companyName\n      contactName\n    }\n  }\n',
): (typeof documents)['\n  query BuyerSelect($search: String, $first: Int) {\n    buyers(search: $search, first: $first) {\n      id\n      companyName\n      contactName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderStatusTabs_counts on OrderStatusCounts {\n    all\n    byStatus {\n      status\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderStatusTabs_counts on OrderStatusCounts {\n    all\n    byStatus {\n      status\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrdersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrderFilter\n    $sort: OrderSort\n    $countsFilter: OrderFilter\n    $withCounts: Boolean!\n  ) {\n    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          id\n          buyer {\n            id\n            companyName\n          }\n          ...OrdersTable_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {\n      ...OrderStatusTabs_counts\n    }\n  }\n',
): (typeof documents)['\n  query OrdersPage(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrderFilter\n    $sort: OrderSort\n    $countsFilter: OrderFilter\n    $withCounts: Boolean!\n  ) {\n    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          id\n          buyer {\n            id\n            companyName\n          }\n          ...OrdersTable_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {\n      ...OrderStatusTabs_counts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OrdersPageOrderChanged {\n    orderChanged {\n      id\n      ...OrdersTable_order\n    }\n  }\n',
): (typeof documents)['\n  subscription OrdersPageOrderChanged {\n    orderChanged {\n      id\n      ...OrdersTable_order\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrdersTable_order on Order {\n    id\n    number\n    version\n    deadline {\n      ...DeadlineBadge_deadline\n    }\n    placedAt\n    status\n    paymentStatus\n    itemCount\n    buyerName\n    buyer {\n      id\n      contactName\n    }\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      carrier\n      trackingNumbers\n    }\n    invoice {\n      id\n      displayNumber\n      status\n      dueOn\n      overdue\n    }\n    invoices {\n      id\n      displayNumber\n      status\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment OrdersTable_order on Order {\n    id\n    number\n    version\n    deadline {\n      ...DeadlineBadge_deadline\n    }\n    placedAt\n    status\n    paymentStatus\n    itemCount\n    buyerName\n    buyer {\n      id\n      contactName\n    }\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      carrier\n      trackingNumbers\n    }\n    invoice {\n      id\n      displayNumber\n      status\n      dueOn\n      overdue\n    }\n    invoices {\n      id\n      displayNumber\n      status\n    }\n    amountToInvoice {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoicePaymentSection_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    paymentMethod\n    dueOn\n    paidAt\n    overdue\n    total {\n      amount\n      currency\n    }\n    document {\n      paymentTerms\n    }\n    order {\n      id\n      paymentStatus\n      buyerName\n      buyer {\n        id\n        cardBrand\n        cardLast4\n      }\n    }\n    payments {\n      id\n      status\n      method\n      failureMessage\n      termsMethod\n      reference\n      paidOn\n      createdAt\n      ...PaymentAttempts_payment\n    }\n  }\n',
): (typeof documents)['\n  fragment InvoicePaymentSection_invoice on Invoice {\n    id\n    displayNumber\n    status\n    paymentStatus\n    paymentMethod\n    dueOn\n    paidAt\n    overdue\n    total {\n      amount\n      currency\n    }\n    document {\n      paymentTerms\n    }\n    order {\n      id\n      paymentStatus\n      buyerName\n      buyer {\n        id\n        cardBrand\n        cardLast4\n      }\n    }\n    payments {\n      id\n      status\n      method\n      failureMessage\n      termsMethod\n      reference\n      paidOn\n      createdAt\n      ...PaymentAttempts_payment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaymentAttempts_payment on Payment {\n    id\n    attempt\n    method\n    status\n    amount {\n      amount\n      currency\n    }\n    failureCode\n    failureMessage\n    termsMethod\n    reference\n    paidOn\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment PaymentAttempts_payment on Payment {\n    id\n    attempt\n    method\n    status\n    amount {\n      amount\n      currency\n    }\n    failureCode\n    failureMessage\n    termsMethod\n    reference\n    paidOn\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryInvoicePayment($input: RetryInvoicePaymentInput!) {\n    retryInvoicePayment(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryInvoicePayment($input: RetryInvoicePaymentInput!) {\n    retryInvoicePayment(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {\n    markInvoicePaid(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {\n    markInvoicePaid(input: $input) {\n      invoice {\n        id\n        ...InvoicePage_invoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RefundList_refund on Refund {\n    id\n    method\n    status\n    amount {\n      amount\n      currency\n    }\n    creditNoteNumber\n    termsMethod\n    reference\n    refundedOn\n    createdAt\n    attempts {\n      id\n      attempt\n      status\n      failureMessage\n      stripeRefundId\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  fragment RefundList_refund on Refund {\n    id\n    method\n    status\n    amount {\n      amount\n      currency\n    }\n    creditNoteNumber\n    termsMethod\n    reference\n    refundedOn\n    createdAt\n    attempts {\n      id\n      attempt\n      status\n      failureMessage\n      stripeRefundId\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryRefund($input: RetryRefundInput!) {\n    retryRefund(input: $input) {\n      refund {\n        id\n        ...RefundList_refund\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryRefund($input: RetryRefundInput!) {\n    retryRefund(input: $input) {\n      refund {\n        id\n        ...RefundList_refund\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordTermsRefund($input: RecordTermsRefundInput!) {\n    recordTermsRefund(input: $input) {\n      refund {\n        id\n        ...RefundList_refund\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordTermsRefund($input: RecordTermsRefundInput!) {\n    recordTermsRefund(input: $input) {\n      refund {\n        id\n        ...RefundList_refund\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeadlinesSection_seller on Seller {\n    id\n    acceptWithinBusinessDays\n    shipWithinBusinessDays\n    timeZone\n    locale\n  }\n',
): (typeof documents)['\n  fragment DeadlinesSection_seller on Seller {\n    id\n    acceptWithinBusinessDays\n    shipWithinBusinessDays\n    timeZone\n    locale\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDeadlineSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        ...DeadlinesSection_seller\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDeadlineSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        ...DeadlinesSection_seller\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SettingsPage {\n    me {\n      id\n      role\n      seller {\n        id\n        name\n        buyerAccessRequiresApproval\n        ...DeadlinesSection_seller\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SettingsPage {\n    me {\n      id\n      role\n      seller {\n        id\n        name\n        buyerAccessRequiresApproval\n        ...DeadlinesSection_seller\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        buyerAccessRequiresApproval\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {\n    updateSellerSettings(input: $input) {\n      seller {\n        id\n        buyerAccessRequiresApproval\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      prefix\n      createdAt\n      lastUsedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n        description\n        events\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n        description\n        events\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastAttemptAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastAttemptAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendWebhookDelivery($input: ResendWebhookDeliveryInput!) {\n    resendWebhookDelivery(input: $input) {\n      delivery {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendWebhookDelivery($input: ResendWebhookDeliveryInput!) {\n    resendWebhookDelivery(input: $input) {\n      delivery {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      events\n      enabled\n    }\n  }\n',
): (typeof documents)['\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      events\n      enabled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedEndpointId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedEndpointId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollWebhookEndpointSecret($input: WebhookEndpointInput!) {\n    rollWebhookEndpointSecret(input: $input) {\n      endpoint {\n        id\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RollWebhookEndpointSecret($input: WebhookEndpointInput!) {\n    rollWebhookEndpointSecret(input: $input) {\n      endpoint {\n        id\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendWebhookTestEvent($input: WebhookEndpointInput!) {\n    sendWebhookTestEvent(input: $input) {\n      delivery {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SendWebhookTestEvent($input: WebhookEndpointInput!) {\n    sendWebhookTestEvent(input: $input) {\n      delivery {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ShipmentForm_order on Order {\n    id\n    number\n    version\n    placedAt\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      carrier\n      service\n      trackingNumbers\n      shippedOn\n      cost {\n        amount\n        currency\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ShipmentForm_order on Order {\n    id\n    number\n    version\n    placedAt\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      carrier\n      service\n      trackingNumbers\n      shippedOn\n      cost {\n        amount\n        currency\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ShippingTab_order on Order {\n    id\n    number\n    status\n    availableActions\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      status\n      displayNumber\n    }\n    ...ShipmentForm_order\n  }\n',
): (typeof documents)['\n  fragment ShippingTab_order on Order {\n    id\n    number\n    status\n    availableActions\n    subtotal {\n      amount\n      currency\n    }\n    shipping {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n    shipment {\n      id\n      ...ShipmentSummary_shipment\n    }\n    invoice {\n      id\n      status\n      displayNumber\n    }\n    ...ShipmentForm_order\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveShipment($input: SaveShipmentInput!) {\n    saveShipment(input: $input) {\n      order {\n        id\n        total {\n          amount\n          currency\n        }\n        ...OrderDetailsPage_order\n      }\n      shipment {\n        id\n        ...ShipmentSummary_shipment\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveShipment($input: SaveShipmentInput!) {\n    saveShipment(input: $input) {\n      order {\n        id\n        total {\n          amount\n          currency\n        }\n        ...OrderDetailsPage_order\n      }\n      shipment {\n        id\n        ...ShipmentSummary_shipment\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ShipmentCarriers {\n    carriers\n  }\n',
): (typeof documents)['\n  query ShipmentCarriers {\n    carriers\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TodayPage_order on Order {\n    id\n    number\n    buyerName\n    total {\n      amount\n      currency\n    }\n    deadline {\n      ...DeadlineBadge_deadline\n    }\n  }\n',
): (typeof documents)['\n  fragment TodayPage_order on Order {\n    id\n    number\n    buyerName\n    total {\n      amount\n      currency\n    }\n    deadline {\n      ...DeadlineBadge_deadline\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TodayPage_invoice on Invoice {\n    id\n    displayNumber\n    dueOn\n    total {\n      amount\n      currency\n    }\n    order {\n      id\n      number\n      buyerName\n    }\n    payments {\n      id\n      status\n      failureMessage\n    }\n  }\n',
): (typeof documents)['\n  fragment TodayPage_invoice on Invoice {\n    id\n    displayNumber\n    dueOn\n    total {\n      amount\n      currency\n    }\n    order {\n      id\n      number\n      buyerName\n    }\n    payments {\n      id\n      status\n      failureMessage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TodayPage {\n    today {\n      pendingOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      unshippedOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      uninvoicedOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      failedPayments {\n        count\n        invoices(first: 5) {\n          id\n          ...TodayPage_invoice\n        }\n      }\n      overdueInvoices {\n        count\n        invoices(first: 5) {\n          id\n          ...TodayPage_invoice\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TodayPage {\n    today {\n      pendingOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      unshippedOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      uninvoicedOrders {\n        count\n        lateCount\n        orders(first: 5) {\n          id\n          ...TodayPage_order\n        }\n      }\n      failedPayments {\n        count\n        invoices(first: 5) {\n          id\n          ...TodayPage_invoice\n        }\n      }\n      overdueInvoices {\n        count\n        invoices(first: 5) {\n          id\n          ...TodayPage_invoice\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TodayOrderPlaced {\n    orderPlaced {\n      id\n    }\n  }\n',
): (typeof documents)['\n  subscription TodayOrderPlaced {\n    orderPlaced {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TodayOrderChanged {\n    orderChanged {\n      id\n    }\n  }\n',
): (typeof documents)['\n  subscription TodayOrderChanged {\n    orderChanged {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TodayPaymentChanged {\n    invoicePaymentStatusChanged {\n      id\n    }\n  }\n',
): (typeof documents)['\n  subscription TodayPaymentChanged {\n    invoicePaymentStatusChanged {\n      id\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
