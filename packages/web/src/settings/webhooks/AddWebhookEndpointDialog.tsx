import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql';
import type { WebhookEventType } from '../../graphql/graphql';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { WEBHOOK_EVENTS } from './labels';
import { ActionForm } from '../../ui/ActionForm';

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
        ...UserErrors_userError
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
  const errors = useFormErrors();

  const close = () => {
    if (loading) return;
    setUrl('');
    setDescription('');
    setEvents(ALL_EVENTS);
    errors.clear();
    props.onClose();
  };

  const submit = async () => {
    errors.clearFailure();
    try {
      const { data } = await create({
        variables: {
          input: { url: url.trim(), description: description.trim() || null, events: events as WebhookEventType[] },
        },
      });
      const payload = data?.createWebhookEndpoint;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.secret) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      props.onCreated({ url: url.trim(), secret: payload.secret });
      close();
    } catch (caught) {
      errors.fail(caught);
    }
  };

  return (
    <Modal opened={props.opened} onClose={close} title="Add webhook endpoint" size="lg" centered>
      <ActionForm onSubmit={submit} browserChecks>
        <TextInput
          label="Endpoint URL"
          placeholder="https://erp.example.com/order-desk/webhooks"
          description="Events are POSTed here as JSON, signed with the endpoint's secret."
          required
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={errors.fieldError('url')}
          data-autofocus
        />
        <TextInput
          label="Description"
          placeholder="ERP, accounting, warehouse…"
          value={description}
          maxLength={200}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.fieldError('description')}
        />
        <Checkbox.Group label="Events to send" value={events} onChange={setEvents} error={errors.fieldError('events')}>
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
        <FormErrorAlerts errors={errors} fields={[['url'], ['description'], ['events']]} />
        <DialogFooter action="Add endpoint" loading={loading} disabled={events.length === 0} onCancel={close} />
      </ActionForm>
    </Modal>
  );
}
