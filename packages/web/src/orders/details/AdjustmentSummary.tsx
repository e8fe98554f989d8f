import { Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconCreditCard, IconFileInvoice, IconReceiptRefund } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '../../graphql';
import { LineSku, LineTable } from '../LineTable';
import { OrderAdjustmentFragment } from './adjustmentMutations';
import { useFormat, type Formatters } from '../../lib/useFormat';

/** What one refund of the adjustment does, in the seller's words. */
function refundSentence(
  refund: { method: 'CARD' | 'TERMS'; amount: { amount: number; currency: string } },
  formatMoney: Formatters['formatMoney'],
) {
  return refund.method === 'CARD'
    ? `${formatMoney(refund.amount)} will be refunded to the buyer's card.`
    : `${formatMoney(refund.amount)} will be owed back to the buyer (terms): record it once you have paid it.`;
}

/**
 * The money consequences of an edit or a cancellation, from the API's dry run (or its committed
 * answer): total before → after, the lines that change, invoices voided, the credit note and refunds,
 * and what is left to invoice.
 */
export function AdjustmentSummary(props: {
  adjustment: FragmentType<typeof OrderAdjustmentFragment>;
  /** "Cancel Order" shows no line table: every line goes. */
  showLines?: boolean;
}) {
  const { formatMoney } = useFormat();
  const adjustment = getFragmentData(OrderAdjustmentFragment, props.adjustment);
  const changedLines = adjustment.lines.filter((line) => line.quantity !== line.quantityBefore);
  // An order never invoiced has its whole total "to invoice": that is the usual next step, not news.
  const neverInvoiced =
    adjustment.voidedInvoiceNumbers.length === 0 &&
    adjustment.creditNote === null &&
    adjustment.amountToInvoice.amount === adjustment.totalAfter.amount;
  const leftToInvoice = adjustment.amountToInvoice.amount > 0 && !neverInvoiced;
  const consequences = [
    ...adjustment.voidedInvoiceNumbers.map((number) => ({
      key: `void-${number}`,
      icon: <IconFileInvoice size={16} />,
      text: `Invoice ${number} will be voided${adjustment.amountToInvoice.amount > 0 ? '; you will issue a new one' : ''}.`,
    })),
    ...(adjustment.creditNote
      ? [
          {
            key: 'credit-note',
            icon: <IconReceiptRefund size={16} />,
            text: `Credit note ${adjustment.creditNote.number} of ${formatMoney(adjustment.creditNote.total)} will be issued.`,
          },
        ]
      : []),
    ...adjustment.refunds.map((refund, index) => ({
      key: `refund-${index}`,
      icon: <IconCreditCard size={16} />,
      text: refundSentence(refund, formatMoney),
    })),
    ...(leftToInvoice
      ? [
          {
            key: 'to-invoice',
            icon: <IconFileInvoice size={16} />,
            text: `${formatMoney(adjustment.amountToInvoice)} left to invoice: use Create Invoice.`,
          },
        ]
      : []),
  ];

  return (
    <Stack gap="md" aria-label="Changes to review" role="group">
      <Group gap="sm" align="center" wrap="nowrap" data-testid="adjustment-totals">
        <Text size="sm" c="dimmed">
          Order total
        </Text>
        <Text size="lg" fw={600} className="tabular-nums" td="line-through" c="dimmed">
          {formatMoney(adjustment.totalBefore)}
        </Text>
        <IconArrowRight size={16} aria-label="becomes" />
        <Text size="lg" fw={700} className="tabular-nums">
          {formatMoney(adjustment.totalAfter)}
        </Text>
      </Group>

      {props.showLines !== false && changedLines.length > 0 && (
        <LineTable
          look="summary"
          label="Lines changed"
          columns={[
            { key: 'sku', heading: 'SKU', cell: (line) => <LineSku sku={line.sku} wrap /> },
            { key: 'product', heading: 'Product', cell: (line) => line.description },
            {
              key: 'quantity',
              heading: 'Quantity',
              numeric: true,
              cell: (line) =>
                `${line.quantityBefore === 0 ? 'new' : line.quantityBefore} → ${line.quantity === 0 ? 'removed' : line.quantity}`,
            },
            {
              key: 'lineTotal',
              heading: 'Line total',
              numeric: true,
              strong: true,
              cell: (line) => formatMoney(line.lineTotal),
            },
          ]}
          lines={changedLines}
          lineKey={(line) => line.sku}
        />
      )}

      {adjustment.changes.length > 0 && (
        <List size="sm" spacing={2} aria-label="What changes">
          {adjustment.changes.map((change) => (
            <List.Item key={change}>{change}</List.Item>
          ))}
        </List>
      )}

      {consequences.length > 0 ? (
        <Paper bg="blue.0" p="sm" radius="md" role="group" aria-labelledby="adjustment-consequences-title">
          <Stack gap={6}>
            <Text size="sm" fw={600} c="blue.9" id="adjustment-consequences-title">
              Invoices and payments
            </Text>
            {consequences.map((consequence) => (
              <Group key={consequence.key} gap="xs" wrap="nowrap" align="flex-start">
                {consequence.icon}
                <Text size="sm">{consequence.text}</Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          No invoice or payment is affected.
        </Text>
      )}
    </Stack>
  );
}
