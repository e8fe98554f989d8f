import { Group, NumberInput, Text } from '@mantine/core';
import { SelectedItemsList, type SelectedItem } from './SelectedItemsList';

/** A line of a split: the item, the units that move, and (proposed by availability) its stock on hand. */
export interface SplitLine {
  item: SelectedItem;
  quantity: number;
  stockOnHand: number | null;
}

/** The items to split, each with the number of its units that move (all of them moves the line). */
export function SplitLinesList(props: {
  lines: ReadonlyArray<SplitLine>;
  label: string;
  onQuantityChange: (orderItemId: string, quantity: number) => void;
}) {
  const items = props.lines.map((line) => ({ ...line.item, line }));
  return (
    <SelectedItemsList
      items={items}
      label={props.label}
      trailing={({ line }) => (
        <Group gap="sm" wrap="nowrap" align="center" style={{ flexShrink: 0, marginLeft: 'auto' }}>
          <Text size="xs" c="dimmed" className="tabular-nums">
            {line.stockOnHand === null
              ? `of ${line.item.quantity}`
              : `of ${line.item.quantity}, ${line.stockOnHand} in stock`}
          </Text>
          <NumberInput
            aria-label={`Units of ${line.item.sku} to move`}
            // Emptied while typing: no quantity (0) until a number is entered.
            value={line.quantity || ''}
            min={1}
            max={line.item.quantity}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            w={96}
            size="md"
            styles={{ input: { minHeight: 44 } }}
            onChange={(value) => props.onQuantityChange(line.item.id, typeof value === 'number' ? value : 0)}
          />
        </Group>
      )}
    />
  );
}
