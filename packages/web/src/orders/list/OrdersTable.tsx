import { Anchor, Badge, Box, Button, Checkbox, Group, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import type { OrdersTable_OrderFragment } from '../../graphql/graphql';
import { invoicePath } from '../../invoices/paths';
import { DeadlineBadge } from '../deadlines/DeadlineBadge';
import { OrderAge } from '../OrderAge';
import { orderPath } from '../paths';
import { OrderStatusBadge, PaymentStatusBadge } from '../StatusBadges';
import tables from '../../ui/tables.module.css';
import classes from './OrdersTable.module.css';
import { useFormat } from '../../lib/useFormat';

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

type ColumnKey =
  | 'select'
  | 'id'
  | 'buyer'
  | 'placed'
  | 'placedAge'
  | 'deadline'
  | 'items'
  | 'total'
  | 'status'
  | 'payment'
  | 'shipment'
  | 'invoice';
interface Column {
  key: ColumnKey;
  label: string;
  width?: number;
  align?: 'right';
}

// Fixed column widths: the table does not jump while pages load or rows change.
const ORDERS_COLUMNS: ReadonlyArray<Column> = [
  { key: 'select', label: 'Select', width: 44 },
  { key: 'id', label: 'Order ID', width: 84 },
  { key: 'buyer', label: 'Buyer' },
  // The age sits under the placed date: the deadline column needs the room.
  { key: 'placedAge', label: 'Placed / Age', width: 124 },
  { key: 'deadline', label: 'Deadline', width: 152 },
  { key: 'items', label: 'Items', width: 56, align: 'right' },
  { key: 'total', label: 'Total', width: 104, align: 'right' },
  { key: 'status', label: 'Status', width: 118 },
  { key: 'payment', label: 'Payment', width: 150 },
  { key: 'invoice', label: 'Invoice', width: 176 },
];

/**
 * "All Orders": approved orders with their shipment and invoice (every row is accepted, so no
 * status or age; the seller is past reviewing them).
 */
const ALL_ORDERS_COLUMNS: ReadonlyArray<Column> = [
  { key: 'id', label: 'Order ID', width: 92 },
  { key: 'buyer', label: 'Buyer' },
  { key: 'placed', label: 'Placed', width: 128 },
  { key: 'items', label: 'Items', width: 60, align: 'right' },
  { key: 'total', label: 'Total', width: 108, align: 'right' },
  { key: 'shipment', label: 'Shipment', width: 184 },
  { key: 'payment', label: 'Payment', width: 184 },
  { key: 'invoice', label: 'Invoice', width: 196 },
];

const SKELETON_ROWS = 8;

type OrderRowData = OrdersTable_OrderFragment;

/** Voided invoices of the order, struck through (their numbers are never reused). */
function VoidedInvoices(props: { order: OrderRowData }) {
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
function InvoiceCell(props: { order: OrderRowData }) {
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

function CurrentInvoice(props: { order: OrderRowData }) {
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
    <Group gap={8} wrap="nowrap">
      <Anchor
        component={Link}
        to={invoicePath(invoice.id)}
        size="sm"
        fw={500}
        className="tabular-nums"
        td={invoice.status === 'VOID' ? 'line-through' : undefined}
        truncate
        title={invoice.displayNumber}
        style={{ minWidth: 0 }}
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

/** The payment status; an invoice unpaid past its due date stands out in red with that date. */
function PaymentCell(props: { order: OrderRowData }) {
  const { formatCalendarDate } = useFormat();
  const invoice = props.order.invoice;
  const overdue = Boolean(invoice?.overdue);
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={4} wrap="nowrap">
        <PaymentStatusBadge status={props.order.paymentStatus} />
        {overdue && (
          <Badge color="red" variant="filled" style={{ flexShrink: 0 }}>
            Overdue
          </Badge>
        )}
      </Group>
      {overdue && invoice?.dueOn && (
        <Text size="xs" c="red.7" fw={500} style={{ whiteSpace: 'nowrap' }}>
          Due {formatCalendarDate(invoice.dueOn)}
        </Text>
      )}
    </Stack>
  );
}

function ShipmentCell(props: { order: OrderRowData }) {
  const shipment = props.order.shipment;
  if (!shipment) {
    return (
      <Text size="sm" c="dimmed">
        Not shipped
      </Text>
    );
  }
  const [first, ...more] = shipment.trackingNumbers;
  return (
    <Box style={{ minWidth: 0 }}>
      <Text size="sm" fw={500} truncate title={shipment.carrier}>
        {shipment.carrier}
      </Text>
      {first && (
        <Text size="xs" c="dimmed" ff="monospace" truncate title={shipment.trackingNumbers.join(', ')}>
          {first}
          {more.length > 0 ? ` +${more.length}` : ''}
        </Text>
      )}
    </Box>
  );
}

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

function OrderRow(props: {
  order: FragmentType<typeof OrdersTableOrderFragment>;
  now: Date;
  columns: ReadonlyArray<Column>;
  selection: OrdersSelection | undefined;
}) {
  const { formatMoney, formatDate, formatDateTime, formatTime } = useFormat();
  const order = getFragmentData(OrdersTableOrderFragment, props.order);
  const cell = (key: ColumnKey): ReactNode => {
    switch (key) {
      case 'select':
        return order.status === 'PENDING' && props.selection ? (
          <Checkbox
            aria-label={`Select order #${order.number}`}
            checked={props.selection.isSelected(order.id)}
            onChange={(event) => props.selection?.onToggle(order, event.currentTarget.checked)}
          />
        ) : null;
      case 'deadline':
        return order.deadline ? <DeadlineBadge deadline={order.deadline} /> : null;
      case 'id':
        return (
          <Anchor component={Link} to={orderPath(order.id)} fw={600} size="sm" className="tabular-nums">
            #{order.number}
          </Anchor>
        );
      case 'buyer':
        return (
          <>
            <Text size="sm" fw={500} truncate title={order.buyerName}>
              {order.buyerName}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {order.buyer.contactName}
            </Text>
          </>
        );
      case 'placed':
        return (
          <Tooltip label={formatDateTime(order.placedAt)}>
            <Box>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(order.placedAt)}
              </Text>
              <Text size="xs" c="dimmed">
                {formatTime(order.placedAt)}
              </Text>
            </Box>
          </Tooltip>
        );
      case 'placedAge':
        return (
          <Stack gap={2} align="flex-start">
            <Tooltip label={formatDateTime(order.placedAt)}>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(order.placedAt)}
              </Text>
            </Tooltip>
            <OrderAge placedAt={order.placedAt} status={order.status} now={props.now} />
          </Stack>
        );
      case 'items':
        return order.itemCount;
      case 'total':
        return formatMoney(order.total);
      case 'status':
        return <OrderStatusBadge status={order.status} />;
      case 'payment':
        return <PaymentCell order={order} />;
      case 'shipment':
        return <ShipmentCell order={order} />;
      case 'invoice':
        return <InvoiceCell order={order} />;
    }
  };
  return (
    <Table.Tr
      data-status={order.status}
      data-overdue={order.invoice?.overdue || undefined}
      data-selected={props.selection?.isSelected(order.id) || undefined}
    >
      {props.columns.map((column) => (
        <Table.Td
          key={column.key}
          ta={column.align}
          fw={column.key === 'total' ? 600 : undefined}
          className={column.align === 'right' ? 'tabular-nums' : undefined}
        >
          {cell(column.key)}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

function SkeletonRows(props: { columns: ReadonlyArray<Column> }) {
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
    <Table.ScrollContainer minWidth={1060} type="native">
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
            rows.map((order) => (
              <OrderRow key={order.id} order={order} now={props.now} columns={columns} selection={selection} />
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
