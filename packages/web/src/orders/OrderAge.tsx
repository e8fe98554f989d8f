import { Badge, Text, Tooltip } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { OrderStatus } from '../graphql/graphql';
import { formatAge, PENDING_OVERDUE_HOURS, pendingAgeUrgency } from '../lib/format';
import { useFormat } from '../lib/useFormat';

/**
 * How long the order has existed. Pending orders are the seller's to-do list, so their age is
 * highlighted: orange after a day, red once they have waited 48 hours or more.
 */
export function OrderAge(props: { placedAt: string; status: OrderStatus; now: Date }) {
  const { formatDateTime } = useFormat();
  const age = formatAge(props.placedAt, props.now);
  if (props.status !== 'PENDING') {
    return (
      <Text size="sm" c="dimmed" className="tabular-nums" span>
        {age}
      </Text>
    );
  }
  const urgency = pendingAgeUrgency(props.placedAt, props.now);
  if (urgency === 'normal') {
    return (
      <Text size="sm" className="tabular-nums" span>
        {age}
      </Text>
    );
  }
  const overdue = urgency === 'overdue';
  return (
    <Tooltip
      label={
        overdue
          ? `Waiting for more than ${PENDING_OVERDUE_HOURS} hours (placed ${formatDateTime(props.placedAt)})`
          : `Waiting for more than a day (placed ${formatDateTime(props.placedAt)})`
      }
    >
      <Badge
        color={overdue ? 'red' : 'orange'}
        variant={overdue ? 'filled' : 'light'}
        leftSection={overdue ? <IconClockExclamation size={12} /> : undefined}
        className="tabular-nums"
        data-urgency={urgency}
      >
        {age}
      </Badge>
    </Tooltip>
  );
}
