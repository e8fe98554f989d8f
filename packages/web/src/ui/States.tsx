import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Card, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileSearch, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../lib/requestErrors';
import { Page } from './Page';

export function QueryError(props: { title: string; error: ErrorLike; onRetry?: () => void }) {
  return (
    <Alert color="red" variant="light" title={props.title} icon={<IconAlertTriangle size={18} />} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeError(props.error)}</Text>
        {props.onRetry && (
          <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} />} onClick={props.onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState(props: {
  icon: ReactNode;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  /** 1 when the empty state is the whole page (e.g. "Order not found"). */
  headingLevel?: 1 | 2 | 3;
}) {
  return (
    <Center py={56} px="md">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          {props.icon}
        </ThemeIcon>
        <Title order={props.headingLevel ?? 3} size="h3" mt="xs">
          {props.title}
        </Title>
        {props.description && (
          <Text size="sm" c="dimmed">
            {props.description}
          </Text>
        )}
        {props.action && <Group mt="sm">{props.action}</Group>}
      </Stack>
    </Center>
  );
}

/**
 * The whole page when what its address names does not exist or is not the seller's (an order, an
 * invoice, a credit note): says so, with the way back.
 */
export function NotFoundCard(props: { title: string; description: string; back: { to: string; label: string } }) {
  return (
    <Page>
      <title>{`${props.title} · Order Desk`}</title>
      <Card>
        <EmptyState
          icon={<IconFileSearch size={24} />}
          title={props.title}
          headingLevel={1}
          description={props.description}
          action={
            <Button component={Link} to={props.back.to} variant="light">
              {props.back.label}
            </Button>
          }
        />
      </Card>
    </Page>
  );
}
