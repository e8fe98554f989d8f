import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { QueryError } from '../../ui/States';
import { ApiKeysQuery } from './apiKeyOperations';
import { scopeName } from './apiKeyScopes';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { RevokeApiKeyDialog } from './RevokeApiKeyDialog';
import { useFormat } from '../../lib/useFormat';

/** Settings → API keys (owners only): the keys partner applications use, created and revoked here. */
export function ApiKeysSection() {
  const { formatDateTime } = useFormat();
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);

  const keys = data?.apiKeys ?? [];

  return (
    <Card component="section" aria-labelledby="api-keys-title" maw={960}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id="api-keys-title">
              API keys
            </Title>
            <Text size="sm" c="dimmed">
              Keys let your other systems (ERP, warehouse, accounting) use the Order Desk API on your behalf. Only
              owners can see and manage them.
            </Text>
          </Stack>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Create API key
          </Button>
        </Group>
        {loading && !data ? (
          <Skeleton height={80} aria-label="Loading API keys" />
        ) : error && !data ? (
          <QueryError title="Could not load your API keys" error={error} onRetry={() => void refetch()} />
        ) : keys.length === 0 ? (
          <Group gap="xs" c="dimmed">
            <IconKey size={16} />
            <Text size="sm">No API keys yet.</Text>
          </Group>
        ) : (
          <Table verticalSpacing="sm" aria-label="API keys">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Scopes</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.map((key) => (
                <Table.Tr key={key.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {key.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {key.prefix}…
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {key.scopes.map((scope) => (
                        <Badge key={scope} variant="light" tt="none">
                          {scopeName(scope)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(key.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      aria-label={`Revoke ${key.name}`}
                      onClick={() => setRevoking({ id: key.id, name: key.name })}
                    >
                      Revoke
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <CreateApiKeyDialog opened={creating} onClose={() => setCreating(false)} onCreated={() => void refetch()} />
      <RevokeApiKeyDialog
        apiKey={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={() => {
          notifications.show({
            color: 'green',
            title: 'API key revoked',
            message: `${revoking?.name} no longer works.`,
          });
          setRevoking(null);
          void refetch();
        }}
      />
    </Card>
  );
}
