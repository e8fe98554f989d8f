import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { getFragmentData, graphql } from '../graphql';
import type { InvoicePage_InvoiceFragment } from '../graphql/graphql';
import { readUserErrors, type UserErrorLike } from '../lib/userErrors';
import { evictOrderLists } from '../orders/evictOrderLists';
import { PAYMENT_POLL_INTERVAL_MS } from '../payments/paymentPolling';
import { ConfirmInvoiceMutation } from './invoiceMutations';

const InvoicePageInvoiceFragment = graphql(`
  fragment InvoicePage_invoice on Invoice {
    id
    status
    number
    displayNumber
    paymentStatus
    paymentMethod
    issuedAt
    pdfUrl
    voidReason
    creditNotes {
      id
      ...CreditNoteList_creditNote
    }
    document {
      number
      billTo
    }
    order {
      id
      number
      version
    }
    ...InvoiceDocument_invoice
    ...InvoicePaymentSection_invoice
  }
`);

const InvoicePageQuery = graphql(`
  query InvoicePage($id: ID!) {
    invoice(id: $id) {
      id
      ...InvoicePage_invoice
    }
  }
`);

/**
 * The payment status as it changes (the card charge after Confirm or Retry Payment, a webhook that
 * arrives later, a terms payment recorded in another tab): merged into the cache by the invoice's id.
 */
const InvoicePagePaymentChangedSubscription = graphql(`
  subscription InvoicePagePaymentChanged($invoiceId: ID!) {
    invoicePaymentStatusChanged(invoiceId: $invoiceId) {
      id
      ...InvoicePage_invoice
    }
  }
`);

export type InvoiceDetails = InvoicePage_InvoiceFragment;

/** What "Confirm" answered: the issued invoice, or the refusals. */
export interface ConfirmAnswer {
  issued: InvoiceDetails | null;
  refusals: ReadonlyArray<UserErrorLike>;
}

/**
 * The invoice of `/invoices/:id`, kept current (asked again on every visit, since a draft follows its
 * order; pushed live; polled while a card charge is in flight), and "Confirm" for a draft.
 */
export function useInvoice(id: string) {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(InvoicePageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(InvoicePagePaymentChangedSubscription, {
    variables: { invoiceId: id },
    skip: !id,
    ignoreResults: true,
  });
  const invoice = data?.invoice ? getFragmentData(InvoicePageInvoiceFragment, data.invoice) : null;
  const charging = invoice?.paymentStatus === 'PROCESSING';
  useEffect(() => {
    if (!charging) return undefined;
    startPolling(PAYMENT_POLL_INTERVAL_MS);
    return () => stopPolling();
  }, [charging, startPolling, stopPolling]);
  const [confirmInvoice, { loading: confirming }] = useMutation(ConfirmInvoiceMutation, {
    update(cache, { data: result }) {
      if (result?.confirmInvoice.invoice) evictOrderLists(cache);
    },
  });

  /** Issues the draft; null when nothing answered. */
  const confirm = async (draft: Pick<InvoiceDetails, 'id' | 'order'>): Promise<ConfirmAnswer | null> => {
    const { data: result } = await confirmInvoice({
      // The version of the order this preview was computed from: if the order changed since, the
      // API refuses (STALE_ORDER) rather than issue something the seller has not seen.
      variables: { input: { invoiceId: draft.id, expectedOrderVersion: draft.order.version } },
    });
    const payload = result?.confirmInvoice;
    if (!payload) return null;
    const refusals = readUserErrors(payload.userErrors);
    const issued = payload.invoice ? getFragmentData(InvoicePageInvoiceFragment, payload.invoice) : null;
    return { issued: refusals.length === 0 ? issued : null, refusals };
  };

  return {
    /** Null before the first answer, and for an invoice that is not (or not one of) the seller's. */
    invoice,
    answered: data !== undefined,
    loading,
    error,
    refetch,
    confirm,
    confirming,
  };
}
