import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useFormat } from '../lib/useFormat';

/** One card of Today: how many need the seller (and how many are late), the first few, a link to all. */
export function TodaySection(props: {
  title: string;
  description: string;
  count: number | undefined;
  lateCount?: number;
  viewAll: { to: string; label: string };
  emptyText: string;
  children: ReactNode;
}) {
  const { formatNumber } = useFormat();
  const titleId = useId();
  const empty = props.count === 0;
  return (
    <Card component="section" aria-labelledby={titleId} p="md">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} size="h3" id={titleId}>
              {props.title}
            </Title>
            <Text size="xs" c="dimmed">
              {props.description}
            </Text>
          </Stack>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            {props.lateCount ? (
              <Badge color="red.8" variant="filled" className="tabular-nums" data-testid="late-count">
                {formatNumber(props.lateCount)} late
              </Badge>
            ) : null}
            {props.count !== undefined && (
              <Badge
                size="lg"
                color={empty ? 'gray' : 'desk'}
                variant={empty ? 'light' : 'filled'}
                className="tabular-nums"
                data-testid="count"
              >
                {formatNumber(props.count)}
              </Badge>
            )}
          </Group>
        </Group>
        {props.count === undefined ? (
          <Stack gap={8}>
            <Skeleton height={14} />
            <Skeleton height={14} width="80%" />
          </Stack>
        ) : empty ? (
          <Text size="sm" c="dimmed">
            {props.emptyText}
          </Text>
        ) : (
          <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none', flex: 1 }}>
            {props.children}
          </Stack>
        )}
        {!empty && props.count !== undefined && (
          <Anchor component={Link} to={props.viewAll.to} size="sm" fw={500}>
            <Group gap={2} wrap="nowrap">
              {props.viewAll.label}
              <IconChevronRight size={14} />
            </Group>
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
