import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { invoicePath } from '../../invoices/paths';
import { useFormat } from '../../lib/useFormat';
import type { OrdersTable_OrderFragment } from '../../graphql/graphql';

/** Voided invoices of the order, struck through (their numbers are never reused). */
function VoidedInvoices(props: { order: OrdersTable_OrderFragment }) {
  const voided = props.order.invoices.filter((invoice) => invoice.status === 'VOID' && invoice.displayNumber);
  if (voided.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      {voided.map((invoice) => (
        <Anchor
          key={invoice.id}
          component={Link}
          to={invoicePath(invoice.id)}
          size="xs"
          c="dimmed"
          td="line-through"
          className="tabular-nums"
          title={`${invoice.displayNumber ?? ''} (void)`}
        >
          {invoice.displayNumber}
        </Anchor>
      ))}
    </Group>
  );
}

/**
 * Once issued: the invoice number (a link to it) and a "View Invoice" button; a draft links to its
 * preview. Voided invoices follow struck through, then what is left to invoice after an edit.
 */
export function InvoiceCell(props: { order: OrdersTable_OrderFragment }) {
  const { formatMoney } = useFormat();
  const toInvoice =
    props.order.amountToInvoice.amount > 0 &&
    props.order.status === 'ACCEPTED' &&
    props.order.invoice?.status === 'ISSUED';
  return (
    <Stack gap={2}>
      <CurrentInvoice order={props.order} />
      <VoidedInvoices order={props.order} />
      {toInvoice && (
        <Text size="xs" c="orange.8" className="tabular-nums">
          {formatMoney(props.order.amountToInvoice)} to invoice
        </Text>
      )}
    </Stack>
  );
}

function CurrentInvoice(props: { order: OrdersTable_OrderFragment }) {
  const invoice = props.order.invoice;
  if (invoice?.status === 'DRAFT') {
    return (
      <Anchor component={Link} to={invoicePath(invoice.id)} size="sm" c="dimmed">
        Draft
      </Anchor>
    );
  }
  if (!invoice?.displayNumber) {
    return (
      <Text size="sm" c="dimmed" aria-label="No invoice">
        —
      </Text>
    );
  }
  return (
    // The number, then "View Invoice" beside it or under it: neither is cut off.
    <Group gap={4} wrap="wrap">
      <Anchor
        component={Link}
        to={invoicePath(invoice.id)}
        size="sm"
        fw={500}
        className="tabular-nums"
        td={invoice.status === 'VOID' ? 'line-through' : undefined}
        style={{ overflowWrap: 'anywhere' }}
      >
        {invoice.displayNumber}
      </Anchor>
      <Button
        component={Link}
        to={invoicePath(invoice.id)}
        size="compact-xs"
        variant="light"
        aria-label={`View Invoice ${invoice.displayNumber} of order #${props.order.number}`}
        style={{ flexShrink: 0 }}
      >
        View Invoice
      </Button>
    </Group>
  );
}
