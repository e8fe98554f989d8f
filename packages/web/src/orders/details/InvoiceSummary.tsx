import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileInvoice } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { InvoiceStatusBadge } from '../../invoices/InvoiceStatusBadge';
import { invoicePath } from '../../invoices/paths';
import { useFormat } from '../../lib/useFormat';
import { Section } from '../../ui/Section';
import { SummaryRow } from '../../ui/SummaryRow';
import { PaymentStatusBadge } from '../PaymentStatusBadge';

export const InvoiceSummaryFragment = graphql(`
  fragment InvoiceSummary_invoice on Invoice {
    id
    displayNumber
    status
    paymentStatus
    paymentMethod
    availableActions
    total {
      amount
      currency
    }
    dueOn
    overdue
    issuedAt
    payments {
      id
      status
      failureMessage
    }
  }
`);

/** The order's invoice: its number (a link to it) and status, payment, amount and dates. */
export function InvoiceSummary(props: { invoice: FragmentType<typeof InvoiceSummaryFragment> }) {
  const { formatMoney, formatDateTime, formatCalendarDate } = useFormat();
  const invoice = getFragmentData(InvoiceSummaryFragment, props.invoice);
  const draft = invoice.status === 'DRAFT';
  // A failed card payment is retried from the invoice ("Retry Payment"), when its state table allows.
  const retryable = invoice.availableActions.includes('RETRY_PAYMENT');
  const failureMessage = invoice.payments[invoice.payments.length - 1]?.failureMessage ?? null;
  return (
    <Section title="Invoice" id="order-invoice">
      <Stack gap="xs">
        <SummaryRow label="Invoice">
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            {invoice.displayNumber ? (
              <Anchor component={Link} to={invoicePath(invoice.id)} size="sm" fw={600} className="tabular-nums">
                {invoice.displayNumber}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                Not issued yet
              </Text>
            )}
            <InvoiceStatusBadge status={invoice.status} size="sm" />
          </Group>
        </SummaryRow>
        {!draft && (
          <SummaryRow label="Payment">
            <PaymentStatusBadge status={invoice.paymentStatus} />
          </SummaryRow>
        )}
        <SummaryRow label="Amount">
          <span className="tabular-nums">{formatMoney(invoice.total)}</span>
        </SummaryRow>
        {invoice.issuedAt && <SummaryRow label="Issued">{formatDateTime(invoice.issuedAt)}</SummaryRow>}
        {invoice.dueOn && (
          <SummaryRow label="Due">
            <Group gap={6} justify="flex-end" wrap="nowrap">
              {invoice.overdue && (
                <Badge color="red" variant="filled" size="sm">
                  Overdue
                </Badge>
              )}
              <Text span size="sm" c={invoice.overdue ? 'red.7' : undefined} fw={invoice.overdue ? 600 : undefined}>
                {formatCalendarDate(invoice.dueOn)}
              </Text>
            </Group>
          </SummaryRow>
        )}
        {retryable && (
          <Alert
            color={invoice.paymentStatus === 'FAILED' ? 'red' : 'orange'}
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={invoice.paymentStatus === 'FAILED' ? 'The card payment failed' : 'The bank requires authentication'}
            p="sm"
            mt={4}
          >
            <Stack gap="xs" align="flex-start">
              {failureMessage && <Text size="sm">{failureMessage}</Text>}
              <Button
                component={Link}
                to={invoicePath(invoice.id)}
                size="xs"
                color={invoice.paymentStatus === 'FAILED' ? 'red' : 'orange'}
                // Filled: a light button on the alert's tint is too faint to read (WCAG AA).
                variant="filled"
              >
                Open invoice to retry
              </Button>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button
            component={Link}
            to={invoicePath(invoice.id)}
            size="xs"
            variant={draft ? 'filled' : 'light'}
            leftSection={<IconFileInvoice size={14} />}
          >
            {draft ? 'Open Invoice Preview' : 'View Invoice'}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
