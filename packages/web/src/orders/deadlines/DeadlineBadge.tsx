import { Badge, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import type { DeadlineKind, DeadlineStatus } from '../../graphql/graphql';
import { useFormat } from '../../lib/useFormat';
import { DEADLINE_STATUS_LABEL } from './labels';

export const DeadlineBadgeFragment = graphql(`
  fragment DeadlineBadge_deadline on OrderDeadline {
    kind
    dueAt
    status
  }
`);

const KIND_VERB: Record<DeadlineKind, string> = { ACCEPT: 'Accept', SHIP: 'Ship' };

// Colours chosen for contrast (WCAG AA) on the light badge background.
const STATUS_STYLE: Record<
  Exclude<DeadlineStatus, 'ON_TRACK'>,
  { color: string; variant: 'filled' | 'light' | 'outline' }
> = {
  LATE: { color: 'red.8', variant: 'filled' },
  DUE_TODAY: { color: 'orange.9', variant: 'filled' },
  AT_RISK: { color: 'orange.9', variant: 'outline' },
};

/**
 * The order's running deadline (accept-by while pending, ship-by while accepted and not shipped):
 * "Late", "Due today", "At risk", else "Accept by <date>" / "Ship by <date>". The tooltip (and, for
 * screen readers, hidden text) carries the exact due time.
 */
export function DeadlineBadge(props: { deadline: FragmentType<typeof DeadlineBadgeFragment> }) {
  const { formatShortDate, formatDateTime } = useFormat();
  const deadline = getFragmentData(DeadlineBadgeFragment, props.deadline);
  const due = `${KIND_VERB[deadline.kind]} by ${formatDateTime(deadline.dueAt)}`;
  const label =
    // The urgent states have a word of their own; on track shows the date itself.
    deadline.status === 'ON_TRACK'
      ? `${KIND_VERB[deadline.kind]} by ${formatShortDate(deadline.dueAt)}`
      : DEADLINE_STATUS_LABEL[deadline.status];
  // On track is quiet text (it wraps in a narrow column); only what needs attention is a badge.
  if (deadline.status === 'ON_TRACK') {
    return (
      <Tooltip label={due}>
        <Group gap={4} wrap="nowrap" c="gray.7" data-deadline-status={deadline.status} style={{ cursor: 'default' }}>
          <IconClock size={14} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="xs" fw={500} c="inherit">
            {label}
          </Text>
        </Group>
      </Tooltip>
    );
  }
  const style = STATUS_STYLE[deadline.status];
  const urgent = deadline.status === 'LATE' || deadline.status === 'DUE_TODAY';
  return (
    <Tooltip label={due}>
      <Badge
        color={style.color}
        variant={style.variant}
        leftSection={urgent ? <IconAlertTriangle size={12} /> : <IconClock size={12} />}
        data-deadline-status={deadline.status}
        style={{ flexShrink: 0 }}
      >
        {label}
        <VisuallyHidden>{`: ${due}`}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
