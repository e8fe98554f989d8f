import { useQuery } from '@apollo/client/react';
import { Button, Card, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { QueryError } from '../../ui/States';
import { AddWebhookEndpointDialog } from './AddWebhookEndpointDialog';
import { DeleteWebhookEndpointDialog } from './DeleteWebhookEndpointDialog';
import { useWebhookEndpointActions, type WebhookEndpointRef } from './useWebhookEndpointActions';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import { WebhookEndpointsTable } from './WebhookEndpointsTable';
import { WebhookEndpointToolsDialog } from './WebhookEndpointToolsDialog';
import { WebhookEndpointsQuery } from './webhookOperations';
import { WebhookSecretDialog } from './WebhookSecretDialog';

/**
 * Settings → Webhooks (owners): the endpoints partner apps receive order events at, each with its
 * events, an on/off switch, a test event, a secret to roll or rotate, replays, and its delivery log.
 */
export function WebhooksSection() {
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsQuery);
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [shownLog, setShownLog] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<WebhookEndpointRef | null>(null);
  const [tools, setTools] = useState<WebhookEndpointRef | null>(null);
  const actions = useWebhookEndpointActions(setSecret);

  const endpoints = data?.webhookEndpoints ?? [];
  const logged = endpoints.find((endpoint) => endpoint.id === shownLog) ?? null;

  const deleteConfirmed = () => {
    const endpoint = confirmDelete;
    if (!endpoint) return;
    void actions.remove(endpoint).then(() => {
      setConfirmDelete(null);
      if (shownLog === endpoint.id) setShownLog(null);
    });
  };

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
          <WebhookEndpointsTable
            endpoints={endpoints}
            actions={actions}
            shownLog={shownLog}
            onShowLog={setShownLog}
            onDelete={setConfirmDelete}
            onTools={setTools}
          />
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
      <WebhookEndpointToolsDialog endpoint={tools} onClose={() => setTools(null)} onSecret={setSecret} />
      <DeleteWebhookEndpointDialog
        url={confirmDelete?.url ?? null}
        deleting={actions.deleting}
        onClose={() => setConfirmDelete(null)}
        onDelete={deleteConfirmed}
      />
    </Card>
  );
}
