import { Button, Group } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { OrderAction } from '../../graphql/graphql';

export interface OrderActionsProps {
  /** The order's `availableActions`: a button is shown only when the server allows it. */
  actions: ReadonlyArray<OrderAction>;
  onAccept?: () => void;
  onReject?: () => void;
  /** The action currently being submitted, if any. */
  pending?: 'ACCEPT' | 'REJECT' | null;
}

/** The red "Reject" and green "Accept" buttons at the top right of the Order Details screen. */
export function OrderActions(props: OrderActionsProps) {
  const canReject = props.actions.includes('REJECT');
  const canAccept = props.actions.includes('ACCEPT');
  if (!canReject && !canAccept) return null;
  const busy = Boolean(props.pending);
  return (
    <Group gap="sm" wrap="nowrap">
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
          loading={props.pending === 'ACCEPT'}
          disabled={busy && props.pending !== 'ACCEPT'}
        >
          Accept
        </Button>
      )}
    </Group>
  );
}
