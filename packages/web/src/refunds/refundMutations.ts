import { graphql } from '../graphql';

// A refund that failed at Stripe is retried; a refund owed to a terms buyer is recorded once the
// seller has paid it. Both select the refund with the fragment the order's section shows.

export const RetryRefundMutation = graphql(`
  mutation RetryRefund($input: RetryRefundInput!) {
    retryRefund(input: $input) {
      refund {
        id
        ...RefundList_refund
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RecordTermsRefundMutation = graphql(`
  mutation RecordTermsRefund($input: RecordTermsRefundInput!) {
    recordTermsRefund(input: $input) {
      refund {
        id
        ...RefundList_refund
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);
