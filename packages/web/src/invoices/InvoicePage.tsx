import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Card, Skeleton, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../graphql';
import { useNow } from '../lib/useNow';
import { useFormErrors } from '../lib/useFormErrors';
import { readUserErrors } from '../lib/userErrors';
import { FormErrorAlerts } from '../ui/FormErrorAlerts';
import { evictOrderLists } from '../orders/evictOrderLists';
import { orderPath } from '../orders/paths';
import { InvoicePaymentSection } from '../payments/InvoicePaymentSection';
import { Page, PageHeader } from '../ui/Page';
import { NotFoundCard, QueryError } from '../ui/States';
import { CreditNoteList } from '../credit-notes/CreditNoteList';
import { ConfirmInvoiceMutation } from './invoiceMutations';
import { InvoiceDocument } from './InvoiceDocument';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

export const InvoicePageInvoiceFragment = graphql(`
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
export const InvoicePagePaymentChangedSubscription = graphql(`
  subscription InvoicePagePaymentChanged($invoiceId: ID!) {
    invoicePaymentStatusChanged(invoiceId: $invoiceId) {
      id
      ...InvoicePage_invoice
    }
  }
`);

/**
 * While a card charge is in flight the page also asks now and then, in case a pushed change was
 * missed (a dropped connection) or overtaken by an older answer.
 */
export const PAYMENT_POLL_INTERVAL_MS = 5_000;

function InvoiceSkeleton() {
  return (
    <Page>
      <Stack gap="xs" aria-busy="true" aria-label="Loading invoice">
        <Skeleton height={14} width={90} />
        <Skeleton height={30} width={260} />
      </Stack>
      <Skeleton height={640} maw={880} w="100%" mx="auto" radius="md" />
    </Page>
  );
}

/**
 * `/invoices/:id`. For a draft, the "Invoice Preview" page (article: "Review the details before
 * clicking confirm"): the document exactly as it will be issued, with "Confirm". Once issued, the
 * same page is the printable invoice with its PDF.
 */
export function InvoicePage() {
  const { id = '' } = useParams<{ id: string }>();
  // A draft's document is computed from the order as it is now: always ask the server again.
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(InvoicePageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(InvoicePagePaymentChangedSubscription, {
    variables: { invoiceId: id },
    skip: !id,
    ignoreResults: true,
  });
  const now = useNow();
  const shown = data?.invoice ? getFragmentData(InvoicePageInvoiceFragment, data.invoice) : null;
  const charging = shown?.paymentStatus === 'PROCESSING';
  useEffect(() => {
    if (!charging) return undefined;
    startPolling(PAYMENT_POLL_INTERVAL_MS);
    return () => stopPolling();
  }, [charging, startPolling, stopPolling]);
  const [confirm, { loading: confirming }] = useMutation(ConfirmInvoiceMutation, {
    update(cache, { data: result }) {
      if (result?.confirmInvoice.invoice) evictOrderLists(cache);
    },
  });
  const errors = useFormErrors();

  if (loading && !data) return <InvoiceSkeleton />;

  if (error && !data) {
    return (
      <Page>
        <PageHeader title="Invoice" back={{ to: '/orders?view=all', label: 'All Orders' }} />
        <QueryError title="Could not load this invoice" error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }

  if (!data?.invoice) {
    return (
      <NotFoundCard
        title="Invoice not found"
        description="This invoice does not exist or is not one of your brand's invoices."
        back={{ to: '/orders?view=all', label: 'Go to All Orders' }}
      />
    );
  }

  const invoice = getFragmentData(InvoicePageInvoiceFragment, data.invoice);
  const draft = invoice.status === 'DRAFT';
  const back = { to: orderPath(invoice.order.id), label: `Order #${invoice.order.number}` };

  const submit = async () => {
    if (confirming) return;
    errors.clear();
    try {
      const { data: result } = await confirm({
        // The version of the order this preview was computed from: if the order changed since, the
        // API refuses (STALE_ORDER) rather than issue something the seller has not seen.
        variables: { input: { invoiceId: invoice.id, expectedOrderVersion: invoice.order.version } },
      });
      const payload = result?.confirmInvoice;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.invoice) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      const issued = getFragmentData(InvoicePageInvoiceFragment, payload.invoice);
      notifications.show({
        color: 'green',
        icon: <IconCheck size={18} />,
        title: `Invoice ${issued.displayNumber ?? issued.document.number} issued`,
        message:
          issued.paymentMethod === 'CARD'
            ? "The buyer's card on file is being charged: the payment status below follows it."
            : 'Download the PDF or print it for your records.',
      });
    } catch (caught) {
      errors.fail(caught);
    }
  };

  const title = draft ? 'Invoice Preview' : `Invoice ${invoice.displayNumber ?? invoice.document.number}`;

  return (
    <Page>
      <title>{`${title} · Order Desk`}</title>
      {/* Header and sheet share the sheet's width, so the actions sit above its right edge. */}
      <Stack gap="lg" maw={880} w="100%" mx="auto">
        <div className="no-print">
          <PageHeader
            back={back}
            title={title}
            description={
              draft
                ? `Review the details before clicking Confirm: it issues invoice ${invoice.document.number} to ${invoice.document.billTo}${
                    invoice.paymentMethod === 'CARD' ? " and charges the buyer's card on file" : ''
                  }. An issued invoice cannot be changed.`
                : invoice.status === 'VOID'
                  ? `Void: not payable.${invoice.voidReason ? ` ${invoice.voidReason}` : ''}`
                  : undefined
            }
            // The payment status heads the Payment section just below.
            badges={<InvoiceStatusBadge status={invoice.status} size="lg" />}
            actions={
              draft ? (
                <>
                  <Button component={Link} to={orderPath(invoice.order.id)} variant="default">
                    Back to order
                  </Button>
                  <Button
                    leftSection={<IconCheck size={16} />}
                    loading={confirming}
                    // While the preview is being refreshed, what is shown may not be what would be issued.
                    disabled={loading}
                    onClick={() => void submit()}
                  >
                    Confirm
                  </Button>
                </>
              ) : (
                <>
                  <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
                    Print
                  </Button>
                  {invoice.pdfUrl && (
                    <Button component="a" href={invoice.pdfUrl} download leftSection={<IconDownload size={16} />}>
                      Download PDF
                    </Button>
                  )}
                </>
              )
            }
          />
        </div>

        {(errors.stale || errors.messages().length > 0) && (
          <Stack gap="sm" className="no-print">
            <FormErrorAlerts errors={errors} onReload={() => refetch()} />
          </Stack>
        )}

        {!draft && (
          <div className="no-print">
            <InvoicePaymentSection invoice={invoice} now={now} onReload={() => refetch()} />
          </div>
        )}

        {invoice.creditNotes.length > 0 && (
          <Card className="no-print" component="section" aria-labelledby="invoice-credit-notes-title">
            <Stack gap="sm">
              <Title order={2} size="h3" id="invoice-credit-notes-title">
                Credit notes against this invoice
              </Title>
              <CreditNoteList creditNotes={invoice.creditNotes} />
            </Stack>
          </Card>
        )}

        <InvoiceDocument invoice={invoice} />
      </Stack>
    </Page>
  );
}
