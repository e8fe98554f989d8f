import { Anchor, Badge, Group, Paper, Stack, Text, ThemeIcon, Timeline, Tooltip } from '@mantine/core';
import {
  IconArrowsSplit,
  IconBan,
  IconCheck,
  IconCreditCard,
  IconExternalLink,
  IconFileInvoice,
  IconFileMinus,
  IconMail,
  IconNote,
  IconPackageImport,
  IconPencil,
  IconPoint,
  IconReceiptRefund,
  IconShoppingCart,
  IconTrash,
  IconTruck,
  IconX,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { AddOrderNote } from './AddOrderNote';
import { Section } from '../../ui/Section';
import { useFormat } from '../../lib/useFormat';

export const OrderTimelineFragment = graphql(`
  fragment OrderTimeline_order on Order {
    id
    events {
      id
      type
      summary
      data
      createdAt
      actor {
        type
        name
      }
    }
  }
`);

const ICON_SIZE = 12;

/** The events of changes after acceptance, each with its own icon. */
const EVENT_ICONS: Readonly<Record<string, { icon: ReactNode; color: string }>> = {
  NOTE_ADDED: { icon: <IconNote size={ICON_SIZE} />, color: 'yellow' },
  ORDER_EDITED: { icon: <IconPencil size={ICON_SIZE} />, color: 'blue' },
  ORDER_CANCELLED: { icon: <IconBan size={ICON_SIZE} />, color: 'red' },
  INVOICE_VOIDED: { icon: <IconFileMinus size={ICON_SIZE} />, color: 'dark' },
  CREDIT_NOTE_ISSUED: { icon: <IconReceiptRefund size={ICON_SIZE} />, color: 'violet' },
  REFUND_REQUESTED: { icon: <IconReceiptRefund size={ICON_SIZE} />, color: 'blue' },
  REFUND_SUCCEEDED: { icon: <IconReceiptRefund size={ICON_SIZE} />, color: 'green' },
  REFUND_FAILED: { icon: <IconReceiptRefund size={ICON_SIZE} />, color: 'red' },
  REFUND_OWED: { icon: <IconReceiptRefund size={ICON_SIZE} />, color: 'orange' },
  REFUND_RECORDED: { icon: <IconReceiptRefund size={ICON_SIZE} />, color: 'green' },
  STOCK_RESTORED: { icon: <IconPackageImport size={ICON_SIZE} />, color: 'cyan' },
  EMAIL_SENT: { icon: <IconMail size={ICON_SIZE} />, color: 'gray' },
};

/** Other event types are open-ended strings: pick an icon by keyword, with a neutral fallback. */
function eventIcon(type: string): { icon: ReactNode; color: string } {
  const t = type.toUpperCase();
  const known = EVENT_ICONS[t];
  if (known) return known;
  if (t.includes('REJECT')) return { icon: <IconX size={ICON_SIZE} />, color: 'red' };
  if (t.includes('CANCEL')) return { icon: <IconBan size={ICON_SIZE} />, color: 'gray' };
  if (t.includes('ACCEPT')) return { icon: <IconCheck size={ICON_SIZE} />, color: 'green' };
  if (t.includes('SPLIT')) return { icon: <IconArrowsSplit size={ICON_SIZE} />, color: 'grape' };
  if (t.includes('REMOVE') || t.includes('DELETE')) return { icon: <IconTrash size={ICON_SIZE} />, color: 'orange' };
  if (t.includes('QUANTITY') || t.includes('EDIT') || t.includes('UPDATE'))
    return { icon: <IconPencil size={ICON_SIZE} />, color: 'blue' };
  if (t.includes('SHIP')) return { icon: <IconTruck size={ICON_SIZE} />, color: 'cyan' };
  if (t.includes('INVOICE')) return { icon: <IconFileInvoice size={ICON_SIZE} />, color: 'indigo' };
  if (t.includes('PAY') || t.includes('PAID') || t.includes('CHARGE') || t.includes('REFUND'))
    return { icon: <IconCreditCard size={ICON_SIZE} />, color: 'teal' };
  if (t.includes('EMAIL')) return { icon: <IconMail size={ICON_SIZE} />, color: 'gray' };
  if (t.includes('PLACE') || t.includes('CREATE'))
    return { icon: <IconShoppingCart size={ICON_SIZE} />, color: 'desk' };
  return { icon: <IconPoint size={ICON_SIZE} />, color: 'gray' };
}

/** The `messageId` of an EMAIL_SENT event's data (`{ messageId, to, subject }`), if it has one. */
export function emailMessageId(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('messageId' in data)) return null;
  const { messageId } = data;
  return typeof messageId === 'string' && messageId !== '' ? messageId : null;
}

/** Where the development mail catcher shows one caught email. */
export function caughtEmailUrl(mailCatcherUrl: string, messageId: string): string {
  return `${mailCatcherUrl}?messageId=${encodeURIComponent(messageId)}`;
}

/**
 * Everything that happened to the order, newest first, with "Add note" on top. Internal notes stand
 * out (the seller's team only); sent emails link to the mail catcher when the server has one
 * (development).
 */
export function OrderTimeline(props: {
  order: FragmentType<typeof OrderTimelineFragment>;
  now: Date;
  mailCatcherUrl?: string | null;
}) {
  const { formatDateTime, formatRelativeTime } = useFormat();
  const order = getFragmentData(OrderTimelineFragment, props.order);
  // Newest first. The API lists events in the order they were written; several written by one
  // change share its time, so reversing before the (stable) sort keeps those newest first too.
  const events = [...order.events].reverse().sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

  return (
    <Section title="Timeline" id="order-timeline">
      <Stack gap="lg">
        <AddOrderNote orderId={order.id} />
        {events.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing has happened to this order yet.
          </Text>
        ) : (
          <Timeline bulletSize={24} lineWidth={2} aria-label="Order timeline">
            {events.map((event) => {
              const { icon, color } = eventIcon(event.type);
              const messageId = event.type === 'EMAIL_SENT' ? emailMessageId(event.data) : null;
              // A note's summary is its text.
              const note = event.type === 'NOTE_ADDED' ? event.summary : null;
              return (
                <Timeline.Item
                  key={event.id}
                  bullet={
                    <ThemeIcon size={24} radius="xl" color={color} variant="light">
                      {icon}
                    </ThemeIcon>
                  }
                  title={
                    note === null ? (
                      <Text size="sm" fw={600}>
                        {event.summary}
                      </Text>
                    ) : (
                      <Group gap="xs">
                        <Text size="sm" fw={600}>
                          Note
                        </Text>
                        <Badge size="xs" color="yellow" variant="light">
                          Internal
                        </Badge>
                      </Group>
                    )
                  }
                  data-event-type={event.type}
                >
                  {note !== null && (
                    <Paper bg="yellow.0" p="xs" my={4} radius="sm" withBorder data-testid="order-note">
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {note}
                      </Text>
                    </Paper>
                  )}
                  <Text size="xs" c="dimmed">
                    {event.actor.name} ·{' '}
                    <Tooltip label={formatDateTime(event.createdAt)}>
                      <time dateTime={event.createdAt}>{formatRelativeTime(event.createdAt, props.now)}</time>
                    </Tooltip>
                  </Text>
                  <Group gap="sm">
                    <Text size="xs" c="dimmed">
                      {formatDateTime(event.createdAt)}
                    </Text>
                    {messageId && props.mailCatcherUrl && (
                      <Anchor
                        href={caughtEmailUrl(props.mailCatcherUrl, messageId)}
                        target="_blank"
                        rel="noopener noreferrer"
                        size="xs"
                        fw={500}
                      >
                        <Group gap={2} wrap="nowrap" component="span">
                          View email
                          <IconExternalLink size={12} aria-hidden />
                        </Group>
                      </Anchor>
                    )}
                  </Group>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Stack>
    </Section>
  );
}
