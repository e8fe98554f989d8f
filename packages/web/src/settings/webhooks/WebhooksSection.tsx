import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Divider, Group, Modal, Skeleton, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconList, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql, type FragmentType } from '../../graphql';
import { failureMessage } from '../../lib/errors';
import { readUserErrors, userErrorMessage, type UserErrorsFragment } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { QueryError } from '../../ui/States';
import { AddWebhookEndpointDialog } from './AddWebhookEndpointDialog';
import { WEBHOOK_EVENTS } from './labels';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import { WebhookSecretDialog } from './WebhookSecretDialog';

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      description
      events
      enabled
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        enabled
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedEndpointId
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RollWebhookEndpointSecretMutation = graphql(`
  mutation RollWebhookEndpointSecret($input: WebhookEndpointInput!) {
    rollWebhookEndpointSecret(input: $input) {
      endpoint {
        id
      }
      secret
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const SendWebhookTestEventMutation = graphql(`
  mutation SendWebhookTestEvent($input: WebhookEndpointInput!) {
    sendWebhookTestEvent(input: $input) {
      delivery {
        id
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

type Endpoint = { id: string; url: string; events: ReadonlyArray<string> };
type Answer = { userErrors: ReadonlyArray<FragmentType<typeof UserErrorsFragment>> } | undefined;

/**
 * Settings → Webhooks (owners): the endpoints partner apps receive order events at, each with its
 * events, an on/off switch, a test event, a secret to roll, and its delivery log.
 */
export function WebhooksSection() {
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsQuery);
  const [update] = useMutation(UpdateWebhookEndpointMutation);
  const [remove, { loading: deleting }] = useMutation(DeleteWebhookEndpointMutation, {
    refetchQueries: ['WebhookEndpoints'],
    awaitRefetchQueries: true,
  });
  const [roll] = useMutation(RollWebhookEndpointSecretMutation);
  const [ping] = useMutation(SendWebhookTestEventMutation, { refetchQueries: ['WebhookDeliveries'] });
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [shownLog, setShownLog] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<Endpoint | null>(null);

  /** Runs a mutation, telling the seller how it went; answers whether it was done. */
  const act = async (title: string, run: () => Promise<Answer>, done?: string): Promise<boolean> => {
    const fail = (message: string) => notifications.show({ color: 'red', title: `${title} failed`, message });
    try {
      const firstError = readUserErrors((await run())?.userErrors ?? [])[0];
      if (firstError) {
        fail(userErrorMessage(firstError));
        return false;
      }
      if (done) notifications.show({ color: 'green', title, message: done });
      return true;
    } catch (caught) {
      fail(failureMessage(caught));
      return false;
    }
  };

  const endpoints = data?.webhookEndpoints ?? [];
  const logged = endpoints.find((endpoint) => endpoint.id === shownLog) ?? null;

  return (
    <Card component="section" aria-labelledby="webhooks-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id="webhooks-title">
              Webhooks
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              Your ERP, accounting or warehouse app can be told about new, accepted, rejected, split, edited and
              cancelled orders and about invoices as they happen: add the HTTPS endpoint it listens at.
            </Text>
          </Stack>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add endpoint
          </Button>
        </Group>
        {loading && !data ? (
          <Skeleton height={80} aria-label="Loading webhook endpoints" />
        ) : error && !data ? (
          <QueryError title="Could not load your webhooks" error={error} onRetry={() => void refetch()} />
        ) : endpoints.length === 0 ? (
          <Text size="sm">No endpoints yet.</Text>
        ) : (
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
                {endpoints.map((endpoint) => (
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
                        onChange={(event) => {
                          const enabled = event.currentTarget.checked;
                          void act('Change', async () => {
                            const { data: result } = await update({
                              variables: { input: { endpointId: endpoint.id, enabled } },
                              optimisticResponse: {
                                updateWebhookEndpoint: {
                                  __typename: 'WebhookEndpointPayload',
                                  endpoint: { __typename: 'WebhookEndpoint', id: endpoint.id, enabled },
                                  userErrors: [],
                                },
                              },
                            });
                            return result?.updateWebhookEndpoint;
                          });
                        }}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant={shownLog === endpoint.id ? 'filled' : 'light'}
                          leftSection={<IconList size={14} />}
                          onClick={() => setShownLog(shownLog === endpoint.id ? null : endpoint.id)}
                          aria-pressed={shownLog === endpoint.id}
                        >
                          Deliveries
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconSend size={14} />}
                          onClick={() =>
                            void act(
                              'Test event',
                              async () =>
                                (await ping({ variables: { input: { endpointId: endpoint.id } } })).data
                                  ?.sendWebhookTestEvent,
                              `A ping is on its way to ${endpoint.url}.`,
                            ).then((sent) => sent && setShownLog(endpoint.id))
                          }
                        >
                          Send test event
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconKey size={14} />}
                          onClick={() =>
                            void act('Roll secret', async () => {
                              const { data: result } = await roll({
                                variables: { input: { endpointId: endpoint.id } },
                              });
                              const payload = result?.rollWebhookEndpointSecret;
                              if (payload?.secret) setSecret({ url: endpoint.url, secret: payload.secret });
                              return payload;
                            })
                          }
                        >
                          Roll secret
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => setConfirmDelete(endpoint)}
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
        )}
        {logged && (
          <>
            <Divider />
            <WebhookDeliveryLog endpointId={logged.id} url={logged.url} />
          </>
        )}
      </Stack>
      <AddWebhookEndpointDialog opened={adding} onClose={() => setAdding(false)} onCreated={setSecret} />
      <WebhookSecretDialog secret={secret?.secret ?? null} url={secret?.url ?? ''} onClose={() => setSecret(null)} />
      <Modal
        opened={confirmDelete !== null}
        onClose={() => setConfirmDelete(null)}
        title="Delete webhook endpoint"
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            Stop sending events to <b>{confirmDelete?.url}</b> and delete its delivery log? This cannot be undone.
          </Text>
          <DialogFooter
            action="Delete endpoint"
            onAction={() => {
              const endpoint = confirmDelete;
              if (!endpoint) return;
              void act(
                'Delete',
                async () =>
                  (await remove({ variables: { input: { endpointId: endpoint.id } } })).data?.deleteWebhookEndpoint,
                `Events are no longer sent to ${endpoint.url}.`,
              ).then(() => {
                setConfirmDelete(null);
                if (shownLog === endpoint.id) setShownLog(null);
              });
            }}
            tone="danger"
            loading={deleting}
            onCancel={() => setConfirmDelete(null)}
          />
        </Stack>
      </Modal>
    </Card>
  );
}
