import { Button, Card, Skeleton, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDownload, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { CreditNoteList } from '../credit-notes/CreditNoteList';
import { useFormErrors } from '../lib/useFormErrors';
import { useNow } from '../lib/useNow';
import { orderPath } from '../orders/paths';
import { InvoicePaymentSection } from '../payments/InvoicePaymentSection';
import { FormErrorAlerts } from '../ui/FormErrorAlerts';
import { Page, PageHeader } from '../ui/Page';
import { NotFoundCard, QueryError } from '../ui/States';
import { InvoiceDocument } from './InvoiceDocument';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { useInvoice } from './useInvoice';

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
  const now = useNow();
  const { invoice, answered, loading, error, refetch, confirm, confirming } = useInvoice(id);
  const errors = useFormErrors();

  if (loading && !answered) return <InvoiceSkeleton />;

  if (error && !answered) {
    return (
      <Page>
        <PageHeader title="Invoice" back={{ to: '/orders?view=all', label: 'All Orders' }} />
        <QueryError title="Could not load this invoice" error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }

  if (!invoice) {
    return (
      <NotFoundCard
        title="Invoice not found"
        description="This invoice does not exist or is not one of your brand's invoices."
        back={{ to: '/orders?view=all', label: 'Go to All Orders' }}
      />
    );
  }

  const draft = invoice.status === 'DRAFT';
  const back = { to: orderPath(invoice.order.id), label: `Order #${invoice.order.number}` };

  const submit = async () => {
    if (confirming) return;
    errors.clear();
    try {
      const answer = await confirm(invoice);
      if (!answer) return;
      const issued = answer.issued;
      if (!issued) {
        errors.setUserErrors(answer.refusals);
        return;
      }
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
