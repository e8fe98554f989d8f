import { Badge, Tabs } from '@mantine/core';
import type { OrderStatus } from '../../graphql/graphql';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { ORDER_STATUSES, ORDER_STATUS_LABEL } from '../labels';
import { ORDERS_TABLE_ID } from './OrdersTable';

export const OrderStatusTabsCountsFragment = graphql(`
  fragment OrderStatusTabs_counts on OrderStatusCounts {
    all
    byStatus {
      status
      count
    }
  }
`);

const ALL = 'ALL';

export function OrderStatusTabs(props: {
  value: OrderStatus | null;
  counts: FragmentType<typeof OrderStatusTabsCountsFragment> | null | undefined;
  onChange: (status: OrderStatus | null) => void;
}) {
  const counts = getFragmentData(OrderStatusTabsCountsFragment, props.counts);
  const countOf = (status: OrderStatus): number | undefined =>
    counts ? (counts.byStatus.find((entry) => entry.status === status)?.count ?? 0) : undefined;

  const tabs: Array<{ value: string; label: string; count: number | undefined; attention: boolean }> = [
    { value: ALL, label: 'All', count: counts?.all, attention: false },
    ...ORDER_STATUSES.map((status) => {
      const count = countOf(status);
      return {
        value: status,
        label: ORDER_STATUS_LABEL[status],
        count,
        attention: status === 'PENDING' && (count ?? 0) > 0,
      };
    }),
  ];

  return (
    <Tabs
      value={props.value ?? ALL}
      onChange={(value) => {
        const status = ORDER_STATUSES.find((candidate) => candidate === value) ?? null;
        props.onChange(status);
      }}
      keepMounted={false}
    >
      <Tabs.List aria-label="Order status">
        {tabs.map((tab) => (
          <Tabs.Tab
            key={tab.value}
            value={tab.value}
            // The tabs filter the orders table below (there are no tab panels).
            aria-controls={ORDERS_TABLE_ID}
            rightSection={
              tab.count === undefined ? null : (
                <Badge
                  size="sm"
                  variant={tab.attention ? 'filled' : 'light'}
                  color={tab.attention ? 'yellow' : 'gray'}
                  className="tabular-nums"
                  aria-label={`${tab.count} orders`}
                >
                  {tab.count}
                </Badge>
              )
            }
          >
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
