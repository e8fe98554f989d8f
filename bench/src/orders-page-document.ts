/**
 * The dashboard's Orders page query as the dashboard sends it: copied (printed, fragments included) from the
 * document codegen generates out of packages/web/src (orders/list/OrdersPage.tsx and the fragments its components own).
 * Copy it again when that page changes.
 */
export const ORDERS_PAGE = /* GraphQL */ `
  query OrdersPage(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: OrderFilter
    $sort: OrderSort
    $countsFilter: OrderFilter
    $withCounts: Boolean!
  ) {
    orders(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
      edges {
        cursor
        node {
          id
          buyer {
            id
            companyName
          }
          ...OrdersTable_order
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      totalCount
    }
    orderStatusCounts(filter: $countsFilter) @include(if: $withCounts) {
      ...OrderStatusTabs_counts
    }
  }

  fragment DeadlineBadge_deadline on OrderDeadline {
    kind
    dueAt
    status
  }

  fragment OrdersTable_order on Order {
    id
    number
    version
    deadline {
      ...DeadlineBadge_deadline
    }
    placedAt
    status
    paymentStatus
    itemCount
    buyerName
    buyer {
      id
      contactName
    }
    total {
      amount
      currency
    }
    shipment {
      id
      carrier
      trackingNumbers
    }
    invoice {
      id
      displayNumber
      status
      dueOn
      overdue
    }
    invoices {
      id
      displayNumber
      status
    }
    amountToInvoice {
      amount
      currency
    }
  }

  fragment OrderStatusTabs_counts on OrderStatusCounts {
    all
    byStatus {
      status
      count
    }
  }
`;
