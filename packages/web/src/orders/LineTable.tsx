import { Table, Text, type TableProps, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';
import tables from '../ui/tables.module.css';

/** One column of a line table: its heading and what each line shows in it. */
export interface LineColumn<Line> {
  key: string;
  /** The heading; a column of buttons has none to show and passes its accessible name as `label`. */
  heading?: ReactNode;
  label?: string;
  /** Fixed width in px (tables with a `minWidth`); the others share what is left. */
  width?: number;
  /** Quantities and money: right-aligned, in tabular figures. */
  numeric?: boolean;
  /** The line total. */
  strong?: boolean;
  cell: (line: Line) => ReactNode;
}

/** Attributes of one line's row: its background or colour, and `data-*` for styles and tests. */
export type LineRowProps = Pick<TableTrProps, 'bg' | 'c'> & { [attribute: `data-${string}`]: boolean | undefined };

const LOOKS = {
  // A card of the Order Details screen: roomy, with inputs and buttons in the rows.
  section: { table: { horizontalSpacing: 'sm', className: tables.centred }, heading: tables.heading },
  // A billing document (invoice, credit note): compact, as printed.
  sheet: {
    table: { horizontalSpacing: 'xs', verticalSpacing: 'xs', className: tables.lightHeadings },
    heading: undefined,
  },
  // Inside a dialog: small and bordered.
  summary: { table: { withTableBorder: true, verticalSpacing: 6 }, heading: undefined },
} satisfies Record<string, { table: TableProps; heading: string | undefined }>;

/**
 * The lines of an order, an invoice, a credit note or an order change: SKU, product, prices and
 * quantities, plus whatever columns the screen adds (a checkbox, the stock, a remove button).
 */
export function LineTable<Line>(props: {
  /** The table's accessible name ("Order items", "Invoice lines"). */
  label: string;
  columns: ReadonlyArray<LineColumn<Line>>;
  lines: ReadonlyArray<Line>;
  lineKey: (line: Line, index: number) => string;
  lineProps?: (line: Line) => LineRowProps;
  look: keyof typeof LOOKS;
  /** Fixed column widths, scrolled sideways below this width; without it the columns fit their content. */
  minWidth?: number;
  /** Of the scroll container (the sheet places and styles its lines). */
  className?: string;
}) {
  const look = LOOKS[props.look];
  const table = (
    <Table {...look.table} layout={props.minWidth ? 'fixed' : undefined} aria-label={props.label}>
      {props.minWidth !== undefined && (
        <colgroup>
          {props.columns.map((column) => (
            <col key={column.key} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
      )}
      <Table.Thead>
        <Table.Tr>
          {props.columns.map((column) => (
            <Table.Th
              key={column.key}
              className={look.heading}
              ta={column.numeric ? 'right' : undefined}
              aria-label={column.label}
            >
              {column.heading}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.lines.map((line, index) => (
          <Table.Tr key={props.lineKey(line, index)} {...props.lineProps?.(line)}>
            {props.columns.map((column) => (
              <Table.Td
                key={column.key}
                ta={column.numeric ? 'right' : undefined}
                fw={column.strong ? 600 : undefined}
                className={column.numeric ? 'tabular-nums' : undefined}
              >
                {column.cell(line)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  if (props.minWidth === undefined) return table;
  return (
    // Focusable: on a phone the lines scroll sideways, and a keyboard must reach what is cut off.
    <Table.ScrollContainer minWidth={props.minWidth} type="native" className={props.className} tabIndex={0}>
      {table}
    </Table.ScrollContainer>
  );
}

/** A line's SKU in monospace: cut short in a card (the whole SKU in its title), wrapped on a document. */
export function LineSku(props: { sku: string; wrap?: boolean; struck?: boolean }) {
  return props.wrap ? (
    <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
      {props.sku}
    </Text>
  ) : (
    <Text size="sm" ff="monospace" truncate title={props.sku} td={props.struck ? 'line-through' : undefined}>
      {props.sku}
    </Text>
  );
}

/** The product over its variant; a line the seller is adding says so in place of the variant line. */
export function LineProduct(props: { name: string; variant: string | null; struck?: boolean; adding?: boolean }) {
  return (
    <>
      <Text size="sm" fw={500} lineClamp={2} title={props.name} td={props.struck ? 'line-through' : undefined}>
        {props.name}
      </Text>
      {props.adding ? (
        <Text size="xs" c="green.8">
          New{props.variant ? ` · ${props.variant}` : ''}
        </Text>
      ) : (
        props.variant && (
          <Text size="xs" c="dimmed" truncate>
            {props.variant}
          </Text>
        )
      )}
    </>
  );
}
