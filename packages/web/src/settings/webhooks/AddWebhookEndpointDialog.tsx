import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../graphql';
import type { WebhookEventType } from '../../graphql/graphql';
import { describeError } from '../../lib/errors';
import { fieldErrorMessage, formErrorMessages, type UserErrorLike } from '../../lib/userErrors';
import { WEBHOOK_EVENTS } from './labels';

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint {
        id
        url
        description
        events
        enabled
      }
      secret
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ALL_EVENTS: string[] = WEBHOOK_EVENTS.map((event) => event.value);

/** "Add endpoint": URL, what it is for, and the events to send (all checked to start with). */
export function AddWebhookEndpointDialog(props: {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: { url: string; secret: string }) => void;
}) {
  const [create, { loading }] = useMutation(CreateWebhookEndpointMutation, {
    refetchQueries: ({ data }) => (data?.createWebhookEndpoint.endpoint ? ['WebhookEndpoints'] : []),
    awaitRefetchQueries: true,
  });
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>(ALL_EVENTS);
  const [userErrors, setUserErrors] = useState<ReadonlyArray<UserErrorLike>>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    if (loading) return;
    setUrl('');
    setDescription('');
    setEvents(ALL_EVENTS);
    setUserErrors([]);
    setFailure(null);
    props.onClose();
  };

  const submit = async () => {
    setFailure(null);
    try {
      const { data } = await create({
        variables: {
          input: { url: url.trim(), description: description.trim() || null, events: events as WebhookEventType[] },
        },
      });
      const payload = data?.createWebhookEndpoint;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.secret) {
        setUserErrors(payload.userErrors);
        return;
      }
      props.onCreated({ url: url.trim(), secret: payload.secret });
      close();
    } catch (caught) {
      setFailure(caught instanceof Error ? describeError(caught) : String(caught));
    }
  };

  const formErrors = [
    ...formErrorMessages(userErrors, [['url'], ['description'], ['events']]),
    ...(failure ? [failure] : []),
  ];
  return (
    <Modal opened={props.opened} onClose={close} title="Add webhook endpoint" size="lg" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <TextInput
            label="Endpoint URL"
            placeholder="https://erp.example.com/order-desk/webhooks"
            description="Events are POSTed here as JSON, signed with the endpoint's secret."
            required
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            error={fieldErrorMessage(userErrors, 'url')}
            data-autofocus
          />
          <TextInput
            label="Description"
            placeholder="ERP, accounting, warehouse…"
            value={description}
            maxLength={200}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={fieldErrorMessage(userErrors, 'description')}
          />
          <Checkbox.Group
            label="Events to send"
            value={events}
            onChange={setEvents}
            error={fieldErrorMessage(userErrors, 'events')}
          >
            <Group gap="xs" mt={4}>
              <Button variant="subtle" size="compact-xs" onClick={() => setEvents(ALL_EVENTS)}>
                Select all
              </Button>
              <Button variant="subtle" size="compact-xs" onClick={() => setEvents([])}>
                Clear all
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {WEBHOOK_EVENTS.map((event) => (
                <Checkbox
                  key={event.value}
                  value={event.value}
                  label={event.label}
                  description={
                    <Text span ff="monospace" size="xs">
                      {event.name}
                    </Text>
                  }
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {formErrors.map((message) => (
            <Alert key={message} color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {message}
            </Alert>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={events.length === 0}>
              Add endpoint
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
