import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileInvoice, IconTruck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { type MoneyValue } from '../../lib/format';
import { CreateInvoiceButton } from '../../invoices/CreateInvoiceButton';
import { InvoiceStatusBadge } from '../../invoices/InvoiceStatusBadge';
import { invoicePath } from '../../invoices/paths';
import { PaymentStatusBadge } from '../StatusBadges';
import { Section } from '../../ui/Section';
import { useFormat } from '../../lib/useFormat';

export const ShipmentSummaryFragment = graphql(`
  fragment ShipmentSummary_shipment on Shipment {
    id
    carrier
    service
    trackingNumbers
    shippedOn
    cost {
      amount
      currency
    }
  }
`);

export const InvoiceSummaryFragment = graphql(`
  fragment InvoiceSummary_invoice on Invoice {
    id
    displayNumber
    status
    paymentStatus
    paymentMethod
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

function Row(props: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {props.label}
      </Text>
      <Text size="sm" ta="right" component="div" style={{ minWidth: 0 }}>
        {props.children}
      </Text>
    </Group>
  );
}

export function ShipmentSummary(props: { shipment: FragmentType<typeof ShipmentSummaryFragment> }) {
  const { formatMoney, formatCalendarDate } = useFormat();
  const shipment = getFragmentData(ShipmentSummaryFragment, props.shipment);
  return (
    <Section title="Shipment" id="order-shipment">
      <Stack gap="xs">
        <Row label="Carrier">
          {shipment.carrier}
          {shipment.service ? ` · ${shipment.service}` : ''}
        </Row>
        <Row label="Tracking">
          {shipment.trackingNumbers.length > 0 ? (
            <Stack gap={0} align="flex-end">
              {shipment.trackingNumbers.map((tracking) => (
                <Text key={tracking} size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {tracking}
                </Text>
              ))}
            </Stack>
          ) : (
            '—'
          )}
        </Row>
        <Row label="Ship date">{formatCalendarDate(shipment.shippedOn)}</Row>
        <Row label="Shipping cost">
          <span className="tabular-nums">{formatMoney(shipment.cost)}</span>
        </Row>
      </Stack>
    </Section>
  );
}

/** The order's invoice: its number (a link to it) and status, payment, amount and dates. */
export function InvoiceSummary(props: { invoice: FragmentType<typeof InvoiceSummaryFragment> }) {
  const { formatMoney, formatDateTime, formatCalendarDate } = useFormat();
  const invoice = getFragmentData(InvoiceSummaryFragment, props.invoice);
  const draft = invoice.status === 'DRAFT';
  // A failed card payment is retried from the invoice ("Retry Payment").
  const retryable =
    invoice.paymentMethod === 'CARD' &&
    (invoice.paymentStatus === 'FAILED' || invoice.paymentStatus === 'REQUIRES_ACTION');
  const failureMessage = invoice.payments[invoice.payments.length - 1]?.failureMessage ?? null;
  return (
    <Section title="Invoice" id="order-invoice">
      <Stack gap="xs">
        <Row label="Invoice">
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
        </Row>
        {!draft && (
          <Row label="Payment">
            <PaymentStatusBadge status={invoice.paymentStatus} />
          </Row>
        )}
        <Row label="Amount">
          <span className="tabular-nums">{formatMoney(invoice.total)}</span>
        </Row>
        {invoice.issuedAt && <Row label="Issued">{formatDateTime(invoice.issuedAt)}</Row>}
        {invoice.dueOn && (
          <Row label="Due">
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
          </Row>
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

/**
 * What comes next for an accepted order that has no invoice yet: the shipment (on the Shipping tab),
 * then "Create Invoice".
 */
export function InvoiceNextStep(props: {
  orderId: string;
  canCreateInvoice: boolean;
  canSaveShipment: boolean;
  /** What a new invoice would bill. */
  amountToInvoice: MoneyValue;
  onOpenShipping: () => void;
}) {
  const { formatMoney } = useFormat();
  if (props.canCreateInvoice) {
    return (
      <Section title="Invoice" id="order-invoice">
        <Stack gap="sm">
          <Text size="sm">
            The shipment info is saved. Create the invoice ({formatMoney(props.amountToInvoice)}) to review it before
            you confirm it.
          </Text>
          <Group justify="flex-end">
            <CreateInvoiceButton orderId={props.orderId} size="sm" />
          </Group>
        </Stack>
      </Section>
    );
  }
  if (!props.canSaveShipment) return null;
  return (
    <Section title="Invoice" id="order-invoice">
      <Stack gap="sm">
        <Text size="sm">
          To invoice this order, save its shipment info first: carrier, tracking numbers and the shipping cost.
        </Text>
        <Group justify="flex-end">
          <Button size="sm" variant="light" leftSection={<IconTruck size={16} />} onClick={props.onOpenShipping}>
            Go to Shipping
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
