import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArrowsSplit, IconPackages } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useFormErrors } from '../../lib/useFormErrors';
import { failureMessage } from '../../lib/requestErrors';
import { joinedMessages, readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { evictOrderLists } from '../evictOrderLists';
import { ProposeAvailabilitySplitQuery, SplitOrderMutation } from './reviewMutations';
import { SplitLinesList, type SplitLine } from './SplitLinesList';
import type { SelectedItem } from './SelectedItemsList';
import type { OrderDialogProps } from './orderDialogProps';

type SplitDialogProps = OrderDialogProps & {
  items: ReadonlyArray<SelectedItem>;
  /** Opened with "Split by availability": the short quantities are loaded at once. */
  byAvailability: boolean;
  onSplit: (newOrder: { id: string; number: number }) => void;
};

/**
 * "A modal will appear confirming the order items to be split. Click Split to complete the order
 * splitting." The checked items move to a new pending order of the same buyer, each whole or in part
 * (its quantity field); "Split by availability" fills in what stock on hand cannot cover.
 */
export function SplitItemsDialog(props: SplitDialogProps) {
  const [loading, setLoading] = useState(false);
  const close = () => {
    if (!loading) props.onClose();
  };
  return (
    <Modal opened={props.opened} onClose={close} title="Split from Order" centered size="lg">
      {/* Inside the modal: every opening starts from the items it was opened with. */}
      <SplitItemsForm {...props} onBusy={setLoading} onCancel={close} />
    </Modal>
  );
}

function SplitItemsForm(props: SplitDialogProps & { onBusy: (busy: boolean) => void; onCancel: () => void }) {
  // "Split by availability" asks for the proposal; its short quantities replace the checked items.
  const [asked, setAsked] = useState(props.byAvailability);
  const proposal = useQuery(ProposeAvailabilitySplitQuery, {
    variables: { orderId: props.orderId },
    skip: !asked,
    fetchPolicy: 'network-only',
  });
  const proposed = asked ? proposal.data?.proposeAvailabilitySplit : undefined;
  const refusal = proposed && !proposed.proposal ? joinedMessages(readUserErrors(proposed.userErrors)) : null;
  const base: SplitLine[] = proposed?.proposal
    ? proposed.proposal.lines.map((line) => ({
        item: line.orderItem,
        quantity: line.quantity,
        stockOnHand: line.stockOnHand,
      }))
    : props.items.map((item) => ({ item, quantity: item.quantity, stockOnHand: null }));
  // What the seller typed, per line, over the items or the proposal.
  const [typed, setTyped] = useState<Readonly<Record<string, number>>>({});
  const lines = base.map((line) => ({ ...line, quantity: typed[line.item.id] ?? line.quantity }));
  const proposing = proposal.loading;
  const [split, { loading }] = useMutation(SplitOrderMutation, {
    update(cache, { data }) {
      if (data?.splitOrder.newOrder) evictOrderLists(cache);
    },
  });
  const errors = useFormErrors();
  const { onBusy } = props;
  useEffect(() => onBusy(loading), [onBusy, loading]);

  const propose = () => {
    errors.clear();
    setTyped({});
    if (asked) void proposal.refetch();
    else setAsked(true);
  };

  const submit = async () => {
    if (loading) return;
    errors.clear();
    try {
      const { data } = await split({
        variables: {
          input: {
            orderId: props.orderId,
            lines: lines.map((line) => ({ orderItemId: line.item.id, quantity: line.quantity })),
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

  const count = lines.length;
  const invalid = lines.some((line) => !(line.quantity >= 1 && line.quantity <= line.item.quantity));
  const anyShort = lines.some((line) => line.stockOnHand !== null);

  return (
    <Stack gap="md">
      <Text size="sm">
        {count === 0
          ? 'Check the items to split, or let stock on hand decide: Split by availability moves what cannot ship now.'
          : `${count === 1 ? 'This item moves' : `These ${count} items move`} from Order #${props.orderNumber} to a new pending order for the same buyer, with the same addresses and payment method. Move part of a line by lowering its quantity. Both orders' totals are recalculated.`}
      </Text>
      {anyShort && (
        <Text size="sm" fw={600}>
          Backorder: the units stock on hand cannot cover.
        </Text>
      )}
      <Group justify="flex-start">
        <Button
          variant="light"
          leftSection={<IconPackages size={16} />}
          loading={proposing}
          onClick={propose}
          disabled={loading}
        >
          Split by availability
        </Button>
      </Group>
      {count > 0 && (
        <SplitLinesList
          lines={lines}
          label="Items to split"
          onQuantityChange={(id, quantity) => setTyped((current) => ({ ...current, [id]: quantity }))}
        />
      )}
      {(refusal ?? proposal.error) && (
        <Alert color="yellow" variant="light">
          {refusal ?? failureMessage(proposal.error)}
        </Alert>
      )}
      <FormErrorAlerts errors={errors} onReload={props.onReload} />
      <DialogFooter
        action="Split"
        onAction={() => void submit()}
        icon={<IconArrowsSplit size={16} />}
        loading={loading}
        disabled={count === 0 || invalid || proposing}
        onCancel={props.onCancel}
      />
    </Stack>
  );
}
