import { useMutation } from '@apollo/client/react';
import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useFormErrors } from '../../lib/useFormErrors';
import { messageForCode, readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { evictOrderLists } from '../evictOrderLists';
import { RemoveOrderItemMutation } from './reviewMutations';
import { SelectedItemsList, type SelectedItem } from './SelectedItemsList';
import type { OrderDialogProps } from './orderDialogProps';

/**
 * Confirms deleting the checked items (the trash-can icon). The API deletes one item at a time, each
 * against the version the previous deletion produced. Deleting every item is refused before anything
 * is deleted: an order keeps at least one item (reject it instead).
 */
export function DeleteItemsDialog(
  props: Omit<OrderDialogProps, 'orderId'> & {
    items: ReadonlyArray<SelectedItem>;
    /** True when the checked items are all of the order's items. */
    allItems: boolean;
    onRemoved: (removedIds: ReadonlyArray<string>) => void;
    onRejectInstead?: () => void;
  },
) {
  const [removeItem] = useMutation(RemoveOrderItemMutation, {
    update(cache, { data }) {
      const removedId = data?.removeOrderItem.removedOrderItemId;
      if (!removedId) return;
      cache.evict({ id: cache.identify({ __typename: 'OrderItem', id: removedId }) });
      evictOrderLists(cache);
    },
  });
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const close = () => {
    if (busy) return;
    errors.clear();
    props.onClose();
  };

  const submit = async () => {
    if (busy || props.allItems) return;
    setBusy(true);
    errors.clear();
    const removed: string[] = [];
    let version = props.version;
    try {
      for (const item of props.items) {
        const { data } = await removeItem({
          variables: { input: { orderItemId: item.id, expectedVersion: version } },
        });
        const payload = data?.removeOrderItem;
        if (!payload || payload.userErrors.length > 0 || !payload.order) {
          errors.setUserErrors(readUserErrors(payload?.userErrors ?? []));
          break;
        }
        removed.push(item.id);
        version = payload.order.version;
      }
    } catch (caught) {
      errors.fail(caught);
    } finally {
      setBusy(false);
    }
    if (removed.length === props.items.length) props.onRemoved(removed);
    else if (removed.length > 0) {
      errors.fail(`${removed.length} of ${props.items.length} items were deleted; the others were not.`);
    }
  };

  const count = props.items.length;

  return (
    <Modal opened={props.opened} onClose={close} title="Delete items" centered size="lg">
      <Stack gap="md">
        {props.allItems ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{messageForCode('LAST_ITEM')}</Text>
              {props.onRejectInstead && (
                <Button size="xs" color="red" variant="light" onClick={props.onRejectInstead}>
                  Reject the order
                </Button>
              )}
            </Stack>
          </Alert>
        ) : (
          <Text size="sm">
            Delete {count === 1 ? 'this item' : `these ${count} items`} from Order #{props.orderNumber}? The subtotal
            and total are recalculated.
          </Text>
        )}
        <SelectedItemsList items={props.items} label="Items to delete" />
        <FormErrorAlerts errors={errors} onReload={props.onReload} />
        <DialogFooter
          action="Delete"
          onAction={() => void submit()}
          icon={<IconTrash size={16} />}
          tone="danger"
          loading={busy}
          disabled={count === 0 || props.allItems}
          onCancel={close}
        />
      </Stack>
    </Modal>
  );
}
