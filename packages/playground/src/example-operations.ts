/**
 * The main order flow, one tab per step, pre-loaded in the playground: find pending orders, read
 * one, accept it, ship it, invoice it, and watch changes live. Replace the IDs with real ones.
 */
const ORDER_ID = '{ "orderId": "paste an order ID from the first tab" }';

type Tab = { query: string; variables?: string };

export const EXAMPLE_TABS: Tab[] = [
  {
    query: `# Welcome to the Order Desk API playground.
# Signed in to the dashboard, requests use your session. To act as a partner application, put
# an API key in the Headers tab below: { "Authorization": "Bearer odk_…" } (keys are created in
# the dashboard's Settings). The Docs panel lists every type, field and argument.

# 1. Orders waiting for review, newest first (cursor pagination: pass pageInfo.endCursor as "after").
query PendingOrders($after: String) {
  orders(first: 10, after: $after, filter: { status: PENDING }) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        buyerName
        status
        version
        total {
          amount
          currency
        }
      }
    }
  }
}`,
  },
  {
    query: `# 2. One order with its items, stock and what you may do with it now.
query OrderDetails($orderId: ID!) {
  order(id: $orderId) {
    id
    number
    status
    version
    availableActions
    items {
      id
      sku
      productName
      quantity
      stockOnHand
    }
    events {
      type
      summary
      actor {
        type
        name
      }
    }
  }
}`,
    variables: ORDER_ID,
  },
  {
    query: `# 3. Accept it (needs orders:write). Refusals come back as userErrors, e.g. STALE_ORDER
# when "expectedVersion" is no longer the order's version.
mutation AcceptOrder($orderId: ID!, $expectedVersion: Int) {
  acceptOrder(input: { orderId: $orderId, expectedVersion: $expectedVersion }) {
    order {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}`,
    variables: ORDER_ID,
  },
  {
    query: `# 4. Save its shipment info (needs orders:write); the cost is in minor units (cents).
mutation SaveShipment($orderId: ID!) {
  saveShipment(
    input: {
      orderId: $orderId
      carrier: "UPS"
      trackingNumbers: ["1Z999AA10123456784"]
      shippedOn: "2026-11-26"
      shippingCost: 1250
    }
  ) {
    shipment {
      carrier
      trackingNumbers
    }
    userErrors {
      code
      field
      message
    }
  }
}`,
    variables: ORDER_ID,
  },
  {
    query: `# 5. Invoice it (needs invoices:write): a draft first, then confirm it with the invoice ID.
mutation CreateInvoiceDraft($orderId: ID!) {
  createInvoiceDraft(input: { orderId: $orderId }) {
    invoice {
      id
      status
      total {
        amount
        currency
      }
    }
    userErrors {
      code
      message
    }
  }
}

mutation ConfirmInvoice($invoiceId: ID!) {
  confirmInvoice(input: { invoiceId: $invoiceId }) {
    invoice {
      id
      displayNumber
      status
      paymentStatus
    }
    userErrors {
      code
      message
    }
  }
}`,
    variables: '{ "orderId": "paste an order ID", "invoiceId": "paste the draft invoice ID" }',
  },
  {
    query: `# 6. Live changes over WebSocket (needs orders:read): run this, then change an order
# (here, in another tab, or in the dashboard) and watch it arrive.
subscription OrderChanges {
  orderChanged {
    id
    number
    status
    version
  }
}`,
  },
];
