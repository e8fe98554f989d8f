import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router-dom';
import type { OrderAction } from '../../graphql/graphql';
import { AcceptOrderCustomerDialog } from './AcceptOrderCustomerDialog';
import { CancelOrderDialog } from './CancelOrderDialog';
import { RejectOrderDialog } from './RejectOrderDialog';
import { DeleteItemsDialog } from './DeleteItemsDialog';
import type { OrderDialogProps } from './orderDialogProps';
import type { SelectedItem } from './SelectedItemsList';
import { showSplitOrderNotification } from './showSplitOrderNotification';
import { SplitItemsDialog } from './SplitItemsDialog';
import type { OrderDetails } from './useOrderDetails';

export type OrderDialog = 'split' | 'splitByAvailability' | 'remove' | 'accept' | 'reject' | 'cancel';

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
  const buyer = order.buyer.companyName;
  const close = () => props.onOpenChange(null);
  // Open while it is the dialog asked for and the order still allows its action.
  const dialogProps = (dialog: OrderDialog, action: OrderAction): OrderDialogProps => ({
    opened: props.open === dialog && actions.includes(action),
    onClose: close,
    orderId: order.id,
    orderNumber: order.number,
    version: order.version,
    onReload: props.onReload,
  });
  /** Closes the dialog that succeeded and says what happened. */
  const done = (notification: { color: string; title: string; message: string }) => {
    close();
    notifications.show(notification);
  };
  return (
    <>
      <SplitItemsDialog
        {...dialogProps(props.open === 'splitByAvailability' ? 'splitByAvailability' : 'split', 'SPLIT')}
        byAvailability={props.open === 'splitByAvailability'}
        items={props.open === 'splitByAvailability' ? [] : confirmItems}
        onSplit={(newOrder) => {
          close();
          props.onItemsGone();
          showSplitOrderNotification(newOrder, (path) => void navigate(path));
        }}
      />
      <DeleteItemsDialog
        {...dialogProps('remove', 'REMOVE_ITEM')}
        items={confirmItems}
        allItems={confirmItems.length > 0 && confirmItems.length >= order.items.length}
        onRemoved={() => {
          props.onItemsGone();
          done({
            color: 'green',
            title: confirmItems.length === 1 ? 'Item deleted' : `${confirmItems.length} items deleted`,
            message: `Order #${order.number} was updated.`,
          });
        }}
        onRejectInstead={actions.includes('REJECT') ? () => props.onOpenChange('reject') : undefined}
      />
      <AcceptOrderCustomerDialog
        {...dialogProps('accept', 'ACCEPT')}
        onAccepted={(customer) =>
          done({
            color: 'green',
            title: `Order #${order.number} accepted`,
            message: customer.name ? `Linked to your customer ${customer.name}.` : 'It can now be invoiced.',
          })
        }
      />
      <RejectOrderDialog
        {...dialogProps('reject', 'REJECT')}
        buyerName={buyer}
        onRejected={() =>
          done({
            color: 'red',
            title: `Order #${order.number} rejected`,
            message: `${buyer} will receive an email about it.`,
          })
        }
      />
      <CancelOrderDialog
        {...dialogProps('cancel', 'CANCEL')}
        buyerName={buyer}
        shipped={order.shipment !== null}
        onCancelled={() => {
          props.onCancelled();
          done({
            color: 'gray',
            title: `Order #${order.number} cancelled`,
            message: `${buyer} will receive an email about it.`,
          });
        }}
      />
    </>
  );
}
