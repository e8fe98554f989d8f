import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label and its value on one line, the value to the right: the rows of a summary card. */
export function SummaryRow(props: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {props.label}
      </Text>
      <Text size="sm" ta="right" component="div" style={{ minWidth: 0 }}>
        {props.children}
      </Text>
    </Group>
  );
}
