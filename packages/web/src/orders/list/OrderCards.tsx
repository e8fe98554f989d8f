import { Anchor, Card, Checkbox, Group, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, type FragmentType } from '../../graphql';
import { useFormat } from '../../lib/useFormat';
import { DeadlineBadge } from '../deadlines/DeadlineBadge';
import { OrderStatusBadge } from '../OrderStatusBadge';
import { orderPath } from '../paths';
import { PaymentStatusBadge } from '../PaymentStatusBadge';
import { InvoiceCell } from './InvoiceCell';
import { ORDERS_TABLE_ID, OrdersTableOrderFragment, type OrdersSelection } from './OrdersTable';
import classes from './OrdersTable.module.css';

const SKELETON_CARDS = 4;

/**
 * The orders of one page as cards, for phones (under 768 px): Order ID, buyer, total, status,
 * payment, deadline and invoice, without sideways scrolling. Same fragment and selection as the table.
 */
export function OrderCards(props: {
  orders: ReadonlyArray<{ id: string } & FragmentType<typeof OrdersTableOrderFragment>> | null;
  loading: boolean;
  refreshing: boolean;
  empty: ReactNode;
  selection?: OrdersSelection;
}) {
  const { formatMoney, formatDate } = useFormat();
  const rows = props.orders ?? [];
  if (props.loading) {
    return (
      <Stack gap="sm" p="md" role="status" aria-busy aria-label="Loading orders">
        {Array.from({ length: SKELETON_CARDS }, (_, index) => (
          <Skeleton key={index} height={112} radius="md" />
        ))}
      </Stack>
    );
  }
  if (rows.length === 0) return <>{props.empty}</>;
  const selection = props.selection;
  return (
    <Stack
      component="ul"
      gap="sm"
      p="md"
      m={0}
      aria-label="Orders"
      id={ORDERS_TABLE_ID}
      aria-busy={props.refreshing}
      className={classes.table}
      data-refreshing={props.refreshing || undefined}
      style={{ listStyle: 'none' }}
    >
      {rows.map((ref) => {
        const order = getFragmentData(OrdersTableOrderFragment, ref);
        return (
          <Card component="li" key={order.id} withBorder padding="sm" data-status={order.status}>
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  {order.status === 'PENDING' && selection && (
                    <Checkbox
                      aria-label={`Select order #${order.number}`}
                      checked={selection.isSelected(order.id)}
                      onChange={(event) => selection.onToggle(order, event.currentTarget.checked)}
                    />
                  )}
                  <Anchor component={Link} to={orderPath(order.id)} fw={700} className="tabular-nums">
                    #{order.number}
                  </Anchor>
                </Group>
                <Text fw={700} className="tabular-nums">
                  {formatMoney(order.total)}
                </Text>
              </Group>
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {order.buyerName}
              </Text>
              <Text size="xs" c="dimmed">
                Placed {formatDate(order.placedAt)} · {order.itemCount} {order.itemCount === 1 ? 'item' : 'items'}
              </Text>
              <Group gap={6} wrap="wrap">
                <OrderStatusBadge status={order.status} />
                <PaymentStatusBadge status={order.paymentStatus} />
                {order.invoice?.overdue && (
                  <Text size="xs" c="red.7" fw={600}>
                    Overdue
                  </Text>
                )}
                {order.deadline && <DeadlineBadge deadline={order.deadline} />}
              </Group>
              {(order.invoice || order.invoices.length > 0) && <InvoiceCell order={order} />}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
