import { Badge } from '@mantine/core';
import type { OrderStatus, PaymentStatus } from '../graphql/graphql';
import { ORDER_STATUS_COLOR, ORDER_STATUS_LABEL, PAYMENT_STATUS_COLOR, PAYMENT_STATUS_LABEL } from './labels';

export function OrderStatusBadge(props: { status: OrderStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={ORDER_STATUS_COLOR[props.status]} size={props.size ?? 'md'}>
      {ORDER_STATUS_LABEL[props.status]}
    </Badge>
  );
}

export function PaymentStatusBadge(props: { status: PaymentStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={PAYMENT_STATUS_COLOR[props.status]} size={props.size ?? 'md'} variant="outline">
      {PAYMENT_STATUS_LABEL[props.status]}
    </Badge>
  );
}
