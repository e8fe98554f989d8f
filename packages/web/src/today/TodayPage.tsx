import { useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconChevronRight } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { invoicePath } from '../invoices/paths';
import { useFormat } from '../lib/useFormat';
import { useNow } from '../lib/useNow';
import { DeadlineBadge } from '../orders/deadlines/DeadlineBadge';
import { orderPath } from '../orders/paths';
import { daysPastDue } from '../payments/paymentText';
import { Page, PageHeader } from '../ui/Page';
import { QueryError } from '../ui/States';

export const TodayOrderFragment = graphql(`
  fragment TodayPage_order on Order {
    id
    number
    buyerName
    total {
      amount
      currency
    }
    deadline {
      ...DeadlineBadge_deadline
    }
  }
`);

export const TodayInvoiceFragment = graphql(`
  fragment TodayPage_invoice on Invoice {
    id
    displayNumber
    dueOn
    total {
      amount
      currency
    }
    order {
      id
      number
      buyerName
    }
    payments {
      id
      status
      failureMessage
    }
  }
`);

export const TodayPageQuery = graphql(`
  query TodayPage {
    today {
      pendingOrders {
        count
        lateCount
        orders(first: 5) {
          id
          ...TodayPage_order
        }
      }
      unshippedOrders {
        count
        lateCount
        orders(first: 5) {
          id
          ...TodayPage_order
        }
      }
      uninvoicedOrders {
        count
        lateCount
        orders(first: 5) {
          id
          ...TodayPage_order
        }
      }
      failedPayments {
        count
        invoices(first: 5) {
          id
          ...TodayPage_invoice
        }
      }
      overdueInvoices {
        count
        invoices(first: 5) {
          id
          ...TodayPage_invoice
        }
      }
    }
  }
`);

export const TodayOrderPlacedSubscription = graphql(`
  subscription TodayOrderPlaced {
    orderPlaced {
      id
    }
  }
`);

export const TodayOrderChangedSubscription = graphql(`
  subscription TodayOrderChanged {
    orderChanged {
      id
    }
  }
`);

export const TodayPaymentChangedSubscription = graphql(`
  subscription TodayPaymentChanged {
    invoicePaymentStatusChanged {
      id
    }
  }
`);

/** A burst of pushed changes (a bulk accept, a batch of webhooks) costs one refetch. */
export const TODAY_REFETCH_DELAY_MS = 500;

function TodaySection(props: {
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

/** One order of a Today list: a link to where the seller acts on it, its buyer, total and deadline. */
function TodayOrderEntry(props: { order: FragmentType<typeof TodayOrderFragment>; tab?: 'shipping' }) {
  const { formatMoney } = useFormat();
  const order = getFragmentData(TodayOrderFragment, props.order);
  const to = props.tab ? `${orderPath(order.id)}?tab=${props.tab}` : orderPath(order.id);
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={to} fw={600} size="sm" className="tabular-nums">
          Order #{order.number}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {order.buyerName} · {formatMoney(order.total)}
        </Text>
      </Stack>
      {order.deadline && <DeadlineBadge deadline={order.deadline} />}
    </Group>
  );
}

function TodayInvoiceEntry(props: { invoice: FragmentType<typeof TodayInvoiceFragment>; now: Date }) {
  const { formatMoney, formatCalendarDate } = useFormat();
  const invoice = getFragmentData(TodayInvoiceFragment, props.invoice);
  const failure = [...invoice.payments].reverse().find((payment) => payment.status === 'FAILED')?.failureMessage;
  const late = invoice.dueOn ? daysPastDue(invoice.dueOn, props.now) : 0;
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={invoicePath(invoice.id)} fw={600} size="sm" className="tabular-nums">
          Invoice {invoice.displayNumber ?? ''}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {invoice.order.buyerName} · Order #{invoice.order.number} · {formatMoney(invoice.total)}
        </Text>
        {failure && (
          <Text size="xs" c="red.8" truncate title={failure}>
            {failure}
          </Text>
        )}
      </Stack>
      {invoice.dueOn && late > 0 && (
        <Badge color="red.8" variant="filled" style={{ flexShrink: 0 }}>
          {late === 1 ? '1 day' : `${late} days`} overdue
        </Badge>
      )}
      {invoice.dueOn && late <= 0 && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          Due {formatCalendarDate(invoice.dueOn)}
        </Text>
      )}
    </Group>
  );
}

/**
 * "Today": what needs the seller now, each entry one click from the action. Live: any order placed
 * or changed, or a payment status change, refetches the page (debounced).
 */
export function TodayPage() {
  const { formatDate } = useFormat();
  const now = useNow();
  const { data, previousData, error, refetch } = useQuery(TodayPageQuery);
  const refetchSoon = useDebouncedCallback(() => void refetch(), TODAY_REFETCH_DELAY_MS);
  const live = { ignoreResults: true, onData: () => refetchSoon() } as const;
  useSubscription(TodayOrderPlacedSubscription, live);
  useSubscription(TodayOrderChangedSubscription, live);
  useSubscription(TodayPaymentChangedSubscription, live);
  const today = (data ?? previousData)?.today;

  return (
    <Page>
      <title>Today · Order Desk</title>
      <PageHeader title="Today" description={`What needs you now · ${formatDate(now)}`} />
      {error && !today ? (
        <QueryError title="Could not load today's work" error={error} onRetry={() => void refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
          <TodaySection
            title="Pending orders"
            description="Accept or reject them before their deadline."
            count={today?.pendingOrders.count}
            lateCount={today?.pendingOrders.lateCount}
            viewAll={{ to: '/orders?status=PENDING&sort=DEADLINE', label: 'All pending orders' }}
            emptyText="No order is waiting for you."
          >
            {today?.pendingOrders.orders.map((order) => (
              <TodayOrderEntry key={order.id} order={order} />
            ))}
          </TodaySection>
          <TodaySection
            title="To ship"
            description="Accepted orders without shipment info."
            count={today?.unshippedOrders.count}
            lateCount={today?.unshippedOrders.lateCount}
            viewAll={{ to: '/orders?status=ACCEPTED&sort=DEADLINE', label: 'All accepted orders' }}
            emptyText="Every accepted order is shipped."
          >
            {today?.unshippedOrders.orders.map((order) => (
              <TodayOrderEntry key={order.id} order={order} tab="shipping" />
            ))}
          </TodaySection>
          <TodaySection
            title="To invoice"
            description="Shipped orders without an issued invoice."
            count={today?.uninvoicedOrders.count}
            lateCount={today?.uninvoicedOrders.lateCount}
            viewAll={{ to: '/orders?view=all', label: 'All Orders' }}
            emptyText="Every shipped order is invoiced."
          >
            {today?.uninvoicedOrders.orders.map((order) => (
              <TodayOrderEntry key={order.id} order={order} tab="shipping" />
            ))}
          </TodaySection>
          <TodaySection
            title="Failed payments"
            description="Card charges that were declined: retry or contact the buyer."
            count={today?.failedPayments.count}
            viewAll={{ to: '/orders?payment=FAILED', label: 'All failed payments' }}
            emptyText="No failed card payment."
          >
            {today?.failedPayments.invoices.map((invoice) => (
              <TodayInvoiceEntry key={invoice.id} invoice={invoice} now={now} />
            ))}
          </TodaySection>
          <TodaySection
            title="Overdue invoices"
            description="Terms invoices unpaid past their due date."
            count={today?.overdueInvoices.count}
            viewAll={{ to: '/orders?overdue=1', label: 'All overdue invoices' }}
            emptyText="No terms invoice is overdue."
          >
            {today?.overdueInvoices.invoices.map((invoice) => (
              <TodayInvoiceEntry key={invoice.id} invoice={invoice} now={now} />
            ))}
          </TodaySection>
        </SimpleGrid>
      )}
    </Page>
  );
}
