import { Button, Group, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconListDetails, IconPrinter, IconTruck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useFormErrors } from '../../lib/useFormErrors';
import { useNow } from '../../lib/useNow';
import { hasCode, STALE_ORDER } from '../../lib/userErrors';
import { ShippingTab } from '../../shipments/ShippingTab';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { Page, PageHeader } from '../../ui/Page';
import { QueryError } from '../../ui/States';
import { OrderNotFound } from '../OrderNotFound';
import { OrderStatusBadge } from '../OrderStatusBadge';
import { PaymentStatusBadge } from '../PaymentStatusBadge';
import { OrderActions } from './OrderActions';
import { OrderDetailsDialogs, type OrderDialog } from './OrderDetailsDialogs';
import { OrderDetailsSkeleton } from './OrderDetailsSkeleton';
import { OrderDetailsTab } from './OrderDetailsTab';
import { packingSlipPath } from '../paths';
import { ACCEPT_LINKS_CUSTOMER_ID, linksCustomerOnAccept } from './OrderInformation';
import { SelectedItemsActions } from './SelectedItemsActions';
import type { SelectedItem } from './SelectedItemsList';
import { useOrderDetails } from './useOrderDetails';

const BACK = { to: '/orders', label: 'Orders' };

/** `?tab=shipping` opens the Shipping tab (so a reload or a shared link keeps it). */
const TAB_PARAM = 'tab';
const SHIPPING_TAB = 'shipping';
const DETAILS_TAB = 'details';

/**
 * `/orders/:id`, the Order Details screen (article: "Things To Do Before Approving / Accepting An
 * Order"): the order with Accept and Reject, or once accepted, Edit and Cancel and the Shipping tab.
 */
export function OrderDetailsPage() {
  const { id = '' } = useParams<{ id: string }>();
  const now = useNow();
  const [searchParams, setSearchParams] = useSearchParams();
  const details = useOrderDetails(id);
  const [selectedItemIds, setSelectedItemIds] = useState<ReadonlySet<string>>(() => new Set());
  const [dialog, setDialog] = useState<OrderDialog | null>(null);
  // "Edit Order" turns the items table into the editor until the edit is saved or abandoned.
  const [editing, setEditing] = useState(false);
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

  if (details.loading && !details.answered) return <OrderDetailsSkeleton />;

  if (details.error && !details.answered) {
    return (
      <Page>
        <PageHeader title="Order Details" back={BACK} />
        <QueryError title="Could not load this order" error={details.error} onRetry={() => void details.refetch()} />
      </Page>
    );
  }

  const order = details.order;
  if (!order) {
    return <OrderNotFound />;
  }

  const actions = order.availableActions;
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
    await details.refetch();
    pageErrors.clear();
  };

  const openDialog = (next: OrderDialog) => {
    pageErrors.setUserErrors([]);
    setDialog(next);
  };

  const confirmSelected = (kind: 'split' | 'remove') => {
    setConfirmItems(selectedItems);
    setDialog(kind);
  };

  const accept = async () => {
    if (details.accepting) return;
    pageErrors.clear();
    try {
      const answer = await details.accept(order);
      if (!answer) return;
      if (hasCode(answer.refusals, 'CUSTOMER_REQUIRED')) {
        setDialog('accept');
        return;
      }
      if (!answer.accepted) {
        pageErrors.setUserErrors(answer.refusals);
        return;
      }
      notifications.show({
        color: 'green',
        title: `Order #${order.number} accepted`,
        message: answer.customerName
          ? `Linked to your customer ${answer.customerName}. It can now be invoiced.`
          : 'It can now be invoiced.',
      });
    } catch (caught) {
      pageErrors.fail(caught);
    }
  };

  const canSplit = actions.includes('SPLIT');
  const canRemove = actions.includes('REMOVE_ITEM');
  const someShort =
    order.status === 'PENDING' &&
    order.items.some((item) => item.stockOnHand !== null && item.stockOnHand < item.quantity);
  const detailsTab = (
    <OrderDetailsTab
      order={order}
      now={now}
      mailCatcherUrl={details.mailCatcherUrl}
      editing={editing}
      onEditingDone={() => setEditing(false)}
      selectedItemIds={selectedItemIds}
      onSelectedItemIdsChange={setSelectedItemIds}
      itemActions={
        canSplit || canRemove ? (
          <SelectedItemsActions
            canSplit={canSplit}
            canSplitByAvailability={canSplit && someShort}
            onSplitByAvailability={() => openDialog('splitByAvailability')}
            canRemove={canRemove}
            selectedCount={selectedItems.length}
            onSplit={() => confirmSelected('split')}
            onRemove={() => confirmSelected('remove')}
          />
        ) : undefined
      }
      onStale={() => pageErrors.setUserErrors([{ code: STALE_ORDER, field: null, message: '' }])}
      onReload={reload}
      onOpenShipping={() => openTab(SHIPPING_TAB)}
    />
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
          <Group gap="sm" justify="flex-end">
            <Button
              component={Link}
              to={packingSlipPath(order.id)}
              variant="default"
              leftSection={<IconPrinter size={16} />}
            >
              Packing slip
            </Button>
            <OrderActions
              actions={actions}
              pending={details.accepting ? 'ACCEPT' : null}
              onAccept={() => void accept()}
              acceptDescribedBy={linksCustomerOnAccept(order) ? ACCEPT_LINKS_CUSTOMER_ID : undefined}
              onReject={() => openDialog('reject')}
              editing={editing}
              onEdit={() => {
                pageErrors.setUserErrors([]);
                setEditing(true);
              }}
              onCancel={() => openDialog('cancel')}
            />
          </Group>
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
            {detailsTab}
          </Tabs.Panel>
          <Tabs.Panel value={SHIPPING_TAB} pt="lg">
            <ShippingTab order={order} onReload={reload} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        detailsTab
      )}

      <OrderDetailsDialogs
        order={order}
        open={dialog}
        onOpenChange={setDialog}
        confirmItems={confirmItems}
        onItemsGone={() => setSelectedItemIds(new Set())}
        onCancelled={() => setEditing(false)}
        onReload={reload}
      />
    </Page>
  );
}
