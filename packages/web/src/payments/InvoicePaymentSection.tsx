import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCash, IconCircleCheck, IconCreditCard, IconRefresh } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { useFormErrors } from '../lib/useFormErrors';
import { hasCode, readUserErrors } from '../lib/userErrors';
import { evictOrderLists } from '../orders/evictOrderLists';
import { FormErrorAlerts } from '../ui/FormErrorAlerts';
import { invoicePaidNotificationId } from './paymentNotifications';
import { Section } from '../ui/Section';
import { PaymentStatusBadge } from '../orders/PaymentStatusBadge';
import { MarkInvoicePaidDialog } from './MarkInvoicePaidDialog';
import { PaymentAttempts } from './PaymentAttempts';
import { RetryInvoicePaymentMutation } from './paymentMutations';
import { cardLabel, daysPastDue, paidSummary } from './paymentText';
import { useFormat } from '../lib/useFormat';

export const InvoicePaymentSectionFragment = graphql(`
  fragment InvoicePaymentSection_invoice on Invoice {
    id
    displayNumber
    status
    paymentStatus
    paymentMethod
    dueOn
    paidAt
    overdue
    availableActions
    total {
      amount
      currency
    }
    document {
      paymentTerms
    }
    order {
      id
      paymentStatus
      buyerName
      buyer {
        id
        cardBrand
        cardLast4
      }
    }
    payments {
      id
      status
      method
      failureMessage
      termsMethod
      reference
      paidOn
      createdAt
      ...PaymentAttempts_payment
    }
  }
`);

/** After this many failed card attempts the article's advice is shown: agree on another way to pay. */
const ADVICE_AFTER_FAILURES = 2;

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.3}>
        {props.label}
      </Text>
      <Text size="sm" component="div">
        {props.children}
      </Text>
    </Stack>
  );
}

/**
 * The "Payment" section of an issued invoice (article: "Marking the Invoice As Paid"): its payment
 * status, how it is paid, every attempt, and what the seller can do next: "Retry Payment" when the
 * card payment failed, "Mark as Paid" for terms. Not printed: the invoice sheet is what prints.
 */
export function InvoicePaymentSection(props: {
  invoice: FragmentType<typeof InvoicePaymentSectionFragment>;
  now: Date;
  onReload: () => Promise<unknown>;
}) {
  const { formatMoney, formatCalendarDate, display } = useFormat();
  const invoice = getFragmentData(InvoicePaymentSectionFragment, props.invoice);
  const [retry, { loading: retrying }] = useMutation(RetryInvoicePaymentMutation, {
    update(cache, { data }) {
      if (data?.retryInvoicePayment.invoice && data.retryInvoicePayment.userErrors.length === 0) {
        evictOrderLists(cache);
      }
    },
  });
  const errors = useFormErrors();
  // A fresh dialog (and "today") for every opening.
  const [markPaidOpening, setMarkPaidOpening] = useState(0);
  const [markPaidOpen, setMarkPaidOpen] = useState(false);

  const card = invoice.paymentMethod === 'CARD';
  const status = invoice.paymentStatus;
  const number = invoice.displayNumber ?? '';
  // What the seller may do comes from the invoice's state table, never from rules of our own.
  const retryable = invoice.availableActions.includes('RETRY_PAYMENT');
  const markable = invoice.availableActions.includes('MARK_PAID');
  const lastAttempt = invoice.payments[invoice.payments.length - 1];
  const failedAttempts = invoice.payments.filter(
    (payment) => payment.status === 'FAILED' || payment.status === 'REQUIRES_ACTION',
  ).length;
  const paid = status === 'PAID' ? paidSummary(invoice, display) : null;
  const lateBy = invoice.overdue && invoice.dueOn ? daysPastDue(invoice.dueOn, props.now) : 0;

  const submitRetry = async () => {
    if (retrying) return;
    errors.clear();
    try {
      const { data } = await retry({ variables: { input: { invoiceId: invoice.id } } });
      const payload = data?.retryInvoicePayment;
      if (!payload) return;
      const refusals = readUserErrors(payload.userErrors);
      if (refusals.length > 0 || !payload.invoice) {
        errors.setUserErrors(refusals);
        // E.g. already retried from another tab: show where the payment stands now.
        if (hasCode(refusals, 'PAYMENT_NOT_RETRYABLE')) void props.onReload();
      }
    } catch (caught) {
      errors.fail(caught);
    }
  };

  const method = card ? (
    <Group gap={6} wrap="nowrap">
      <IconCreditCard size={16} stroke={1.6} aria-hidden />
      <span>
        Credit card on file
        {cardLabel(invoice.order.buyer.cardBrand, invoice.order.buyer.cardLast4) && (
          <Text span size="sm" c="dimmed">
            {' · '}
            {cardLabel(invoice.order.buyer.cardBrand, invoice.order.buyer.cardLast4)}
          </Text>
        )}
      </span>
    </Group>
  ) : (
    <Group gap={6} wrap="nowrap">
      <IconCash size={16} stroke={1.6} aria-hidden />
      <span>Terms{invoice.document.paymentTerms ? `: ${invoice.document.paymentTerms}` : ''}</span>
    </Group>
  );

  return (
    <Section title="Payment" id="invoice-payment" actions={<PaymentStatusBadge status={status} size="lg" />}>
      <Stack gap="md">
        <Group gap="xl" align="flex-start" wrap="wrap">
          <Fact label="Method">{method}</Fact>
          <Fact label="Amount">
            <span className="tabular-nums">{formatMoney(invoice.total)}</span>
          </Fact>
          {invoice.dueOn && (
            <Fact label="Due date">
              <Group gap="xs" wrap="nowrap">
                <Text
                  span
                  size="sm"
                  fw={invoice.overdue ? 600 : undefined}
                  c={invoice.overdue ? 'red.7' : undefined}
                  data-overdue={invoice.overdue || undefined}
                >
                  {formatCalendarDate(invoice.dueOn)}
                </Text>
                {invoice.overdue && (
                  <Badge color="red" variant="filled" size="sm">
                    Overdue
                  </Badge>
                )}
                {lateBy > 0 && (
                  <Text span size="xs" c="red.7">
                    {lateBy === 1 ? '1 day late' : `${lateBy} days late`}
                  </Text>
                )}
              </Group>
            </Fact>
          )}
        </Group>

        {/* What happens to the payment is announced as it changes (it arrives live). */}
        <div aria-live="polite">
          {paid && (
            <Group gap="xs" wrap="nowrap">
              <ThemeIcon color="green" variant="light" radius="xl" size="md">
                <IconCircleCheck size={18} />
              </ThemeIcon>
              <Text size="sm" fw={600}>
                {paid}
              </Text>
            </Group>
          )}
          {status === 'PROCESSING' && (
            <Group gap="xs" wrap="nowrap">
              <Loader size="xs" aria-hidden />
              <Text size="sm">Charging the card on file… This page updates by itself as soon as the bank answers.</Text>
            </Group>
          )}
          {retryable && (
            <Alert
              color={status === 'FAILED' ? 'red' : 'orange'}
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title={status === 'FAILED' ? 'The card payment failed' : "The buyer's bank requires authentication"}
            >
              <Stack gap="sm" align="flex-start">
                <Text size="sm">{lastAttempt?.failureMessage ?? 'The card was not charged.'}</Text>
                {failedAttempts >= ADVICE_AFTER_FAILURES && (
                  <Text size="sm" c="dimmed">
                    If the payment continues to fail, work with the buyer to establish another method of payment, or
                    contact the marketplace's support team.
                  </Text>
                )}
                <Button
                  color={status === 'FAILED' ? 'red' : 'orange'}
                  leftSection={<IconRefresh size={16} />}
                  loading={retrying}
                  onClick={() => void submitRetry()}
                >
                  Retry Payment
                </Button>
              </Stack>
            </Alert>
          )}
          {status === 'UNPAID' && card && (
            <Text size="sm" c="dimmed">
              The card on file is charged once the invoice is issued.
            </Text>
          )}
          {markable && (
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Text size="sm" c={invoice.overdue ? 'red.8' : 'dimmed'} style={{ flex: '1 1 280px' }}>
                {invoice.overdue
                  ? `The buyer has not paid yet and the invoice is past its due date. Once they have paid you, mark it as paid.`
                  : 'Waiting for the buyer to pay you outside the marketplace (check, transfer…). Once they have, mark the invoice as paid.'}
              </Text>
              <Button
                color="green"
                leftSection={<IconCircleCheck size={16} />}
                onClick={() => {
                  setMarkPaidOpening((count) => count + 1);
                  setMarkPaidOpen(true);
                }}
              >
                Mark as Paid
              </Button>
            </Group>
          )}
          {status === 'REFUNDED' && (
            <Text size="sm" c="dimmed">
              The payment was refunded to the buyer.
            </Text>
          )}
          {status === 'VOID' && (
            <Text size="sm" c="dimmed">
              The invoice was voided before it was paid.
            </Text>
          )}
        </div>

        <FormErrorAlerts errors={errors} />

        {invoice.payments.length > 0 && (
          <PaymentAttempts payments={invoice.payments} detailsLabel={card ? 'Reason' : 'Details'} />
        )}
      </Stack>

      {!card && (
        <MarkInvoicePaidDialog
          key={markPaidOpening}
          opened={markPaidOpen}
          onClose={() => setMarkPaidOpen(false)}
          invoiceId={invoice.id}
          displayNumber={number}
          buyerName={invoice.order.buyerName}
          total={invoice.total}
          onReload={props.onReload}
          onPaid={() => {
            setMarkPaidOpen(false);
            notifications.show({
              id: invoicePaidNotificationId(invoice.id),
              color: 'green',
              icon: <IconCircleCheck size={18} />,
              title: `Invoice ${number} marked paid`,
              message: `Order paid by ${invoice.order.buyerName}.`,
            });
          }}
        />
      )}
    </Section>
  );
}
