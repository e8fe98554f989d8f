import { SimpleGrid } from '@mantine/core';
import { useFormat } from '../lib/useFormat';
import { useNow } from '../lib/useNow';
import { Page, PageHeader } from '../ui/Page';
import { QueryError } from '../ui/States';
import { TodayInvoiceEntry } from './TodayInvoiceEntry';
import { TodayOrderEntry } from './TodayOrderEntry';
import { TodaySection } from './TodaySection';
import { useToday } from './useToday';

type Today = NonNullable<ReturnType<typeof useToday>['today']>;

/** One list of Today: which of the answer's lists, its card's words and the link to all of it. */
interface TodayList<List extends keyof Today> {
  list: List;
  title: string;
  description: string;
  viewAll: { to: string; label: string };
  emptyText: string;
  /** The tab of the order the seller acts on it in. */
  tab?: 'shipping';
}

const ORDER_LISTS: ReadonlyArray<TodayList<'pendingOrders' | 'unshippedOrders' | 'uninvoicedOrders'>> = [
  {
    list: 'pendingOrders',
    title: 'Pending orders',
    description: 'Accept or reject them before their deadline.',
    viewAll: { to: '/orders?status=PENDING&sort=DEADLINE', label: 'All pending orders' },
    emptyText: 'No order is waiting for you.',
  },
  {
    list: 'unshippedOrders',
    title: 'To ship',
    description: 'Accepted orders without shipment info.',
    viewAll: { to: '/orders?status=ACCEPTED&sort=DEADLINE', label: 'All accepted orders' },
    emptyText: 'Every accepted order is shipped.',
    tab: 'shipping',
  },
  {
    list: 'uninvoicedOrders',
    title: 'To invoice',
    description: 'Shipped orders without an issued invoice.',
    viewAll: { to: '/orders?view=all', label: 'All Orders' },
    emptyText: 'Every shipped order is invoiced.',
    tab: 'shipping',
  },
];

const INVOICE_LISTS: ReadonlyArray<TodayList<'failedPayments' | 'overdueInvoices'>> = [
  {
    list: 'failedPayments',
    title: 'Failed payments',
    description: 'Card charges that were declined: retry or contact the buyer.',
    viewAll: { to: '/orders?payment=FAILED', label: 'All failed payments' },
    emptyText: 'No failed card payment.',
  },
  {
    list: 'overdueInvoices',
    title: 'Overdue invoices',
    description: 'Terms invoices unpaid past their due date.',
    viewAll: { to: '/orders?overdue=1', label: 'All overdue invoices' },
    emptyText: 'No terms invoice is overdue.',
  },
];

/**
 * "Today": what needs the seller now, each entry one click from the action. Live: any order placed
 * or changed, or a payment status change, refetches the page (debounced).
 */
export function TodayPage() {
  const { formatDate } = useFormat();
  const now = useNow();
  const { today, error, refetch } = useToday();

  return (
    <Page>
      <title>Today · Order Desk</title>
      <PageHeader title="Today" description={`What needs you now · ${formatDate(now)}`} />
      {error && !today ? (
        <QueryError title="Could not load today's work" error={error} onRetry={() => void refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
          {ORDER_LISTS.map(({ list, tab, ...section }) => (
            <TodaySection key={list} {...section} count={today?.[list].count} lateCount={today?.[list].lateCount}>
              {today?.[list].orders.map((order) => (
                <TodayOrderEntry key={order.id} order={order} tab={tab} />
              ))}
            </TodaySection>
          ))}
          {INVOICE_LISTS.map(({ list, ...section }) => (
            <TodaySection key={list} {...section} count={today?.[list].count}>
              {today?.[list].invoices.map((invoice) => (
                <TodayInvoiceEntry key={invoice.id} invoice={invoice} now={now} />
              ))}
            </TodaySection>
          ))}
        </SimpleGrid>
      )}
    </Page>
  );
}
