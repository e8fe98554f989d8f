import { Button, Group, Switch, Table, Text } from '@mantine/core';
import { IconKey, IconList, IconSend, IconTool, IconTrash } from '@tabler/icons-react';
import type { WebhookEndpointsQuery } from '../../graphql/graphql';
import { WEBHOOK_EVENTS } from './labels';
import type { useWebhookEndpointActions } from './useWebhookEndpointActions';

type Endpoint = WebhookEndpointsQuery['webhookEndpoints'][number];

/** The endpoints: URL and what it is for, its events, the on/off switch and what can be done with it. */
export function WebhookEndpointsTable(props: {
  endpoints: ReadonlyArray<Endpoint>;
  actions: ReturnType<typeof useWebhookEndpointActions>;
  /** The endpoint whose delivery log is shown below the table. */
  shownLog: string | null;
  onShowLog: (endpointId: string | null) => void;
  onDelete: (endpoint: Endpoint) => void;
  /** Opens rotate secret, replay and test events of a type. */
  onTools: (endpoint: Endpoint) => void;
}) {
  const { actions, shownLog } = props;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Endpoint</Table.Th>
            <Table.Th>Events</Table.Th>
            <Table.Th>Enabled</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.endpoints.map((endpoint) => (
            <Table.Tr key={endpoint.id}>
              <Table.Td miw={220} maw={360}>
                <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {endpoint.url}
                </Text>
                {endpoint.description && (
                  <Text size="xs" c="dimmed">
                    {endpoint.description}
                  </Text>
                )}
                {!endpoint.enabled && endpoint.disabledReason && (
                  <Text size="xs" c="red">
                    Disabled by Order Desk: {endpoint.disabledReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={endpoint.events.join(', ')} style={{ whiteSpace: 'nowrap' }}>
                  {endpoint.events.length === WEBHOOK_EVENTS.length
                    ? 'All events'
                    : `${endpoint.events.length} of ${WEBHOOK_EVENTS.length} events`}
                </Text>
              </Table.Td>
              <Table.Td>
                <Switch
                  aria-label={`Send events to ${endpoint.url}`}
                  checked={endpoint.enabled}
                  onChange={(event) => void actions.setEnabled(endpoint, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant={shownLog === endpoint.id ? 'filled' : 'light'}
                    leftSection={<IconList size={14} />}
                    onClick={() => props.onShowLog(shownLog === endpoint.id ? null : endpoint.id)}
                    aria-pressed={shownLog === endpoint.id}
                  >
                    Deliveries
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconSend size={14} />}
                    onClick={() =>
                      void actions.sendTestEvent(endpoint).then((sent) => sent && props.onShowLog(endpoint.id))
                    }
                  >
                    Send test event
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconKey size={14} />}
                    onClick={() => void actions.rollSecret(endpoint)}
                  >
                    Roll secret
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconTool size={14} />}
                    onClick={() => props.onTools(endpoint)}
                  >
                    More tools
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    onClick={() => props.onDelete(endpoint)}
                  >
                    Delete
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
