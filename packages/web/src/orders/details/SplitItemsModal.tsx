import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArrowsSplit } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../lib/errors';
import { formErrorMessages, hasCode, STALE_ORDER, type UserErrorLike } from '../../lib/userErrors';
import { evictOrderLists } from '../evictOrderLists';
import { SplitOrderMutation } from './reviewMutations';
import { SelectedItemsList, type SelectedItem } from './SelectedItemsList';
import { DialogErrors } from './DialogErrors';

/**
 * "A modal will appear confirming the order items to be split. Click Split to complete the order
 * splitting." The checked items move to a new pending order of the same buyer.
 */
export function SplitItemsModal(props: {
  opened: boolean;
  onClose: () => void;
  orderId: string;
  orderNumber: number;
  version: number;
  items: ReadonlyArray<SelectedItem>;
  onSplit: (newOrder: { id: string; number: number }) => void;
  onReload: () => Promise<unknown>;
}) {
  const [split, { loading }] = useMutation(SplitOrderMutation, {
    update(cache, { data }) {
      if (data?.splitOrder.newOrder) evictOrderLists(cache);
    },
  });
  const [userErrors, setUserErrors] = useState<ReadonlyArray<UserErrorLike>>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    if (loading) return;
    setUserErrors([]);
    setFailure(null);
    props.onClose();
  };

  const submit = async () => {
    if (loading) return;
    setUserErrors([]);
    setFailure(null);
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
        setUserErrors(payload.userErrors);
        return;
      }
      props.onSplit({ id: payload.newOrder.id, number: payload.newOrder.number });
    } catch (caught) {
      setFailure(caught instanceof Error ? describeError(caught) : String(caught));
    }
  };

  const count = props.items.length;
  const messages = [...formErrorMessages(userErrors), ...(failure ? [failure] : [])];

  return (
    <Modal opened={props.opened} onClose={close} title="Split from Order" centered size="lg">
      <Stack gap="md">
        <Text size="sm">
          {count === 1 ? 'This item moves' : `These ${count} items move`} from Order #{props.orderNumber} to a new
          pending order for the same buyer, with the same addresses and payment method. Both orders&apos; totals are
          recalculated.
        </Text>
        <SelectedItemsList items={props.items} label="Items to split" />
        <DialogErrors
          stale={hasCode(userErrors, STALE_ORDER)}
          messages={messages}
          onReload={async () => {
            await props.onReload();
            setUserErrors([]);
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={loading}>
            Cancel
          </Button>
          <Button
            leftSection={<IconArrowsSplit size={16} />}
            loading={loading}
            disabled={count === 0}
            onClick={() => void submit()}
          >
            Split
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
