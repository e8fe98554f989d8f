import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Loader, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh, IconSend } from '@tabler/icons-react';
import { useEffect } from 'react';
import { graphql } from '../../graphql';
import { failureMessage } from '../../lib/requestErrors';
import { readUserErrors, userErrorMessage } from '../../lib/userErrors';
import { QueryError } from '../../ui/States';
import { DELIVERY_STATUS } from './labels';
import { useFormat } from '../../lib/useFormat';

const PAGE_SIZE = 20;
const POLL_MS = 5_000;

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          eventId
          eventType
          status
          attempts
          lastStatusCode
          lastError
          lastAttemptAt
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ResendWebhookDeliveryMutation = graphql(`
  mutation ResendWebhookDelivery($input: ResendWebhookDeliveryInput!) {
    resendWebhookDelivery(input: $input) {
      delivery {
        id
        status
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** The delivery log of one endpoint, newest first: what was sent, how it went, and "Resend". */
export function WebhookDeliveryLog(props: { endpointId: string; url: string }) {
  const { formatDateTime } = useFormat();
  const { data, loading, error, refetch, fetchMore, startPolling, stopPolling } = useQuery(WebhookDeliveriesQuery, {
    variables: { endpointId: props.endpointId, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [resend, { loading: resending }] = useMutation(ResendWebhookDeliveryMutation);
  const connection = data?.webhookDeliveries;
  const sending = connection?.edges.some(({ node }) => node.status === 'PENDING') ?? false;

  // While something is being sent (or waits for a retry), the log follows it by itself.
  useEffect(() => {
    if (!sending) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [sending, startPolling, stopPolling]);

  const resendDelivery = async (deliveryId: string) => {
    const fail = (message: string) => notifications.show({ color: 'red', title: 'Not resent', message });
    try {
      const { data: result } = await resend({ variables: { input: { deliveryId } } });
      const firstError = readUserErrors(result?.resendWebhookDelivery.userErrors ?? [])[0];
      if (firstError) return fail(userErrorMessage(firstError));
      notifications.show({ color: 'green', title: 'Resent', message: 'The event is queued to be sent again.' });
      await refetch();
    } catch (caught) {
      fail(failureMessage(caught));
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label={`Delivery log of ${props.url}`}>
      <Group justify="space-between">
        <Title order={3} size="h4">
          Delivery log
        </Title>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconRefresh size={14} />}
          onClick={() => void refetch()}
          loading={loading && Boolean(data)}
        >
          Refresh
        </Button>
      </Group>
      {error && !data ? (
        <QueryError title="Could not load the delivery log" error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Loader size="sm" aria-label="Loading deliveries" />
      ) : connection.edges.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing sent yet. Events appear here as they happen; &quot;Send test event&quot; sends a ping.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Event</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>Last response</Table.Th>
                <Table.Th>Time</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => {
                const status = DELIVERY_STATUS[node.status];
                return (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {node.eventType}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={status.color} variant="light">
                        {status.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{node.attempts}</Table.Td>
                    <Table.Td>
                      {node.lastError ? (
                        <Tooltip label={node.lastError} multiline maw={360}>
                          <Text size="sm" c="red">
                            {node.lastStatusCode ?? 'No answer'}
                          </Text>
                        </Tooltip>
                      ) : (
                        <Text size="sm">{node.lastStatusCode ?? '—'}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(node.lastAttemptAt ?? node.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {node.status !== 'PENDING' && (
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconSend size={14} />}
                          onClick={() => void resendDelivery(node.id)}
                          disabled={resending}
                          aria-label={`Resend ${node.eventType} of ${formatDateTime(node.createdAt)}`}
                        >
                          Resend
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {connection?.pageInfo.hasNextPage && (
        <Group>
          <Button
            variant="default"
            size="xs"
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            Show older deliveries
          </Button>
        </Group>
      )}
    </Stack>
  );
}
