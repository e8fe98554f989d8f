import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../graphql';
import { Page, PageHeader } from '../ui/Page';
import { EmptyState, QueryError } from '../ui/States';
import { CustomerCards, CustomersTable } from './CustomersList';

const CustomersPageQuery = graphql(`
  query CustomersPage($search: String, $after: String) {
    customersConnection(search: $search, first: 25, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...CustomerSummary_customer
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * Customers: the seller's customers by name, searchable (name or email), a page at a time with
 * "Load more"; each with its linked buyers (link, unlink), payment terms (edited in place), open
 * balance and latest orders. A table from 768 px, cards below.
 */
export function CustomersPage() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const compact = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false }) ?? false;
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CustomersPageQuery, {
    variables: { search: debouncedSearch || null },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = (data ?? previousData)?.customersConnection;
  const customers = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page>
      <title>Customers · Order Desk</title>
      <PageHeader
        title="Customers"
        description="Who you invoice and on what terms: linked buyer accounts, payment terms and what each customer owes."
      />
      <Card p={0}>
        <Group px="md" py="sm" justify="space-between" gap="sm" wrap="wrap">
          <TextInput
            aria-label="Search customers"
            placeholder="Search by name or email"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          {connection && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {connection.totalCount} {connection.totalCount === 1 ? 'customer' : 'customers'}
            </Text>
          )}
        </Group>
        {error && !connection ? (
          <Stack p="md">
            <QueryError title="Customers could not be loaded" error={error} onRetry={() => void refetch()} />
          </Stack>
        ) : !connection ? (
          <Stack gap="sm" p="md" role="status" aria-busy aria-label="Loading customers">
            {Array.from({ length: 4 }, (_, index) => (
              <Skeleton key={index} height={56} radius="md" />
            ))}
          </Stack>
        ) : customers.length === 0 ? (
          <EmptyState
            icon={<IconUsers size={24} />}
            title={debouncedSearch ? 'No customers match' : 'No customers yet'}
            description={
              debouncedSearch
                ? 'Try part of another name or email address.'
                : 'A customer is created when you accept an order from a new buyer.'
            }
          />
        ) : compact ? (
          <CustomerCards customers={customers} />
        ) : (
          <CustomersTable customers={customers} />
        )}
      </Card>
      {connection?.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={loadingMore || (loading && !!connection)} onClick={() => void loadMore()}>
            Load more customers
          </Button>
        </Group>
      )}
    </Page>
  );
}
