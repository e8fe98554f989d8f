import { Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { type MoneyValue } from '../../lib/format';
import { useFormat } from '../../lib/useFormat';

export interface SelectedItem {
  id: string;
  sku: string;
  productName: string;
  variantName: string | null;
  quantity: number;
  lineTotal: MoneyValue;
}

/**
 * The checked items, as the split and delete confirmations list them: each with its quantity and
 * line total, or with what `trailing` puts there instead (the split's quantity to move).
 */
export function SelectedItemsList<T extends SelectedItem>(props: {
  items: ReadonlyArray<T>;
  label: string;
  trailing?: (item: T) => ReactNode;
}) {
  const { formatMoney } = useFormat();
  return (
    // A long selection scrolls inside the dialog, which keeps its buttons in view.
    <Paper withBorder p={0}>
      <ScrollArea.Autosize mah={300} type="auto" scrollbars="y">
        <ul aria-label={props.label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {props.items.map((item, index) => (
            <Group
              key={item.id}
              component="li"
              justify="space-between"
              wrap={props.trailing ? 'wrap' : 'nowrap'}
              gap="md"
              px="md"
              py="sm"
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
            >
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} truncate>
                  {item.productName}
                  {item.variantName ? (
                    <Text span size="sm" c="dimmed" fw={400}>
                      {' '}
                      · {item.variantName}
                    </Text>
                  ) : null}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {item.sku}
                </Text>
              </Stack>
              {props.trailing ? (
                props.trailing(item)
              ) : (
                <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text size="sm" className="tabular-nums">
                    × {item.quantity}
                  </Text>
                  <Text size="xs" c="dimmed" className="tabular-nums">
                    {formatMoney(item.lineTotal)}
                  </Text>
                </Stack>
              )}
            </Group>
          ))}
        </ul>
      </ScrollArea.Autosize>
    </Paper>
  );
}
