import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ActionIcon, Button, Card, Grid, Group, Skeleton, Stack, Tabs, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsSplit, IconFileSearch, IconListDetails, IconTrash, IconTruck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../graphql';
import { PAYMENT_POLL_INTERVAL_MS } from '../../invoices/InvoicePage';
import { useNow } from '../../lib/useNow';
import { useFormErrors } from '../../lib/useFormErrors';
import { hasCode, readUserErrors, STALE_ORDER } from '../../lib/userErrors';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { Page, PageHeader } from '../../ui/Page';
import { EmptyState, QueryError } from '../../ui/States';
import { orderPath } from '../paths';
import { OrderStatusBadge, PaymentStatusBadge } from '../StatusBadges';
import { AcceptOrderCustomerDialog } from './AcceptOrderCustomerDialog';
import { CancelOrderDialog } from './CancelOrderDialog';
import { CreditNotesAndRefunds } from './CreditNotesAndRefunds';
import { ShippingTab } from '../../shipments/ShippingTab';
import { InvoiceNextStep, InvoiceSummary, ShipmentSummary } from './FulfilmentSummary';
import { OrderActions } from './OrderActions';
import { OrderAddresses } from './OrderAddresses';
import { OrderInformation } from './OrderInformation';
import { OrderInvoices } from './OrderInvoices';
import { OrderItems } from './OrderItems';
import { OrderItemsEditor } from './OrderItemsEditor';
import { OrderTimeline } from './OrderTimeline';
import { RejectOrderDialog } from './RejectOrderDialog';
import { RemoveItemsModal } from './RemoveItemsModal';
import { evictOrderLists } from '../evictOrderLists';
import { AcceptOrderMutation } from './reviewMutations';
import type { SelectedItem } from './SelectedItemsList';
import { SplitItemsModal } from './SplitItemsModal';

/**
 * Everything the Order Details screen shows of an order. The query, the live subscription and every
 * review mutation select it, so whichever answers last, the screen shows the whole current order.
 */
export const OrderDetailsPageOrderFragment = graphql(`
  fragment OrderDetailsPage_order on Order {
    id
    number
    status
    paymentStatus
    version
    availableActions
    buyer {
      id
      companyName
    }
    items {
      id
      sku
      productName
      variantName
      quantity
      lineTotal {
        amount
        currency
      }
    }
    ...OrderInformation_order
    ...OrderAddresses_order
    ...OrderItems_order
    ...OrderTimeline_order
    ...OrderItemsEditor_order
    ...OrderInvoices_order
    ...CreditNotesAndRefunds_order
    amountToInvoice {
      amount
      currency
    }
    refunds {
      id
      status
    }
    shipment {
      id
      ...ShipmentSummary_shipment
    }
    invoice {
      id
      ...InvoiceSummary_invoice
    }
    ...ShippingTab_order
  }
`);

const OrderDetailsPageQuery = graphql(`
  query OrderDetailsPage($id: ID!) {
    order(id: $id) {
      id
      ...OrderDetailsPage_order
    }
    mailCatcherUrl
  }
`);

/** Changes made elsewhere (another seller user, a partner app, the email worker) arrive live. */
export const OrderDetailsOrderChangedSubscription = graphql(`
  subscription OrderDetailsOrderChanged($orderId: ID!) {
    orderChanged(orderId: $orderId) {
      id
      ...OrderDetailsPage_order
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

type Dialog = 'split' | 'remove' | 'accept' | 'reject' | 'cancel' | null;

/** `?tab=shipping` opens the Shipping tab (so a reload or a shared link keeps it). */
const TAB_PARAM = 'tab';
const SHIPPING_TAB = 'shipping';
const DETAILS_TAB = 'details';

export function OrderDetailsPage() {
  const { id = '' } = useParams<{ id: string }>();
  const now = useNow();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(OrderDetailsPageQuery, {
    variables: { id },
  });
  useSubscription(OrderDetailsOrderChangedSubscription, {
    variables: { orderId: id },
    skip: !id,
    // The pushed order is merged into the cache by its id: the query above re-renders from there.
    ignoreResults: true,
  });
  // While a card refund is at Stripe the page also asks now and then, in case its pushed outcome was
  // missed (as the invoice page does for a card charge).
  const refunding = data?.order
    ? getFragmentData(OrderDetailsPageOrderFragment, data.order).refunds.some((refund) => refund.status === 'PENDING')
    : false;
  useEffect(() => {
    if (!refunding) return undefined;
    startPolling(PAYMENT_POLL_INTERVAL_MS);
    return () => stopPolling();
  }, [refunding, startPolling, stopPolling]);
  const [acceptWithoutCustomer, { loading: accepting }] = useMutation(AcceptOrderMutation, {
    update(cache, { data: result }) {
      if (result?.acceptOrder.order) evictOrderLists(cache);
    },
  });

  const [selectedItemIds, setSelectedItemIds] = useState<ReadonlySet<string>>(() => new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  // "Edit Order" turns the items table into the editor until the edit is saved or abandoned.
  const [editing, setEditing] = useState(false);
  // What the split / delete confirmation lists, kept while it closes.
  const [confirmItems, setConfirmItems] = useState<ReadonlyArray<SelectedItem>>([]);
  // Refusals of actions started outside a dialog (Accept, a quantity): shown under the header.
  const pageErrors = useFormErrors();
  // A different order (e.g. after following a split link) starts afresh.
  const [shownOrderId, setShownOrderId] = useState(id);
  if (shownOrderId !== id) {
    setShownOrderId(id);
    setSelectedItemIds(new Set());
    setDialog(null);
    setEditing(false);
    pageErrors.clear();
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

  if (!data?.order) {
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

  const order = getFragmentData(OrderDetailsPageOrderFragment, data.order);
  const actions = order.availableActions;
  const canSplit = actions.includes('SPLIT');
  const canRemove = actions.includes('REMOVE_ITEM');
  const selectable = canSplit || canRemove;
  const selectedItems = order.items.filter((item) => selectedItemIds.has(item.id));
  // Accepted orders are shipped and invoiced from the Shipping tab; other orders have no tabs.
  const hasShippingTab = order.status === 'ACCEPTED' || order.shipment !== null;
  const tab = hasShippingTab && searchParams.get(TAB_PARAM) === SHIPPING_TAB ? SHIPPING_TAB : DETAILS_TAB;
  const openTab = (value: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === SHIPPING_TAB) next.set(TAB_PARAM, SHIPPING_TAB);
        else next.delete(TAB_PARAM);
        return next;
      },
      { replace: true },
    );

  const reload = async () => {
    await refetch();
    pageErrors.clear();
  };
  const markStale = () => pageErrors.setUserErrors([{ code: STALE_ORDER, field: null, message: '' }]);

  const openConfirmation = (kind: 'split' | 'remove') => {
    setConfirmItems(selectedItems);
    setDialog(kind);
  };

  const showNewOrder = (newOrder: { id: string; number: number }) => {
    setDialog(null);
    setSelectedItemIds(new Set());
    const notificationId = `split-${newOrder.id}`;
    notifications.show({
      id: notificationId,
      color: 'green',
      title: `Order #${newOrder.number} created`,
      autoClose: 10_000,
      message: (
        // The notification renders outside the router: a plain link that navigates in the app.
        <a
          href={orderPath(newOrder.id)}
          style={{ color: 'var(--mantine-color-anchor)', fontWeight: 500 }}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            notifications.hide(notificationId);
            void navigate(orderPath(newOrder.id));
          }}
        >
          View Order #{newOrder.number}
        </a>
      ),
    });
  };

  const accept = async () => {
    if (accepting) return;
    pageErrors.clear();
    try {
      const { data: result } = await acceptWithoutCustomer({
        variables: { input: { orderId: order.id, expectedVersion: order.version } },
      });
      const payload = result?.acceptOrder;
      if (!payload) return;
      const refusals = readUserErrors(payload.userErrors);
      if (hasCode(refusals, 'CUSTOMER_REQUIRED')) {
        setDialog('accept');
        return;
      }
      if (refusals.length > 0 || !payload.order) {
        pageErrors.setUserErrors(refusals);
        return;
      }
      notifications.show({
        color: 'green',
        title: `Order #${order.number} accepted`,
        message: 'It can now be invoiced.',
      });
    } catch (caught) {
      pageErrors.fail(caught);
    }
  };

  const nothingSelected = selectedItems.length === 0;

  const itemActions = selectable ? (
    <Group gap="xs" wrap="nowrap">
      {canSplit && !nothingSelected && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconArrowsSplit size={14} />}
          onClick={() => openConfirmation('split')}
        >
          Split from Order
        </Button>
      )}
      {canRemove && (
        <Tooltip label={nothingSelected ? 'Check the items to delete first' : 'Delete the checked items'}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label="Delete selected items"
            // Focusable and described while disabled, so the tooltip explains why.
            data-disabled={nothingSelected || undefined}
            aria-disabled={nothingSelected}
            onClick={() => {
              if (!nothingSelected) openConfirmation('remove');
            }}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  ) : undefined;

  // Side by side only where the items table fits beside the timeline (xl); stacked below.
  const details = (
    <Grid gutter="lg" align="flex-start">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <Stack gap="lg">
          <OrderInformation order={order} now={now} />
          <OrderAddresses order={order} />
          {editing && actions.includes('EDIT') ? (
            <OrderItemsEditor order={order} onDone={() => setEditing(false)} onReload={reload} />
          ) : (
            <OrderItems
              order={order}
              selectable={selectable}
              selectedIds={selectedItemIds}
              onSelectedIdsChange={setSelectedItemIds}
              actions={itemActions}
              quantityEditing={
                actions.includes('UPDATE_QUANTITY') ? { version: order.version, onStale: markStale } : null
              }
            />
          )}
          <CreditNotesAndRefunds order={order} onReload={reload} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <Stack gap="lg">
          {order.invoice ? (
            <InvoiceSummary invoice={order.invoice} />
          ) : (
            <InvoiceNextStep
              orderId={order.id}
              canCreateInvoice={actions.includes('CREATE_INVOICE')}
              canSaveShipment={actions.includes('SAVE_SHIPMENT')}
              amountToInvoice={order.amountToInvoice}
              onOpenShipping={() => openTab(SHIPPING_TAB)}
            />
          )}
          <OrderInvoices order={order} canCreateInvoice={actions.includes('CREATE_INVOICE')} />
          {order.shipment && <ShipmentSummary shipment={order.shipment} />}
          <OrderTimeline order={order} now={now} mailCatcherUrl={data.mailCatcherUrl} />
        </Stack>
      </Grid.Col>
    </Grid>
  );

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
        actions={
          <OrderActions
            actions={actions}
            pending={accepting ? 'ACCEPT' : null}
            onAccept={() => void accept()}
            onReject={() => {
              pageErrors.setUserErrors([]);
              setDialog('reject');
            }}
            editing={editing}
            onEdit={() => {
              pageErrors.setUserErrors([]);
              setEditing(true);
            }}
            onCancel={() => {
              pageErrors.setUserErrors([]);
              setDialog('cancel');
            }}
          />
        }
      />

      <FormErrorAlerts errors={pageErrors} onReload={reload} onDismiss={pageErrors.clear} />

      {hasShippingTab ? (
        <Tabs value={tab} onChange={openTab} keepMounted>
          <Tabs.List aria-label="Order sections">
            <Tabs.Tab value={DETAILS_TAB} leftSection={<IconListDetails size={16} />}>
              Order Details
            </Tabs.Tab>
            <Tabs.Tab value={SHIPPING_TAB} leftSection={<IconTruck size={16} />}>
              Shipping
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value={DETAILS_TAB} pt="lg">
            {details}
          </Tabs.Panel>
          <Tabs.Panel value={SHIPPING_TAB} pt="lg">
            <ShippingTab order={order} onReload={reload} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        details
      )}

      {/* A dialog closes by itself when its action is no longer available (e.g. accepted elsewhere). */}
      <SplitItemsModal
        opened={dialog === 'split' && canSplit}
        onClose={() => setDialog(null)}
        orderId={order.id}
        orderNumber={order.number}
        version={order.version}
        items={confirmItems}
        onSplit={showNewOrder}
        onReload={reload}
      />
      <RemoveItemsModal
        opened={dialog === 'remove' && canRemove}
        onClose={() => setDialog(null)}
        orderNumber={order.number}
        version={order.version}
        items={confirmItems}
        allItems={confirmItems.length > 0 && confirmItems.length >= order.items.length}
        onRemoved={() => {
          setDialog(null);
          setSelectedItemIds(new Set());
          notifications.show({
            color: 'green',
            title: confirmItems.length === 1 ? 'Item deleted' : `${confirmItems.length} items deleted`,
            message: `Order #${order.number} was updated.`,
          });
        }}
        onRejectInstead={actions.includes('REJECT') ? () => setDialog('reject') : undefined}
        onReload={reload}
      />
      <AcceptOrderCustomerDialog
        opened={dialog === 'accept' && actions.includes('ACCEPT')}
        onClose={() => setDialog(null)}
        orderId={order.id}
        orderNumber={order.number}
        version={order.version}
        onAccepted={(customer) => {
          setDialog(null);
          notifications.show({
            color: 'green',
            title: `Order #${order.number} accepted`,
            message: customer.name ? `Linked to your customer ${customer.name}.` : 'It can now be invoiced.',
          });
        }}
        onReload={reload}
      />
      <RejectOrderDialog
        opened={dialog === 'reject' && actions.includes('REJECT')}
        onClose={() => setDialog(null)}
        orderId={order.id}
        orderNumber={order.number}
        buyerName={order.buyer.companyName}
        version={order.version}
        onRejected={() => {
          setDialog(null);
          notifications.show({
            color: 'red',
            title: `Order #${order.number} rejected`,
            message: `${order.buyer.companyName} will receive an email about it.`,
          });
        }}
        onReload={reload}
      />
      <CancelOrderDialog
        opened={dialog === 'cancel' && actions.includes('CANCEL')}
        onClose={() => setDialog(null)}
        orderId={order.id}
        orderNumber={order.number}
        buyerName={order.buyer.companyName}
        version={order.version}
        shipped={order.shipment !== null}
        onCancelled={() => {
          setDialog(null);
          setEditing(false);
          notifications.show({
            color: 'gray',
            title: `Order #${order.number} cancelled`,
            message: `${order.buyer.companyName} will receive an email about it.`,
          });
        }}
        onReload={reload}
      />
    </Page>
  );
}
