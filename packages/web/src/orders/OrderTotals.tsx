import { Divider, Group, Stack, Text, type StackProps } from '@mantine/core';
import type { MoneyValue } from '../lib/format';
import { useFormat } from '../lib/useFormat';

function TotalsRow(props: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Text size={props.strong ? 'md' : 'sm'} fw={props.strong ? 700 : 400} c={props.strong ? undefined : 'dimmed'}>
        {props.label}
      </Text>
      <Text size={props.strong ? 'md' : 'sm'} fw={props.strong ? 700 : 500} className="tabular-nums">
        {props.value}
      </Text>
    </Group>
  );
}

/** Subtotal, Shipping and Total of an order, as one labelled group ("Order totals"). */
export function OrderTotals(
  props: { subtotal: MoneyValue; shipping: MoneyValue; total: MoneyValue; label?: string } & Pick<StackProps, 'w'>,
) {
  const { formatMoney } = useFormat();
  return (
    <Stack gap={6} w={props.w} aria-label={props.label ?? 'Order totals'} role="group">
      <TotalsRow label="Subtotal" value={formatMoney(props.subtotal)} />
      <TotalsRow label="Shipping" value={formatMoney(props.shipping)} />
      <Divider my={4} />
      <TotalsRow label="Total" value={formatMoney(props.total)} strong />
    </Stack>
  );
}
