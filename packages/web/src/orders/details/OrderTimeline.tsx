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
import type { OrderEventType } from '../../graphql/graphql';
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

const icon = (Icon: typeof IconPoint, color: string) => ({ icon: <Icon size={ICON_SIZE} />, color });

/** Each kind of timeline entry with its icon: a new kind fails the typecheck until it has one. */
const EVENT_ICONS: Readonly<Record<OrderEventType, { icon: ReactNode; color: string }>> = {
  ORDER_PLACED: icon(IconShoppingCart, 'desk'),
  ORDER_SPLIT: icon(IconArrowsSplit, 'grape'),
  ORDER_SPLIT_FROM: icon(IconArrowsSplit, 'grape'),
  ITEM_QUANTITY_UPDATED: icon(IconPencil, 'blue'),
  ITEM_REMOVED: icon(IconTrash, 'orange'),
  CUSTOMER_CREATED: icon(IconShoppingCart, 'desk'),
  CUSTOMER_ASSOCIATED: icon(IconPoint, 'gray'),
  ORDER_ACCEPTED: icon(IconCheck, 'green'),
  ORDER_REJECTED: icon(IconX, 'red'),
  ORDER_EDITED: icon(IconPencil, 'blue'),
  ORDER_CANCELLED: icon(IconBan, 'red'),
  STOCK_RESTORED: icon(IconPackageImport, 'cyan'),
  NOTE_ADDED: icon(IconNote, 'yellow'),
  SHIPMENT_SAVED: icon(IconTruck, 'cyan'),
  SHIPMENT_UPDATED: icon(IconTruck, 'cyan'),
  INVOICE_DRAFTED: icon(IconFileInvoice, 'indigo'),
  INVOICE_ISSUED: icon(IconFileInvoice, 'indigo'),
  INVOICE_MARKED_PAID: icon(IconFileInvoice, 'indigo'),
  INVOICE_VOIDED: icon(IconFileMinus, 'dark'),
  PAYMENT_RETRIED: icon(IconCreditCard, 'teal'),
  PAYMENT_PAID: icon(IconCreditCard, 'teal'),
  PAYMENT_FAILED: icon(IconCreditCard, 'teal'),
  PAYMENT_REQUIRES_ACTION: icon(IconCreditCard, 'teal'),
  PAYMENT_REFUNDED: icon(IconCreditCard, 'teal'),
  CREDIT_NOTE_ISSUED: icon(IconReceiptRefund, 'violet'),
  REFUND_REQUESTED: icon(IconReceiptRefund, 'blue'),
  REFUND_SUCCEEDED: icon(IconReceiptRefund, 'green'),
  REFUND_FAILED: icon(IconReceiptRefund, 'red'),
  REFUND_OWED: icon(IconReceiptRefund, 'orange'),
  REFUND_RECORDED: icon(IconReceiptRefund, 'green'),
  EMAIL_SENT: icon(IconMail, 'gray'),
};

/** A kind a newer API sends that this build does not know yet. */
const UNKNOWN_EVENT = icon(IconPoint, 'gray');
const eventIcon = (type: OrderEventType) => EVENT_ICONS[type] ?? UNKNOWN_EVENT;

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
