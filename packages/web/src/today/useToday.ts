import { useQuery, useSubscription } from '@apollo/client/react';
import { useDebouncedCallback } from '@mantine/hooks';
import { graphql } from '../graphql';

const TodayPageQuery = graphql(`
  query TodayPage {
    today {
      pendingOrders {
        count
        lateCount
        orders(first: 5) {
          id
          ...TodayOrderEntry_order
        }
      }
      unshippedOrders {
        count
        lateCount
        orders(first: 5) {
          id
          ...TodayOrderEntry_order
        }
      }
      uninvoicedOrders {
        count
        lateCount
        orders(first: 5) {
          id
          ...TodayOrderEntry_order
        }
      }
      failedPayments {
        count
        invoices(first: 5) {
          id
          ...TodayInvoiceEntry_invoice
        }
      }
      overdueInvoices {
        count
        invoices(first: 5) {
          id
          ...TodayInvoiceEntry_invoice
        }
      }
    }
  }
`);

const TodayOrderPlacedSubscription = graphql(`
  subscription TodayOrderPlaced {
    orderPlaced {
      id
    }
  }
`);

const TodayOrderChangedSubscription = graphql(`
  subscription TodayOrderChanged {
    orderChanged {
      id
    }
  }
`);

const TodayPaymentChangedSubscription = graphql(`
  subscription TodayPaymentChanged {
    invoicePaymentStatusChanged {
      id
    }
  }
`);

/** A burst of pushed changes (a bulk accept, a batch of webhooks) costs one refetch. */
export const TODAY_REFETCH_DELAY_MS = 500;

/**
 * What Today shows, kept current: any order placed or changed, or a payment status change, asks for
 * the page again (debounced). The previous answer stays on screen while the next one loads.
 */
export function useToday() {
  const { data, previousData, error, refetch } = useQuery(TodayPageQuery);
  const refetchSoon = useDebouncedCallback(() => void refetch(), TODAY_REFETCH_DELAY_MS);
  const live = { ignoreResults: true, onData: () => refetchSoon() } as const;
  useSubscription(TodayOrderPlacedSubscription, live);
  useSubscription(TodayOrderChangedSubscription, live);
  useSubscription(TodayPaymentChangedSubscription, live);
  return { today: (data ?? previousData)?.today, error, refetch };
}
