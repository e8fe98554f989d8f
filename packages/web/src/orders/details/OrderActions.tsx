import { Button, Group } from '@mantine/core';
import { IconBan, IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import type { OrderAction } from '../../graphql/graphql';

export interface OrderActionsProps {
  /** The order's `availableActions`: a button is shown only when the server allows it. */
  actions: ReadonlyArray<OrderAction>;
  onAccept?: () => void;
  onReject?: () => void;
  onEdit?: () => void;
  onCancel?: () => void;
  /** While the items are being edited, "Edit Order" is already on. */
  editing?: boolean;
  /** The id of the text naming the customer Accept links the order to, when it links one. */
  acceptDescribedBy?: string;
  /** The action currently being submitted, if any. */
  pending?: 'ACCEPT' | 'REJECT' | null;
}

/**
 * The buttons at the top right of the Order Details screen: red "Reject" and green "Accept" for a
 * pending order, "Edit Order" and "Cancel Order" once it is accepted.
 */
export function OrderActions(props: OrderActionsProps) {
  const canReject = props.actions.includes('REJECT');
  const canAccept = props.actions.includes('ACCEPT');
  const canEdit = props.actions.includes('EDIT') && props.onEdit !== undefined;
  const canCancel = props.actions.includes('CANCEL') && props.onCancel !== undefined;
  if (!canReject && !canAccept && !canEdit && !canCancel) return null;
  const busy = Boolean(props.pending);
  return (
    <Group gap="sm" wrap="nowrap">
      {canCancel && (
        <Button color="red" variant="light" leftSection={<IconBan size={16} />} onClick={props.onCancel}>
          Cancel Order
        </Button>
      )}
      {canEdit && (
        <Button variant="light" leftSection={<IconPencil size={16} />} onClick={props.onEdit} disabled={props.editing}>
          Edit Order
        </Button>
      )}
      {canReject && (
        <Button
          color="red"
          variant="filled"
          leftSection={<IconX size={16} />}
          onClick={props.onReject}
          loading={props.pending === 'REJECT'}
          disabled={busy && props.pending !== 'REJECT'}
        >
          Reject
        </Button>
      )}
      {canAccept && (
        <Button
          color="green"
          variant="filled"
          leftSection={<IconCheck size={16} />}
          onClick={props.onAccept}
          aria-describedby={props.acceptDescribedBy}
          loading={props.pending === 'ACCEPT'}
          disabled={busy && props.pending !== 'ACCEPT'}
        >
          Accept
        </Button>
      )}
    </Group>
  );
}
