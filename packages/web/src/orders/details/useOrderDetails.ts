import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { getFragmentData, graphql } from '../../graphql';
import type { OrderDetailsPage_OrderFragment } from '../../graphql/graphql';
import { PAYMENT_POLL_INTERVAL_MS } from '../../payments/paymentPolling';
import { readUserErrors, type UserErrorLike } from '../../lib/userErrors';
import { evictOrderLists } from '../evictOrderLists';
import { AcceptOrderMutation } from './reviewMutations';

/**
 * Everything the Order Details screen shows of an order. The query, the live subscription and every
 * review mutation select it, so whichever answers last, the screen shows the whole current order.
 */
export const OrderDetailsPageOrderFragment = graphql(`
  fragment OrderDetailsPage_order on Order {
    id
    number
    status
    paymentStatus
    version
    availableActions
    customer {
      id
    }
    buyer {
      id
      companyName
      customer {
        id
      }
    }
    items {
      id
      sku
      productName
      variantName
      quantity
      stockOnHand
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
`);

const OrderDetailsPageQuery = graphql(`
  query OrderDetailsPage($id: ID!) {
    order(id: $id) {
      id
      ...OrderDetailsPage_order
    }
    mailCatcherUrl
  }
`);

/** Changes made elsewhere (another seller user, a partner app, the email worker) arrive live. */
export const OrderDetailsOrderChangedSubscription = graphql(`
  subscription OrderDetailsOrderChanged($orderId: ID!) {
    orderChanged(orderId: $orderId) {
      id
      ...OrderDetailsPage_order
    }
  }
`);

export type OrderDetails = OrderDetailsPage_OrderFragment;

/** What "Accept" answered: accepted, or the refusals (CUSTOMER_REQUIRED: the buyer needs a customer). */
export interface AcceptAnswer {
  accepted: boolean;
  /** The customer the order was linked to. */
  customerName: string | null;
  refusals: ReadonlyArray<UserErrorLike>;
}

/**
 * The order of the Order Details screen, kept current (fetched, then pushed live, and asked again
 * now and then while a card refund is at Stripe), and the screen's own "Accept".
 */
export function useOrderDetails(id: string) {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(OrderDetailsPageQuery, {
    variables: { id },
  });
  useSubscription(OrderDetailsOrderChangedSubscription, {
    variables: { orderId: id },
    skip: !id,
    // The pushed order is merged into the cache by its id: the query above re-renders from there.
    ignoreResults: true,
  });
  const order = data?.order ? getFragmentData(OrderDetailsPageOrderFragment, data.order) : null;
  // In case a refund's pushed outcome was missed (as the invoice page does for a card charge).
  const refunding = order?.refunds.some((refund) => refund.status === 'PENDING') ?? false;
  useEffect(() => {
    if (!refunding) return undefined;
    startPolling(PAYMENT_POLL_INTERVAL_MS);
    return () => stopPolling();
  }, [refunding, startPolling, stopPolling]);
  const [acceptOrder, { loading: accepting }] = useMutation(AcceptOrderMutation, {
    update(cache, { data: result }) {
      if (result?.acceptOrder.order) evictOrderLists(cache);
    },
  });

  /** "Accept" without a customer decision, against the version shown; null when nothing answered. */
  const accept = async (shown: Pick<OrderDetails, 'id' | 'version'>): Promise<AcceptAnswer | null> => {
    const { data: result } = await acceptOrder({
      variables: { input: { orderId: shown.id, expectedVersion: shown.version } },
    });
    const payload = result?.acceptOrder;
    if (!payload) return null;
    const refusals = readUserErrors(payload.userErrors);
    return {
      accepted: refusals.length === 0 && payload.order !== null,
      customerName: payload.customer?.name ?? null,
      refusals,
    };
  };

  return {
    /** Null before the first answer, and for an order that is not (or not one of) the seller's. */
    order,
    mailCatcherUrl: data?.mailCatcherUrl ?? null,
    answered: data !== undefined,
    loading,
    error,
    refetch,
    accept,
    accepting,
  };
}
