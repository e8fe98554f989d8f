import { useMutation } from '@apollo/client/react';
import { Alert, Checkbox, Code, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiKeyScope } from '../../graphql/graphql';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { SecretValue } from '../../ui/SecretValue';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { CreateApiKeyMutation } from './apiKeyOperations';
import { API_KEY_SCOPES } from './apiKeyScopes';
import { ActionForm } from '../../ui/ActionForm';

/**
 * Create API key: a name and the scopes, then the secret, shown this once with a copy button (the
 * server keeps only its hash).
 */
export function CreateApiKeyDialog(props: { opened: boolean; onClose: () => void; onCreated: () => void }) {
  const [create, { loading }] = useMutation(CreateApiKeyMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const errors = useFormErrors();
  const [secret, setSecret] = useState<string | null>(null);

  const close = () => {
    if (loading) return;
    setName('');
    setScopes([]);
    errors.clear();
    setSecret(null);
    props.onClose();
  };

  const submit = async () => {
    if (loading) return;
    errors.clearFailure();
    try {
      const { data } = await create({ variables: { input: { name, scopes } } });
      const payload = data?.createApiKey;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.secret) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      errors.setUserErrors([]);
      setSecret(payload.secret);
      props.onCreated();
    } catch (caught) {
      errors.fail(caught);
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={secret ? 'API key created' : 'Create API key'}
      centered
      size="lg"
    >
      {secret ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={16} />}>
            Copy this key now and keep it somewhere safe: it will not be shown again.
          </Alert>
          <SecretValue secret={secret} label="API key secret" />
          <Text size="sm" c="dimmed">
            Send it as <Code>Authorization: Bearer …</Code> with every request; see the Partner API guide.
          </Text>
          <DialogFooter action="Done" onAction={close} />
        </Stack>
      ) : (
        <ActionForm onSubmit={submit}>
          <TextInput
            label="Name"
            description="What the key is for, e.g. the application that uses it."
            withAsterisk
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.fieldError('name')}
            data-autofocus
          />
          <Checkbox.Group
            label="Scopes"
            description="What the key may do. A write scope also lets the key read what it changes."
            withAsterisk
            value={scopes}
            onChange={(value) => setScopes(value as ApiKeyScope[])}
            error={errors.fieldError('scopes')}
          >
            <Stack gap="xs" mt="xs">
              {API_KEY_SCOPES.map((scope) => (
                <Checkbox key={scope.value} value={scope.value} label={scope.name} description={scope.description} />
              ))}
            </Stack>
          </Checkbox.Group>
          <FormErrorAlerts errors={errors} fields={[['name'], ['scopes']]} />
          <DialogFooter action="Create key" loading={loading} onCancel={close} />
        </ActionForm>
      )}
    </Modal>
  );
}
