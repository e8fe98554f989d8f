import { Badge } from '@mantine/core';
import type { OrderStatus } from '../graphql/graphql';
import { ORDER_STATUS_COLOR, ORDER_STATUS_LABEL } from './labels';

/** Where the order stands: pending, accepted, rejected, cancelled. */
export function OrderStatusBadge(props: { status: OrderStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={ORDER_STATUS_COLOR[props.status]} size={props.size ?? 'md'}>
      {ORDER_STATUS_LABEL[props.status]}
    </Badge>
  );
}
