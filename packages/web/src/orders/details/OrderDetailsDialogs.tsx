import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router-dom';
import { AcceptOrderCustomerDialog } from './AcceptOrderCustomerDialog';
import { CancelOrderDialog } from './CancelOrderDialog';
import { RejectOrderDialog } from './RejectOrderDialog';
import { RemoveItemsModal } from './RemoveItemsModal';
import type { SelectedItem } from './SelectedItemsList';
import { showSplitOrderNotification } from './showSplitOrderNotification';
import { SplitItemsModal } from './SplitItemsModal';
import type { OrderDetails } from './useOrderDetails';

export type OrderDialog = 'split' | 'remove' | 'accept' | 'reject' | 'cancel';

/**
 * The dialogs of the Order Details screen, one open at a time, each telling the seller how it went.
 * A dialog closes by itself when its action is no longer available (e.g. accepted elsewhere).
 */
export function OrderDetailsDialogs(props: {
  order: OrderDetails;
  open: OrderDialog | null;
  onOpenChange: (dialog: OrderDialog | null) => void;
  /** What the split / delete confirmation lists, kept while it closes. */
  confirmItems: ReadonlyArray<SelectedItem>;
  /** The checked items were split off or deleted: nothing is checked any more. */
  onItemsGone: () => void;
  onCancelled: () => void;
  onReload: () => Promise<unknown>;
}) {
  const navigate = useNavigate();
  const { order, confirmItems } = props;
  const actions = order.availableActions;
  const close = () => props.onOpenChange(null);
  const buyer = order.buyer.companyName;
  return (
    <>
      <SplitItemsModal
        opened={props.open === 'split' && actions.includes('SPLIT')}
        onClose={close}
        orderId={order.id}
        orderNumber={order.number}
        version={order.version}
        items={confirmItems}
        onSplit={(newOrder) => {
          close();
          props.onItemsGone();
          showSplitOrderNotification(newOrder, (path) => void navigate(path));
        }}
        onReload={props.onReload}
      />
      <RemoveItemsModal
        opened={props.open === 'remove' && actions.includes('REMOVE_ITEM')}
        onClose={close}
        orderNumber={order.number}
        version={order.version}
        items={confirmItems}
        allItems={confirmItems.length > 0 && confirmItems.length >= order.items.length}
        onRemoved={() => {
          close();
          props.onItemsGone();
          notifications.show({
            color: 'green',
            title: confirmItems.length === 1 ? 'Item deleted' : `${confirmItems.length} items deleted`,
            message: `Order #${order.number} was updated.`,
          });
        }}
        onRejectInstead={actions.includes('REJECT') ? () => props.onOpenChange('reject') : undefined}
        onReload={props.onReload}
      />
      <AcceptOrderCustomerDialog
        opened={props.open === 'accept' && actions.includes('ACCEPT')}
        onClose={close}
        orderId={order.id}
        orderNumber={order.number}
        version={order.version}
        onAccepted={(customer) => {
          close();
          notifications.show({
            color: 'green',
            title: `Order #${order.number} accepted`,
            message: customer.name ? `Linked to your customer ${customer.name}.` : 'It can now be invoiced.',
          });
        }}
        onReload={props.onReload}
      />
      <RejectOrderDialog
        opened={props.open === 'reject' && actions.includes('REJECT')}
        onClose={close}
        orderId={order.id}
        orderNumber={order.number}
        buyerName={buyer}
        version={order.version}
        onRejected={() => {
          close();
          notifications.show({
            color: 'red',
            title: `Order #${order.number} rejected`,
            message: `${buyer} will receive an email about it.`,
          });
        }}
        onReload={props.onReload}
      />
      <CancelOrderDialog
        opened={props.open === 'cancel' && actions.includes('CANCEL')}
        onClose={close}
        orderId={order.id}
        orderNumber={order.number}
        buyerName={buyer}
        version={order.version}
        shipped={order.shipment !== null}
        onCancelled={() => {
          close();
          props.onCancelled();
          notifications.show({
            color: 'gray',
            title: `Order #${order.number} cancelled`,
            message: `${buyer} will receive an email about it.`,
          });
        }}
        onReload={props.onReload}
      />
    </>
  );
}
