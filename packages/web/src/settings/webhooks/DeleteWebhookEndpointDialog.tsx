import { Modal, Stack, Text } from '@mantine/core';
import { DialogFooter } from '../../ui/DialogFooter';

/** "Delete", after a confirmation: events stop and the delivery log goes with the endpoint. */
export function DeleteWebhookEndpointDialog(props: {
  url: string | null;
  deleting: boolean;
  onClose: () => void;
  onDelete: () => void;
}) {
  return (
    <Modal opened={props.url !== null} onClose={props.onClose} title="Delete webhook endpoint" centered>
      <Stack gap="md">
        <Text size="sm">
          Stop sending events to <b>{props.url}</b> and delete its delivery log? This cannot be undone.
        </Text>
        <DialogFooter
          action="Delete endpoint"
          onAction={props.onDelete}
          tone="danger"
          loading={props.deleting}
          onCancel={props.onClose}
        />
      </Stack>
    </Modal>
  );
}
