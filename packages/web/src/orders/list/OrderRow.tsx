import { Anchor, Badge, Box, Checkbox, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { OrdersTable_OrderFragment } from '../../graphql/graphql';
import { useFormat } from '../../lib/useFormat';
import { DeadlineBadge } from '../deadlines/DeadlineBadge';
import { OrderAge } from '../OrderAge';
import { orderPath } from '../paths';
import { OrderStatusBadge } from '../OrderStatusBadge';
import { PaymentStatusBadge } from '../PaymentStatusBadge';
import { InvoiceCell } from './InvoiceCell';
import type { OrdersColumn, OrdersColumnKey } from './ordersTableColumns';
import classes from './OrdersTable.module.css';

export type OrderRowData = OrdersTable_OrderFragment;

/** The row's checkbox for "Accept selected" (pending orders, in the Orders view). */
export interface RowSelection {
  selected: boolean;
  onChange: (selected: boolean) => void;
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

/** One order of the list, a cell per column of the view. */
export function OrderRow(props: {
  order: OrderRowData;
  now: Date;
  columns: ReadonlyArray<OrdersColumn>;
  selection: RowSelection | undefined;
}) {
  const { formatMoney, formatDate, formatDateTime, formatTime } = useFormat();
  const { order, selection } = props;
  const cell = (key: OrdersColumnKey): ReactNode => {
    switch (key) {
      case 'select':
        return order.status === 'PENDING' && selection ? (
          <Checkbox
            aria-label={`Select order #${order.number}`}
            checked={selection.selected}
            onChange={(event) => selection.onChange(event.currentTarget.checked)}
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
            <Text size="sm" fw={500} className={classes.wraps}>
              {order.buyerName}
            </Text>
            <Text size="xs" c="dimmed" className={classes.wraps}>
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
      data-selected={selection?.selected || undefined}
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
