import { Anchor, Box, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** Page frame: a readable maximum width and a consistent header. */
export function Page(props: { children: ReactNode }) {
  return (
    <Box maw={1320} mx="auto">
      <Stack gap="lg">{props.children}</Stack>
    </Box>
  );
}

export function PageHeader(props: {
  title: ReactNode;
  description?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
}) {
  return (
    <Stack gap={6}>
      {props.back && (
        <Anchor component={Link} to={props.back.to} size="sm" c="dimmed" w="fit-content">
          <Group gap={2} wrap="nowrap">
            <IconChevronLeft size={14} />
            {props.back.label}
          </Group>
        </Anchor>
      )}
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        {/* The title takes the room left by the actions (which stay on its right while it fits). */}
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Group gap="sm" wrap="wrap">
            <Title order={1}>{props.title}</Title>
            {props.badges}
          </Group>
          {props.description && (
            <Text size="sm" c="dimmed">
              {props.description}
            </Text>
          )}
        </Stack>
        {props.actions && (
          <Group gap="sm" wrap="nowrap">
            {props.actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
