import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { formatCalendarDate, formatDateTime, formatMoney } from '../../lib/format';
import { PaymentStatusBadge } from '../StatusBadges';
import { Section } from './Section';

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
    total {
      amount
      currency
    }
    dueOn
    issuedAt
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

const INVOICE_STATUS = {
  DRAFT: { label: 'Draft', color: 'gray' },
  ISSUED: { label: 'Issued', color: 'blue' },
  VOID: { label: 'Void', color: 'dark' },
} as const;

export function InvoiceSummary(props: { invoice: FragmentType<typeof InvoiceSummaryFragment> }) {
  const invoice = getFragmentData(InvoiceSummaryFragment, props.invoice);
  const status = INVOICE_STATUS[invoice.status];
  return (
    <Section title="Invoice" id="order-invoice">
      <Stack gap="xs">
        <Row label="Invoice">
          <Group gap="xs" justify="flex-end">
            <Text size="sm" fw={600} className="tabular-nums">
              {invoice.displayNumber ?? 'Not issued yet'}
            </Text>
            <Badge size="sm" color={status.color}>
              {status.label}
            </Badge>
          </Group>
        </Row>
        <Row label="Payment">
          <PaymentStatusBadge status={invoice.paymentStatus} />
        </Row>
        <Row label="Amount">
          <span className="tabular-nums">{formatMoney(invoice.total)}</span>
        </Row>
        {invoice.issuedAt && <Row label="Issued">{formatDateTime(invoice.issuedAt)}</Row>}
        {invoice.dueOn && <Row label="Due">{formatCalendarDate(invoice.dueOn)}</Row>}
      </Stack>
    </Section>
  );
}
