import { Badge, Loader } from '@mantine/core';
import type { PaymentStatus } from '../graphql/graphql';
import { PAYMENT_STATUS_COLOR, PAYMENT_STATUS_LABEL } from './labels';

/** The payment axis of an order or invoice; a card charge in flight spins. */
export function PaymentStatusBadge(props: { status: PaymentStatus; size?: 'sm' | 'md' | 'lg' }) {
  const color = PAYMENT_STATUS_COLOR[props.status];
  return (
    <Badge
      color={color}
      size={props.size ?? 'md'}
      variant="outline"
      title={`Payment: ${PAYMENT_STATUS_LABEL[props.status]}`}
      data-payment-status={props.status}
      style={{ flexShrink: 0 }}
      leftSection={
        props.status === 'PROCESSING' ? (
          <Loader size={props.size === 'lg' ? 12 : 10} color={color} aria-hidden data-testid="payment-spinner" />
        ) : undefined
      }
    >
      {PAYMENT_STATUS_LABEL[props.status]}
    </Badge>
  );
}
