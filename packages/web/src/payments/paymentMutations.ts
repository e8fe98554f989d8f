import { graphql } from '../graphql';

// "Marking the Invoice As Paid" (article): "Retry Payment" for a failed card payment, "Mark as Paid"
// for terms. Each selects its userErrors and the invoice with the invoice page's own fragment, so the
// page (and the order's payment status in the cache) updates from the answer alone.

export const RetryInvoicePaymentMutation = graphql(`
  mutation RetryInvoicePayment($input: RetryInvoicePaymentInput!) {
    retryInvoicePayment(input: $input) {
      invoice {
        id
        ...InvoicePage_invoice
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const MarkInvoicePaidMutation = graphql(`
  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {
    markInvoicePaid(input: $input) {
      invoice {
        id
        ...InvoicePage_invoice
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);
