import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { useFormat } from '../lib/useFormat';
import { DeadlineBadge } from '../orders/deadlines/DeadlineBadge';
import { orderPath } from '../orders/paths';

const TodayOrderFragment = graphql(`
  fragment TodayOrderEntry_order on Order {
    id
    number
    buyerName
    total {
      amount
      currency
    }
    deadline {
      ...DeadlineBadge_deadline
    }
  }
`);

/** One order of a Today list: a link to where the seller acts on it, its buyer, total and deadline. */
export function TodayOrderEntry(props: { order: FragmentType<typeof TodayOrderFragment>; tab?: 'shipping' }) {
  const { formatMoney } = useFormat();
  const order = getFragmentData(TodayOrderFragment, props.order);
  const to = props.tab ? `${orderPath(order.id)}?tab=${props.tab}` : orderPath(order.id);
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={to} fw={600} size="sm" className="tabular-nums">
          Order #{order.number}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {order.buyerName} · {formatMoney(order.total)}
        </Text>
      </Stack>
      {order.deadline && <DeadlineBadge deadline={order.deadline} />}
    </Group>
  );
}
