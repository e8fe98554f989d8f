import { graphql } from '../graphql';

/** What the Customers page shows of one customer: every change answers it whole, so the cache follows. */
export const CustomerSummaryFragment = graphql(`
  fragment CustomerSummary_customer on Customer {
    id
    name
    email
    paymentTermsDays
    paymentTermsLabel
    openBalance {
      amount
      currency
    }
    buyers {
      id
      companyName
      contactName
    }
    orders(first: 3) {
      totalCount
      edges {
        node {
          id
          number
        }
      }
    }
  }
`);
