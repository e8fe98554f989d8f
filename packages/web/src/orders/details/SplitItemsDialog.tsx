import { useMutation } from '@apollo/client/react';
import { Modal, Stack, Text } from '@mantine/core';
import { IconArrowsSplit } from '@tabler/icons-react';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { evictOrderLists } from '../evictOrderLists';
import { SplitOrderMutation } from './reviewMutations';
import { SelectedItemsList, type SelectedItem } from './SelectedItemsList';
import type { OrderDialogProps } from './orderDialogProps';

/**
 * "A modal will appear confirming the order items to be split. Click Split to complete the order
 * splitting." The checked items move to a new pending order of the same buyer.
 */
export function SplitItemsDialog(
  props: OrderDialogProps & {
    items: ReadonlyArray<SelectedItem>;
    onSplit: (newOrder: { id: string; number: number }) => void;
  },
) {
  const [split, { loading }] = useMutation(SplitOrderMutation, {
    update(cache, { data }) {
      if (data?.splitOrder.newOrder) evictOrderLists(cache);
    },
  });
  const errors = useFormErrors();

  const close = () => {
    if (loading) return;
    errors.clear();
    props.onClose();
  };

  const submit = async () => {
    if (loading) return;
    errors.clear();
    try {
      const { data } = await split({
        variables: {
          input: {
            orderId: props.orderId,
            itemIds: props.items.map((item) => item.id),
            expectedVersion: props.version,
          },
        },
      });
      const payload = data?.splitOrder;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.newOrder) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      props.onSplit({ id: payload.newOrder.id, number: payload.newOrder.number });
    } catch (caught) {
      errors.fail(caught);
    }
  };

  const count = props.items.length;

  return (
    <Modal opened={props.opened} onClose={close} title="Split from Order" centered size="lg">
      <Stack gap="md">
        <Text size="sm">
          {count === 1 ? 'This item moves' : `These ${count} items move`} from Order #{props.orderNumber} to a new
          pending order for the same buyer, with the same addresses and payment method. Both orders&apos; totals are
          recalculated.
        </Text>
        <SelectedItemsList items={props.items} label="Items to split" />
        <FormErrorAlerts errors={errors} onReload={props.onReload} />
        <DialogFooter
          action="Split"
          onAction={() => void submit()}
          icon={<IconArrowsSplit size={16} />}
          loading={loading}
          disabled={count === 0}
          onCancel={close}
        />
      </Stack>
    </Modal>
  );
}
