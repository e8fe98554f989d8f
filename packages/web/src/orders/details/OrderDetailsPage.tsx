import { useQuery } from '@apollo/client/react';
import { Button, Card, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../graphql';
import { useNow } from '../../lib/useNow';
import { Page, PageHeader } from '../../ui/Page';
import { EmptyState, QueryError } from '../../ui/States';
import { OrderStatusBadge, PaymentStatusBadge } from '../StatusBadges';
import { InvoiceSummary, ShipmentSummary } from './FulfilmentSummary';
import { OrderActions } from './OrderActions';
import { OrderAddresses } from './OrderAddresses';
import { OrderInformation } from './OrderInformation';
import { OrderItems } from './OrderItems';
import { OrderTimeline } from './OrderTimeline';

const OrderDetailsPageQuery = graphql(`
  query OrderDetailsPage($id: ID!) {
    order(id: $id) {
      id
      number
      status
      paymentStatus
      availableActions
      ...OrderInformation_order
      ...OrderAddresses_order
      ...OrderItems_order
      ...OrderTimeline_order
      shipment {
        id
        ...ShipmentSummary_shipment
      }
      invoice {
        id
        ...InvoiceSummary_invoice
      }
    }
  }
`);

const BACK = { to: '/orders', label: 'Orders' };

function OrderDetailsSkeleton() {
  return (
    <Page>
      <Stack gap="xs" aria-busy="true" aria-label="Loading order">
        <Skeleton height={14} width={70} />
        <Skeleton height={30} width={260} />
      </Stack>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Stack gap="lg">
            <Skeleton height={220} radius="md" />
            <Skeleton height={180} radius="md" />
            <Skeleton height={280} radius="md" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <Skeleton height={320} radius="md" />
        </Grid.Col>
      </Grid>
    </Page>
  );
}

export function OrderDetailsPage() {
  const { id = '' } = useParams<{ id: string }>();
  const now = useNow();
  const { data, loading, error, refetch } = useQuery(OrderDetailsPageQuery, { variables: { id } });
  const [selectedItemIds, setSelectedItemIds] = useState<ReadonlySet<string>>(() => new Set());
  // A different order (e.g. after following a split link) starts with nothing checked.
  const [selectionOrderId, setSelectionOrderId] = useState(id);
  if (selectionOrderId !== id) {
    setSelectionOrderId(id);
    setSelectedItemIds(new Set());
  }

  if (loading && !data) return <OrderDetailsSkeleton />;

  if (error && !data) {
    return (
      <Page>
        <PageHeader title="Order Details" back={BACK} />
        <QueryError title="Could not load this order" error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }

  const order = data?.order;
  if (!order) {
    return (
      <Page>
        <title>Order not found · Order Desk</title>
        <Card>
          <EmptyState
            icon={<IconFileSearch size={24} />}
            title="Order not found"
            headingLevel={1}
            description="This order does not exist or is not one of your brand's orders."
            action={
              <Button component={Link} to="/orders" variant="light">
                Back to Orders
              </Button>
            }
          />
        </Card>
      </Page>
    );
  }

  const selectable = order.availableActions.includes('SPLIT') || order.availableActions.includes('REMOVE_ITEM');

  return (
    <Page>
      <title>{`Order #${order.number} · Order Desk`}</title>
      <PageHeader
        back={BACK}
        title={`Order #${order.number}`}
        description="Order Details"
        badges={
          <Group gap="xs">
            <OrderStatusBadge status={order.status} size="lg" />
            <PaymentStatusBadge status={order.paymentStatus} size="lg" />
          </Group>
        }
        actions={<OrderActions actions={order.availableActions} />}
      />

      {/* Side by side only where the items table fits beside the timeline (xl); stacked below. */}
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Stack gap="lg">
            <OrderInformation order={order} now={now} />
            <OrderAddresses order={order} />
            <OrderItems
              order={order}
              selectable={selectable}
              selectedIds={selectedItemIds}
              onSelectedIdsChange={setSelectedItemIds}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <Stack gap="lg">
            {order.invoice && <InvoiceSummary invoice={order.invoice} />}
            {order.shipment && <ShipmentSummary shipment={order.shipment} />}
            <OrderTimeline order={order} now={now} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
