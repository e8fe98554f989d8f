import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';

export function OrdersPagination(props: {
  shown: number;
  totalCount: number;
  canGoBack: boolean;
  canGoForward: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <Group justify="space-between" gap="sm" px="md" py="sm">
      <Text size="sm" c="dimmed" className="tabular-nums" aria-live="polite">
        Showing {props.shown} of {props.totalCount}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={14} />}
          disabled={!props.canGoBack}
          onClick={props.onPrevious}
        >
          Previous
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} />}
          disabled={!props.canGoForward}
          onClick={props.onNext}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
