import { Checkbox, Skeleton, Stack, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import tables from '../../ui/tables.module.css';
import { OrderRow } from './OrderRow';
import classes from './OrdersTable.module.css';
import { ALL_ORDERS_COLUMNS, ORDERS_COLUMNS, type OrdersColumn } from './ordersTableColumns';

export const OrdersTableOrderFragment = graphql(`
  fragment OrdersTable_order on Order {
    id
    number
    version
    deadline {
      ...DeadlineBadge_deadline
    }
    placedAt
    status
    paymentStatus
    itemCount
    buyerName
    buyer {
      id
      contactName
    }
    total {
      amount
      currency
    }
    shipment {
      id
      carrier
      trackingNumbers
    }
    invoice {
      id
      displayNumber
      status
      dueOn
      overdue
    }
    invoices {
      id
      displayNumber
      status
    }
    amountToInvoice {
      amount
      currency
    }
  }
`);

/** The table's element ID: the status tabs above it control it. */
export const ORDERS_TABLE_ID = 'orders-table';

const SKELETON_ROWS = 8;

/** Pending orders can be picked for "Accept selected"; the others have nothing to accept. */
export interface OrdersSelection {
  isSelected: (id: string) => boolean;
  onToggle: (order: { id: string; number: number; version: number }, selected: boolean) => void;
  /** The header box: every pending order of the page. */
  onTogglePage: (selected: boolean) => void;
  pageState: 'none' | 'some' | 'all';
  /** No pending order on the page: the header box is disabled. */
  pageSelectable: boolean;
}

function SkeletonRows(props: { columns: ReadonlyArray<OrdersColumn> }) {
  return (
    <>
      {Array.from({ length: SKELETON_ROWS }, (_, row) => (
        <Table.Tr key={row} aria-hidden>
          {props.columns.map((column) => (
            <Table.Td key={column.key}>
              <Stack gap={6}>
                <Skeleton height={12} width={column.key === 'buyer' ? '70%' : '80%'} radius="sm" />
                {(column.key === 'buyer' || column.key === 'placed') && (
                  <Skeleton height={10} width="45%" radius="sm" />
                )}
              </Stack>
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}

/** The orders of one page of the list (or their skeleton, or why there are none). */
export function OrdersTable(props: {
  orders: ReadonlyArray<{ id: string } & FragmentType<typeof OrdersTableOrderFragment>> | null;
  /** First load: no rows yet. */
  loading: boolean;
  /** A new page or filter is loading while the previous rows stay visible. */
  refreshing: boolean;
  now: Date;
  empty: ReactNode;
  /** "All Orders": shipment and invoice columns instead of status and age. */
  allOrdersView?: boolean;
  /** Row checkboxes for bulk actions (the Orders view). */
  selection?: OrdersSelection;
}) {
  const rows = props.orders ?? [];
  const columns = props.allOrdersView
    ? ALL_ORDERS_COLUMNS
    : ORDERS_COLUMNS.filter((column) => column.key !== 'select' || props.selection);
  const selection = props.selection;
  return (
    // Scrolls sideways only on a tablet (768–990 px; focusable for the keyboard then): phones get
    // cards, laptops the whole table.
    <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
      <Table
        layout="fixed"
        horizontalSpacing="xs"
        highlightOnHover
        className={classes.table}
        data-refreshing={props.refreshing || undefined}
        aria-busy={props.loading || props.refreshing}
        aria-label="Orders"
        id={ORDERS_TABLE_ID}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={column.align} className={tables.heading}>
                {column.key === 'select' && selection ? (
                  <Checkbox
                    aria-label="Select all pending orders on this page"
                    checked={selection.pageState === 'all'}
                    indeterminate={selection.pageState === 'some'}
                    disabled={!selection.pageSelectable}
                    onChange={(event) => selection.onTogglePage(event.currentTarget.checked)}
                  />
                ) : (
                  column.label
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.loading ? (
            <SkeletonRows columns={columns} />
          ) : rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{props.empty}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((ref) => {
              const order = getFragmentData(OrdersTableOrderFragment, ref);
              return (
                <OrderRow
                  key={order.id}
                  order={order}
                  now={props.now}
                  columns={columns}
                  selection={
                    selection && {
                      selected: selection.isSelected(order.id),
                      onChange: (selected) => selection.onToggle(order, selected),
                    }
                  }
                />
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
