import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { DialogFooter } from '../../ui/DialogFooter';
import { SecretValue } from '../../ui/SecretValue';

/** The signing secret, shown once after creating an endpoint or rolling its secret. */
export function WebhookSecretDialog(props: { secret: string | null; url: string; onClose: () => void }) {
  return (
    <Modal opened={props.secret !== null} onClose={props.onClose} title="Signing secret" size="lg" centered>
      <Stack gap="md">
        <Text size="sm">
          Events sent to <b>{props.url}</b> are signed with this secret. Store it in your app now: it is shown only this
          once. If it is lost, roll a new one.
        </Text>
        <SecretValue secret={props.secret ?? ''} label="Signing secret" />
        <Alert color="gray" variant="light" icon={<IconKey size={16} />}>
          Verify each request&apos;s Order-Desk-Signature header with it, as the partner guide&apos;s Webhooks section
          shows.
        </Alert>
        <DialogFooter action="Done" onAction={props.onClose} />
      </Stack>
    </Modal>
  );
}
