import { graphql } from '../../graphql';

// Changes after acceptance: "Edit Order" and "Cancel Order". Both are asked twice, first with
// `preview: true` (a dry run: what would happen to the invoices and payments) and then to commit.
// Each selects the adjustment, its userErrors and the changed order with the page's own fragment.

export const OrderAdjustmentFragment = graphql(`
  fragment OrderAdjustmentSummary_adjustment on OrderAdjustment {
    committed
    changes
    lines {
      sku
      description
      unitPrice {
        amount
        currency
      }
      quantityBefore
      quantity
      lineTotal {
        amount
        currency
      }
    }
    totalBefore {
      amount
      currency
    }
    totalAfter {
      amount
      currency
    }
    voidedInvoiceNumbers
    creditNote {
      number
      total {
        amount
        currency
      }
    }
    refunds {
      method
      amount {
        amount
        currency
      }
    }
    amountToInvoice {
      amount
      currency
    }
  }
`);

export const EditOrderMutation = graphql(`
  mutation EditOrder($input: EditOrderInput!) {
    editOrder(input: $input) {
      order {
        id
        ...OrderDetailsPage_order
      }
      adjustment {
        ...OrderAdjustmentSummary_adjustment
      }
      creditNote {
        id
        displayNumber
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const CancelOrderMutation = graphql(`
  mutation CancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      order {
        id
        ...OrderDetailsPage_order
      }
      adjustment {
        ...OrderAdjustmentSummary_adjustment
      }
      creditNote {
        id
        displayNumber
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);
