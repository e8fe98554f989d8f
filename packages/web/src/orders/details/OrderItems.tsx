import { Checkbox, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { OrderTotals } from '../OrderTotals';
import { ItemQuantityEditor } from './ItemQuantityEditor';
import classes from './OrderItems.module.css';
import { Section } from '../../ui/Section';
import { useFormat } from '../../lib/useFormat';

export const OrderItemsFragment = graphql(`
  fragment OrderItems_order on Order {
    id
    items {
      id
      sku
      productName
      variantName
      unitPrice {
        amount
        currency
      }
      quantity
      lineTotal {
        amount
        currency
      }
      stockOnHand
    }
    subtotal {
      amount
      currency
    }
    shipping {
      amount
      currency
    }
    total {
      amount
      currency
    }
  }
`);

function StockCell(props: { stockOnHand: number | null; quantity: number }) {
  if (props.stockOnHand === null) {
    return (
      <Tooltip label="This variant is no longer in your catalog">
        <Text size="sm" c="dimmed" span>
          —
        </Text>
      </Tooltip>
    );
  }
  if (props.stockOnHand < props.quantity) {
    return (
      <Tooltip label={`Only ${props.stockOnHand} in stock for ${props.quantity} ordered`}>
        <Group gap={4} justify="flex-end" wrap="nowrap" c="orange.8" data-stock="short">
          <IconAlertTriangle size={14} aria-hidden />
          <Text size="sm" fw={600} span className="tabular-nums">
            {props.stockOnHand}
          </Text>
        </Group>
      </Tooltip>
    );
  }
  return (
    <Text size="sm" span className="tabular-nums">
      {props.stockOnHand}
    </Text>
  );
}

/**
 * "Order Items": the lines with their stock, then Subtotal, Shipping and Total. Items can be
 * checked (for splitting or removing them) while the order allows it.
 */
export function OrderItems(props: {
  order: FragmentType<typeof OrderItemsFragment>;
  selectable: boolean;
  selectedIds: ReadonlySet<string>;
  onSelectedIdsChange: (ids: ReadonlySet<string>) => void;
  /** "Split from Order" and the trash can, shown at the top right of the section. */
  actions?: ReactNode;
  /** While the order allows it, quantities are editable ("Update" saves against this version). */
  quantityEditing?: { version: number; onStale: () => void } | null;
}) {
  const { formatMoney } = useFormat();
  const order = getFragmentData(OrderItemsFragment, props.order);
  const { selectedIds, onSelectedIdsChange } = props;
  const allSelected = order.items.length > 0 && order.items.every((item) => selectedIds.has(item.id));
  const someSelected = order.items.some((item) => selectedIds.has(item.id));
  const selectedCount = order.items.filter((item) => selectedIds.has(item.id)).length;
  const editing = props.quantityEditing ?? null;

  const toggle = (id: string) => {
    const next = new Set(selectedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedIdsChange(next);
  };

  return (
    <Section
      title="Order Items"
      id="order-items"
      flush
      actions={
        <Group gap="sm" wrap="nowrap">
          {props.selectable && someSelected && (
            <Text size="sm" c="dimmed">
              {selectedCount} selected
            </Text>
          )}
          {props.actions}
        </Group>
      }
    >
      {/* Sized to fit beside the timeline on wide screens (about 740px), editable quantities included. */}
      <Table.ScrollContainer minWidth={680} type="native">
        <Table layout="fixed" horizontalSpacing="sm" className={classes.table} aria-label="Order items">
          <colgroup>
            {props.selectable && <col style={{ width: 40 }} />}
            <col style={{ width: 112 }} />
            <col />
            <col style={{ width: 92 }} />
            <col style={{ width: editing ? 172 : 84 }} />
            <col style={{ width: 104 }} />
            <col style={{ width: 72 }} />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              {props.selectable && (
                <Table.Th className={classes.th}>
                  <Checkbox
                    aria-label="Select all items"
                    checked={allSelected}
                    indeterminate={someSelected && !allSelected}
                    onChange={() =>
                      onSelectedIdsChange(allSelected ? new Set() : new Set(order.items.map((item) => item.id)))
                    }
                  />
                </Table.Th>
              )}
              <Table.Th className={classes.th}>SKU</Table.Th>
              <Table.Th className={classes.th}>Product</Table.Th>
              <Table.Th className={classes.th} ta="right">
                Unit price
              </Table.Th>
              <Table.Th className={classes.th} ta="right">
                Quantity
              </Table.Th>
              <Table.Th className={classes.th} ta="right">
                Line total
              </Table.Th>
              <Table.Th className={classes.th} ta="right">
                Stock
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.items.map((item) => {
              const selected = selectedIds.has(item.id);
              return (
                <Table.Tr key={item.id} bg={selected ? 'var(--mantine-primary-color-light)' : undefined}>
                  {props.selectable && (
                    <Table.Td>
                      <Checkbox aria-label={`Select ${item.sku}`} checked={selected} onChange={() => toggle(item.id)} />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Text size="sm" ff="monospace" truncate title={item.sku}>
                      {item.sku}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} lineClamp={2} title={item.productName}>
                      {item.productName}
                    </Text>
                    {item.variantName && (
                      <Text size="xs" c="dimmed" truncate>
                        {item.variantName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular-nums">
                    {formatMoney(item.unitPrice)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular-nums">
                    {editing ? (
                      <ItemQuantityEditor
                        itemId={item.id}
                        sku={item.sku}
                        quantity={item.quantity}
                        version={editing.version}
                        onStale={editing.onStale}
                      />
                    ) : (
                      item.quantity
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} className="tabular-nums">
                    {formatMoney(item.lineTotal)}
                  </Table.Td>
                  <Table.Td ta="right">
                    <StockCell stockOnHand={item.stockOnHand} quantity={item.quantity} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" px="lg" py="md" className={classes.totals}>
        <OrderTotals
          subtotal={order.subtotal}
          shipping={order.shipping}
          total={order.total}
          w={{ base: '100%', xs: 300 }}
        />
      </Group>
    </Section>
  );
}
