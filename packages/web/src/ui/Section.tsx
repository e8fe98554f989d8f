import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card: the building block of the Order Details screen. */
export function Section(props: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  flush?: boolean;
  id?: string;
}) {
  const headingId = props.id ? `${props.id}-title` : undefined;
  return (
    <Card p={0} component="section" aria-labelledby={headingId}>
      {/* On a phone the actions go under the title rather than squeezing it. */}
      <Group justify="space-between" px="lg" py="md" gap="sm" mih={60}>
        <Title order={2} size="h3" id={headingId}>
          {props.title}
        </Title>
        {props.actions}
      </Group>
      <Card.Section withBorder inheritPadding={false} p={props.flush ? 0 : 'lg'} m={0}>
        {props.children}
      </Card.Section>
    </Card>
  );
}
