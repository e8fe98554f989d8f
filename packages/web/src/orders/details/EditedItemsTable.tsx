import { ActionIcon, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconTrash } from '@tabler/icons-react';
import { useFormat } from '../../lib/useFormat';
import { LineProduct, LineSku, LineTable, type LineColumn, type LineRowProps } from '../LineTable';
import { parseQuantity } from './ItemQuantityEditor';
import { quantityText, type AddedLine, type EditedItem, type OrderEditDraft } from './orderEdit';

/** A row of the editor: an item of the order (kept, changed or removed), or a product being added. */
type EditedLine = { kind: 'item'; item: EditedItem; removed: boolean } | { kind: 'added'; line: AddedLine };

function lineRowProps(line: EditedLine): LineRowProps {
  if (line.kind === 'added') return { 'data-added': true };
  return { 'data-removed': line.removed || undefined, c: line.removed ? 'dimmed' : undefined };
}

/**
 * The items table of "Edit Order": quantities typed in place, items removed (and kept again), and
 * the products being added below them, each with its line total as it would become.
 */
export function EditedItemsTable(props: {
  items: ReadonlyArray<EditedItem>;
  draft: OrderEditDraft;
  onChange: (patch: Partial<OrderEditDraft>) => void;
  /** The message about the field at `path` (a quantity), if any. */
  fieldError: (...path: ReadonlyArray<string>) => string | undefined;
}) {
  const { formatMoney } = useFormat();
  const { draft, onChange } = props;
  const lines: ReadonlyArray<EditedLine> = [
    ...props.items.map((item) => ({ kind: 'item' as const, item, removed: draft.removed.has(item.id) })),
    ...draft.added.map((line) => ({ kind: 'added' as const, line })),
  ];
  const product = (line: EditedLine) => (line.kind === 'item' ? line.item : line.line.variant);
  const times = (unitPrice: EditedItem['unitPrice'], quantity: number) =>
    formatMoney({ amount: unitPrice.amount * quantity, currency: unitPrice.currency });

  const columns: ReadonlyArray<LineColumn<EditedLine>> = [
    {
      key: 'sku',
      heading: 'SKU',
      width: 112,
      cell: (line) => <LineSku sku={product(line).sku} struck={line.kind === 'item' && line.removed} />,
    },
    {
      key: 'product',
      heading: 'Product',
      cell: (line) => (
        <LineProduct
          name={product(line).productName}
          variant={product(line).variantName}
          struck={line.kind === 'item' && line.removed}
          adding={line.kind === 'added'}
        />
      ),
    },
    {
      key: 'unitPrice',
      heading: 'Unit price',
      width: 92,
      numeric: true,
      cell: (line) => formatMoney(product(line).unitPrice),
    },
    {
      key: 'quantity',
      heading: 'Quantity',
      width: 120,
      numeric: true,
      cell: (line) => {
        if (line.kind === 'added') return line.line.quantity;
        if (line.removed) return <Text size="sm">Removed</Text>;
        const item = line.item;
        return (
          <TextInput
            aria-label={`Quantity of ${item.sku}`}
            value={quantityText(draft, item)}
            onChange={(event) =>
              onChange({ quantities: { ...draft.quantities, [item.id]: event.currentTarget.value } })
            }
            inputMode="numeric"
            size="xs"
            styles={{ input: { textAlign: 'right' } }}
            error={props.fieldError('quantities', item.id)}
          />
        );
      },
    },
    {
      key: 'lineTotal',
      heading: 'Line total',
      width: 104,
      numeric: true,
      strong: true,
      cell: (line) => {
        if (line.kind === 'added') return times(line.line.variant.unitPrice, line.line.quantity);
        const quantity = parseQuantity(quantityText(draft, line.item));
        return line.removed || quantity === null ? '—' : times(line.item.unitPrice, quantity);
      },
    },
    {
      key: 'remove',
      label: 'Remove',
      width: 56,
      numeric: true,
      cell: (line) => {
        if (line.kind === 'added') {
          return (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Do not add ${line.line.variant.sku}`}
              onClick={() => onChange({ added: draft.added.filter((other) => other !== line.line) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          );
        }
        const item = line.item;
        return line.removed ? (
          <Tooltip label="Keep this item">
            <ActionIcon
              variant="subtle"
              aria-label={`Keep ${item.sku}`}
              onClick={() => {
                const next = new Set(draft.removed);
                next.delete(item.id);
                onChange({ removed: next });
              }}
            >
              <IconArrowBackUp size={16} />
            </ActionIcon>
          </Tooltip>
        ) : (
          <Tooltip label="Remove this item">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${item.sku}`}
              onClick={() => onChange({ removed: new Set(draft.removed).add(item.id) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        );
      },
    },
  ];

  return (
    <LineTable
      look="section"
      label="Order items being edited"
      minWidth={680}
      columns={columns}
      lines={lines}
      lineKey={(line) => (line.kind === 'item' ? line.item.id : line.line.variant.id)}
      lineProps={lineRowProps}
    />
  );
}
