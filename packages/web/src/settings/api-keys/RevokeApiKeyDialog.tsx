import { useMutation } from '@apollo/client/react';
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { failureMessage } from '../../lib/requestErrors';
import { readUserErrors, userErrorMessage } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { RevokeApiKeyMutation } from './apiKeyOperations';

/** Revoke, after a confirmation: applications using the key stop working at once. */
export function RevokeApiKeyDialog(props: {
  apiKey: { id: string; name: string } | null;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const [revoke, { loading }] = useMutation(RevokeApiKeyMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    if (loading) return;
    setFailure(null);
    props.onClose();
  };

  const confirm = async () => {
    if (!props.apiKey || loading) return;
    try {
      const { data } = await revoke({ variables: { input: { id: props.apiKey.id } } });
      const firstError = readUserErrors(data?.revokeApiKey.userErrors ?? [])[0];
      if (firstError) {
        setFailure(userErrorMessage(firstError));
        return;
      }
      setFailure(null);
      props.onRevoked();
    } catch (caught) {
      setFailure(failureMessage(caught));
    }
  };

  return (
    <Modal opened={props.apiKey !== null} onClose={close} title="Revoke API key" centered>
      <Stack gap="md">
        <Text size="sm">
          Revoke <strong>{props.apiKey?.name}</strong>? Applications using this key stop working at once. This cannot be
          undone.
        </Text>
        {failure && (
          <Alert color="red" variant="light">
            {failure}
          </Alert>
        )}
        <DialogFooter
          action="Revoke key"
          onAction={() => void confirm()}
          tone="danger"
          loading={loading}
          onCancel={close}
        />
      </Stack>
    </Modal>
  );
}
