import { Checkbox, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import type { OrderItems_OrderFragment } from '../../graphql/graphql';
import { LineProduct, LineSku, LineTable, type LineColumn } from '../LineTable';
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

type OrderItem = OrderItems_OrderFragment['items'][number];

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

  const columns: ReadonlyArray<LineColumn<OrderItem>> = [
    ...(props.selectable
      ? [
          {
            key: 'select',
            width: 40,
            heading: (
              <Checkbox
                aria-label="Select all items"
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={() =>
                  onSelectedIdsChange(allSelected ? new Set() : new Set(order.items.map((item) => item.id)))
                }
              />
            ),
            cell: (item: OrderItem) => (
              <Checkbox
                aria-label={`Select ${item.sku}`}
                checked={selectedIds.has(item.id)}
                onChange={() => toggle(item.id)}
              />
            ),
          },
        ]
      : []),
    { key: 'sku', heading: 'SKU', width: 112, cell: (item) => <LineSku sku={item.sku} /> },
    {
      key: 'product',
      heading: 'Product',
      cell: (item) => <LineProduct name={item.productName} variant={item.variantName} />,
    },
    { key: 'unitPrice', heading: 'Unit price', width: 92, numeric: true, cell: (item) => formatMoney(item.unitPrice) },
    {
      key: 'quantity',
      heading: 'Quantity',
      width: editing ? 172 : 84,
      numeric: true,
      cell: (item) =>
        editing ? (
          <ItemQuantityEditor
            itemId={item.id}
            sku={item.sku}
            quantity={item.quantity}
            version={editing.version}
            onStale={editing.onStale}
          />
        ) : (
          item.quantity
        ),
    },
    {
      key: 'lineTotal',
      heading: 'Line total',
      width: 104,
      numeric: true,
      strong: true,
      cell: (item) => formatMoney(item.lineTotal),
    },
    {
      key: 'stock',
      heading: 'Stock',
      width: 72,
      numeric: true,
      cell: (item) => <StockCell stockOnHand={item.stockOnHand} quantity={item.quantity} />,
    },
  ];

  return (
    <Section
      title="Order Items"
      id="order-items"
      flush
      actions={
        <Group gap="sm">
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
      <LineTable
        look="section"
        label="Order items"
        minWidth={680}
        columns={columns}
        lines={order.items}
        lineKey={(item) => item.id}
        lineProps={(item) => ({ bg: selectedIds.has(item.id) ? 'var(--mantine-primary-color-light)' : undefined })}
      />
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
