import { graphql } from '../graphql';

// "Create Invoice" and "Confirm" (article: "How do I create an invoice for the order?"). Each selects
// its userErrors and the changed invoice and order with the fragments of the screens showing them.

export const CreateInvoiceDraftMutation = graphql(`
  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {
    createInvoiceDraft(input: $input) {
      invoice {
        id
        status
      }
      order {
        id
        ...OrderDetailsPage_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const ConfirmInvoiceMutation = graphql(`
  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {
    confirmInvoice(input: $input) {
      invoice {
        id
        ...InvoicePage_invoice
      }
      order {
        id
        ...OrderDetailsPage_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);
