import { useMutation } from '@apollo/client/react';
import { Button, Divider, Group, Modal, NumberInput, Select, Text, TextInput, Title } from '@mantine/core';
import { IconHistory, IconKey, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { WebhookEventType } from '../../graphql/graphql';
import { useFormErrors, type FormErrorState } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { ActionForm } from '../../ui/ActionForm';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { WEBHOOK_EVENTS } from './labels';
import type { WebhookEndpointRef } from './useWebhookEndpointActions';
import {
  ReplayWebhookEventsMutation,
  RotateWebhookEndpointSecretMutation,
  SendWebhookSampleEventMutation,
} from './webhookOperations';

type Answer = { userErrors: Parameters<typeof readUserErrors>[0] } | undefined;

/** Runs one tool's mutation; refusals and failures stay in its form, a success is reported by `done`. */
async function submit(errors: FormErrorState, run: () => Promise<Answer>, done: () => void) {
  errors.clear();
  try {
    const answer = await run();
    const refused = readUserErrors(answer?.userErrors ?? []);
    if (refused.length) errors.setUserErrors(refused);
    else done();
  } catch (caught) {
    errors.fail(caught);
  }
}

/** `datetime-local` text (the seller's clock) as an instant, or null while it is incomplete. */
const instant = (local: string) => (local ? new Date(local).toISOString() : null);

/**
 * An endpoint's less frequent tools: rotate its secret with an overlap, replay a time range of its
 * events, and send a test event of a chosen type. Each is a small form with its own errors.
 */
export function WebhookEndpointToolsDialog(props: {
  endpoint: WebhookEndpointRef | null;
  onClose: () => void;
  onSecret: (shown: { url: string; secret: string }) => void;
}) {
  const endpoint = props.endpoint;
  const [overlapHours, setOverlapHours] = useState<number | string>(24);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [eventType, setEventType] = useState<WebhookEventType | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const rotateErrors = useFormErrors();
  const replayErrors = useFormErrors();
  const sampleErrors = useFormErrors();
  const [rotate, { loading: rotating }] = useMutation(RotateWebhookEndpointSecretMutation, {
    refetchQueries: ['WebhookEndpoints'],
  });
  const [replay, { loading: replaying }] = useMutation(ReplayWebhookEventsMutation, {
    refetchQueries: ['WebhookDeliveries'],
  });
  const [sample, { loading: sending }] = useMutation(SendWebhookSampleEventMutation, {
    refetchQueries: ['WebhookDeliveries'],
  });
  if (!endpoint) return null;
  const endpointId = endpoint.id;

  return (
    <Modal opened onClose={props.onClose} title="Endpoint tools" size="lg">
      <Text size="sm" ff="monospace" mb="md" style={{ overflowWrap: 'anywhere' }}>
        {endpoint.url}
      </Text>
      {result && (
        <Text size="sm" c="green" role="status" mb="md">
          {result}
        </Text>
      )}
      <ActionForm
        label="Rotate secret"
        gap="xs"
        onSubmit={() =>
          submit(
            rotateErrors,
            async () => {
              const hours = Number(overlapHours);
              const { data } = await rotate({ variables: { input: { endpointId, overlapHours: hours } } });
              const secret = data?.rotateWebhookEndpointSecret.secret;
              if (secret) props.onSecret({ url: endpoint.url, secret });
              return data?.rotateWebhookEndpointSecret;
            },
            () => setResult('The new secret signs from now on; the old one too until the overlap ends.'),
          )
        }
      >
        <Title order={3} size="h5">
          Rotate secret
        </Title>
        <Group align="flex-end">
          <NumberInput
            label="Old secret keeps signing for (hours)"
            min={0}
            max={168}
            value={overlapHours}
            onChange={setOverlapHours}
            error={rotateErrors.fieldError('input', 'overlapHours')}
          />
          <Button type="submit" variant="light" leftSection={<IconKey size={14} />} loading={rotating}>
            Rotate secret
          </Button>
        </Group>
        <FormErrorAlerts errors={rotateErrors} fields={[['input', 'overlapHours']]} />
      </ActionForm>
      <Divider my="md" />
      <ActionForm
        label="Replay events"
        gap="xs"
        onSubmit={() =>
          submit(
            replayErrors,
            async () => {
              const [start, end] = [instant(from), instant(to)];
              if (!start || !end) return { userErrors: [] };
              const { data } = await replay({ variables: { input: { endpointId, from: start, to: end } } });
              if (data?.replayWebhookEvents.replayedCount != null) {
                setResult(`${data.replayWebhookEvents.replayedCount} events are queued to be sent again.`);
              }
              return data?.replayWebhookEvents;
            },
            () => undefined,
          )
        }
      >
        <Title order={3} size="h5">
          Replay events
        </Title>
        <Group align="flex-end">
          <TextInput
            type="datetime-local"
            label="From"
            required
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label="To"
            required
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={replayErrors.fieldError('input', 'to')}
          />
          <Button type="submit" variant="light" leftSection={<IconHistory size={14} />} loading={replaying}>
            Replay
          </Button>
        </Group>
        <FormErrorAlerts errors={replayErrors} fields={[['input', 'to']]} />
      </ActionForm>
      <Divider my="md" />
      <ActionForm
        label="Send a test event"
        gap="xs"
        onSubmit={() =>
          submit(
            sampleErrors,
            async () => {
              if (!eventType) return { userErrors: [] };
              const { data } = await sample({ variables: { input: { endpointId, eventType } } });
              return data?.sendWebhookSampleEvent;
            },
            () => {
              const name = WEBHOOK_EVENTS.find((event) => event.value === eventType)?.name;
              setResult(`A test ${name} event is on its way.`);
            },
          )
        }
      >
        <Title order={3} size="h5">
          Send a test event
        </Title>
        <Group align="flex-end">
          <Select
            label="Event type"
            placeholder="Choose an event"
            data={WEBHOOK_EVENTS.map((event) => ({ value: event.value, label: `${event.name}: ${event.label}` }))}
            value={eventType}
            onChange={(value) => setEventType(WEBHOOK_EVENTS.find((event) => event.value === value)?.value ?? null)}
            miw={320}
          />
          <Button type="submit" variant="light" leftSection={<IconSend size={14} />} loading={sending}>
            Send
          </Button>
        </Group>
        <FormErrorAlerts errors={sampleErrors} />
      </ActionForm>
    </Modal>
  );
}
