import { Anchor, Box, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { formatDate, formatDateTime, formatMoney, formatTime } from '../../lib/format';
import { OrderAge } from '../OrderAge';
import { OrderStatusBadge, PaymentStatusBadge } from '../StatusBadges';
import classes from './OrdersTable.module.css';

export const OrdersTableOrderFragment = graphql(`
  fragment OrdersTable_order on Order {
    id
    number
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
    invoice {
      id
      displayNumber
      status
    }
  }
`);

export function orderPath(id: string): string {
  return `/orders/${encodeURIComponent(id)}`;
}

// Fixed column widths: the table does not jump while pages load or rows change.
const COLUMNS: Array<{ key: string; label: string; width?: number; align?: 'right' }> = [
  { key: 'id', label: 'Order ID', width: 92 },
  { key: 'buyer', label: 'Buyer' },
  { key: 'placed', label: 'Placed', width: 128 },
  { key: 'age', label: 'Age', width: 88 },
  { key: 'items', label: 'Items', width: 60, align: 'right' },
  { key: 'total', label: 'Total', width: 108, align: 'right' },
  { key: 'status', label: 'Status', width: 110 },
  { key: 'payment', label: 'Payment', width: 142 },
  { key: 'invoice', label: 'Invoice', width: 100 },
];

const SKELETON_ROWS = 8;

function OrderRow(props: { order: FragmentType<typeof OrdersTableOrderFragment>; now: Date }) {
  const order = getFragmentData(OrdersTableOrderFragment, props.order);
  return (
    <Table.Tr data-status={order.status}>
      <Table.Td>
        <Anchor component={Link} to={orderPath(order.id)} fw={600} size="sm" className="tabular-nums">
          #{order.number}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} truncate title={order.buyerName}>
          {order.buyerName}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {order.buyer.contactName}
        </Text>
      </Table.Td>
      <Table.Td>
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
      </Table.Td>
      <Table.Td>
        <OrderAge placedAt={order.placedAt} status={order.status} now={props.now} />
      </Table.Td>
      <Table.Td ta="right" className="tabular-nums">
        {order.itemCount}
      </Table.Td>
      <Table.Td ta="right" fw={600} className="tabular-nums">
        {formatMoney(order.total)}
      </Table.Td>
      <Table.Td>
        <OrderStatusBadge status={order.status} />
      </Table.Td>
      <Table.Td>
        <PaymentStatusBadge status={order.paymentStatus} />
      </Table.Td>
      <Table.Td>
        {order.invoice?.displayNumber ? (
          <Text size="sm" className="tabular-nums">
            {order.invoice.displayNumber}
          </Text>
        ) : order.invoice?.status === 'DRAFT' ? (
          <Text size="sm" c="dimmed">
            Draft
          </Text>
        ) : (
          <Text size="sm" c="dimmed" aria-label="No invoice">
            —
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function SkeletonRows() {
  return (
    <>
      {Array.from({ length: SKELETON_ROWS }, (_, row) => (
        <Table.Tr key={row} aria-hidden>
          {COLUMNS.map((column) => (
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
}) {
  const rows = props.orders ?? [];
  return (
    <Table.ScrollContainer minWidth={980} type="native">
      <Table
        layout="fixed"
        horizontalSpacing="sm"
        highlightOnHover
        className={classes.table}
        data-refreshing={props.refreshing || undefined}
        aria-busy={props.loading || props.refreshing}
        aria-label="Orders"
      >
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.key} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <Table.Th key={column.key} ta={column.align} className={classes.th}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.loading ? (
            <SkeletonRows />
          ) : rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS.length}>{props.empty}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((order) => <OrderRow key={order.id} order={order} now={props.now} />)
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
