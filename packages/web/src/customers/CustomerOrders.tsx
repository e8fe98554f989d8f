import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { orderPath } from '../orders/paths';

/** How many orders were accepted for the customer, with links to the latest few. */
export function CustomerOrders(props: {
  orders: { totalCount: number; edges: ReadonlyArray<{ node: { id: string; number: number } }> };
}) {
  const { totalCount, edges } = props.orders;
  if (totalCount === 0) {
    return (
      <Text size="sm" c="dimmed">
        No orders yet
      </Text>
    );
  }
  const more = totalCount - edges.length;
  return (
    <Group gap={8} wrap="wrap">
      {edges.map(({ node }) => (
        <Anchor key={node.id} component={Link} to={orderPath(node.id)} size="sm" className="tabular-nums">
          #{node.number}
        </Anchor>
      ))}
      {more > 0 && (
        <Text size="sm" c="dimmed">
          +{more} more
        </Text>
      )}
    </Group>
  );
}
