/**
 * The dashboard's Order Details page query as the dashboard sends it: copied (printed, fragments included) from the
 * document codegen generates out of packages/web/src (orders/details/OrderDetailsPage.tsx and the fragments its components own).
 * Copy it again when that page changes.
 */
export const ORDER_DETAILS_PAGE = /* GraphQL */ `
  query OrderDetailsPage($id: ID!) {
    order(id: $id) {
      id
      ...OrderDetailsPage_order
    }
    mailCatcherUrl
  }

  fragment OrderInformation_order on Order {
    id
    number
    status
    placedAt
    acceptedAt
    rejectedAt
    cancelledAt
    rejectionReason
    rejectionMessage
    cancellationReason
    cancellationMessage
    restocked
    paymentMethod
    buyerNote
    customer {
      id
      name
      paymentTermsLabel
    }
    buyer {
      id
      companyName
      contactName
      email
      phone
    }
    parentOrder {
      id
      number
    }
    splitOrders {
      id
      number
    }
  }

  fragment AddressCard_address on Address {
    name
    company
    line1
    line2
    city
    region
    postalCode
    country
    phone
  }

  fragment OrderAddresses_order on Order {
    id
    shippingAddress {
      ...AddressCard_address
    }
    billingAddress {
      ...AddressCard_address
    }
  }

  fragment OrderItems_order on Order {
    id
    items {
      id
      sku
      productName
      variantName
      unitPrice {
        amount
        currency
      }
      quantity
      lineTotal {
        amount
        currency
      }
      stockOnHand
    }
    subtotal {
      amount
      currency
    }
    shipping {
      amount
      currency
    }
    total {
      amount
      currency
    }
  }

  fragment OrderTimeline_order on Order {
    id
    events {
      id
      type
      summary
      data
      createdAt
      actor {
        type
        name
      }
    }
  }

  fragment OrderItemsEditor_order on Order {
    id
    number
    version
    items {
      id
      sku
      productName
      variantName
      unitPrice {
        amount
        currency
      }
      quantity
    }
    shipping {
      amount
      currency
    }
  }

  fragment OrderInvoices_order on Order {
    id
    invoice {
      id
      status
    }
    invoices {
      id
      displayNumber
      status
      voidReason
      total {
        amount
        currency
      }
      document {
        supplementary
      }
    }
    amountToInvoice {
      amount
      currency
    }
  }

  fragment CreditNoteList_creditNote on CreditNote {
    id
    displayNumber
    reason
    issuedAt
    pdfUrl
    total {
      amount
      currency
    }
  }

  fragment RefundList_refund on Refund {
    id
    method
    status
    amount {
      amount
      currency
    }
    creditNoteNumber
    termsMethod
    reference
    refundedOn
    createdAt
    attempts {
      id
      attempt
      status
      failureMessage
      stripeRefundId
      createdAt
    }
  }

  fragment CreditNotesAndRefunds_order on Order {
    id
    creditNotes {
      id
      ...CreditNoteList_creditNote
    }
    refunds {
      id
      ...RefundList_refund
    }
  }

  fragment ShipmentSummary_shipment on Shipment {
    id
    carrier
    service
    trackingNumbers
    shippedOn
    cost {
      amount
      currency
    }
  }

  fragment InvoiceSummary_invoice on Invoice {
    id
    displayNumber
    status
    paymentStatus
    paymentMethod
    total {
      amount
      currency
    }
    dueOn
    overdue
    issuedAt
    payments {
      id
      status
      failureMessage
    }
  }

  fragment ShipmentForm_order on Order {
    id
    number
    version
    placedAt
    total {
      amount
      currency
    }
    shipment {
      id
      carrier
      service
      trackingNumbers
      shippedOn
      cost {
        amount
        currency
      }
    }
  }

  fragment ShippingTab_order on Order {
    id
    number
    status
    availableActions
    subtotal {
      amount
      currency
    }
    shipping {
      amount
      currency
    }
    total {
      amount
      currency
    }
    shipment {
      id
      ...ShipmentSummary_shipment
    }
    invoice {
      id
      status
      displayNumber
    }
    ...ShipmentForm_order
  }

  fragment OrderDetailsPage_order on Order {
    id
    number
    status
    paymentStatus
    version
    availableActions
    buyer {
      id
      companyName
    }
    items {
      id
      sku
      productName
      variantName
      quantity
      lineTotal {
        amount
        currency
      }
    }
    ...OrderInformation_order
    ...OrderAddresses_order
    ...OrderItems_order
    ...OrderTimeline_order
    ...OrderItemsEditor_order
    ...OrderInvoices_order
    ...CreditNotesAndRefunds_order
    amountToInvoice {
      amount
      currency
    }
    refunds {
      id
      status
    }
    shipment {
      id
      ...ShipmentSummary_shipment
    }
    invoice {
      id
      ...InvoiceSummary_invoice
    }
    ...ShippingTab_order
  }
`;
