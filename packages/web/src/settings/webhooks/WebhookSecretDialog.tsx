import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { DialogFooter } from '../../ui/DialogFooter';

/** The signing secret, shown once after creating an endpoint or rolling its secret. */
export function WebhookSecretDialog(props: { secret: string | null; url: string; onClose: () => void }) {
  return (
    <Modal opened={props.secret !== null} onClose={props.onClose} title="Signing secret" size="lg" centered>
      <Stack gap="md">
        <Text size="sm">
          Events sent to <b>{props.url}</b> are signed with this secret. Store it in your app now: it is shown only this
          once. If it is lost, roll a new one.
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} aria-label="Signing secret">
            {props.secret}
          </Code>
          <CopyButton value={props.secret ?? ''}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'filled'}
                color={copied ? 'green' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Alert color="gray" variant="light" icon={<IconKey size={16} />}>
          Verify each request&apos;s Order-Desk-Signature header with it, as the partner guide&apos;s Webhooks section
          shows.
        </Alert>
        <DialogFooter action="Done" onAction={props.onClose} />
      </Stack>
    </Modal>
  );
}
