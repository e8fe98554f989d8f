import { Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';

/** The API playground (GraphiQL) the server serves beside the dashboard, when it is enabled. */
export const PLAYGROUND_PATH = '/playground';

/**
 * Settings → "API & developers" (owners): where a partner's developer starts, the playground with the
 * schema docs and example operations, and the API's documentation in the repository.
 */
export function ApiDevelopersSection() {
  return (
    <Card component="section" aria-labelledby="api-developers-title" maw={760}>
      <Stack gap="sm">
        <Title order={2} size="h3" id="api-developers-title">
          API & developers
        </Title>
        <Text size="sm" c="dimmed">
          Your ERP, warehouse or accounting system can read and change orders through the same GraphQL API as this
          dashboard, with an API key below. The playground lists every type and field, with example operations for the
          order flow.
        </Text>
        <Text size="sm" c="dimmed">
          The API documentation (authentication, scopes, idempotency, webhooks) is in <Code>docs/partner-api.md</Code>{' '}
          and <Code>docs/webhooks.md</Code>; the contract is <Code>packages/server/schema.graphql</Code>.
        </Text>
        <Group>
          <Button
            component="a"
            href={PLAYGROUND_PATH}
            target="_blank"
            rel="noopener"
            variant="light"
            rightSection={<IconExternalLink size={14} aria-hidden />}
          >
            Open the API playground ({PLAYGROUND_PATH})
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
