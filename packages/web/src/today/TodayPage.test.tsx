import type { Unmasked } from '@apollo/client';
import { screen, waitFor, within } from '@testing-library/react';
import {
  TodayOrderChangedDocument,
  TodayOrderPlacedDocument,
  TodayPageDocument,
  TodayPaymentChangedDocument,
  type DeadlineKind,
  type DeadlineStatus,
  type TodayPageQuery,
} from '../graphql/graphql';
import { money } from '../test/fixtures';
import { currentUrl, mock, renderRoute, type Mock } from '../test/render';
import { TodayPage } from './TodayPage';
import { TODAY_REFETCH_DELAY_MS } from './useToday';

type TodayFixture = Unmasked<TodayPageQuery>['today'];
type TodayOrder = TodayFixture['pendingOrders']['orders'][number];
type TodayInvoice = TodayFixture['overdueInvoices']['invoices'][number];

function anOrder(number: number, status: DeadlineStatus, kind: DeadlineKind = 'ACCEPT'): TodayOrder {
  return {
    __typename: 'Order',
    id: `O${number}`,
    number,
    buyerName: 'Acme Goods Co.',
    total: money(123450),
    deadline: { __typename: 'OrderDeadline', kind, status, dueAt: '2026-11-20T04:59:59.999Z' },
  };
}

function anInvoice(id: string, displayNumber: string, dueOn: string, failure: string | null = null): TodayInvoice {
  return {
    __typename: 'Invoice',
    id,
    displayNumber,
    dueOn,
    total: money(9900),
    order: { __typename: 'Order', id: 'O900', number: 900, buyerName: 'Bright Shop' },
    payments: failure ? [{ __typename: 'Payment', id: 'P1', status: 'FAILED', failureMessage: failure }] : [],
  };
}

function today(overrides: Partial<TodayFixture> = {}): TodayFixture {
  const empty = { __typename: 'TodayOrders' as const, count: 0, lateCount: 0, orders: [] };
  return {
    __typename: 'Today',
    pendingOrders: { ...empty, count: 7, lateCount: 2, orders: [anOrder(1042, 'LATE'), anOrder(1043, 'ON_TRACK')] },
    unshippedOrders: { ...empty, count: 1, orders: [anOrder(1001, 'DUE_TODAY', 'SHIP')] },
    uninvoicedOrders: empty,
    failedPayments: {
      __typename: 'TodayInvoices',
      count: 1,
      invoices: [anInvoice('I7', 'DB-1007', '2026-12-01', 'The card has insufficient funds.')],
    },
    overdueInvoices: { __typename: 'TodayInvoices', count: 1, invoices: [anInvoice('I3', 'DB-1003', '2026-10-01')] },
    ...overrides,
  };
}

const todayMock = (data: TodayFixture): Mock =>
  mock({ request: { query: TodayPageDocument }, result: { data: { today: data } } });

const SILENT = [TodayOrderPlacedDocument, TodayOrderChangedDocument, TodayPaymentChangedDocument].map(
  (query): Mock => ({ request: { query }, delay: Infinity, maxUsageCount: Infinity }),
);

function renderToday(mocks: Mock[]) {
  return renderRoute({ path: '/', element: <TodayPage />, url: '/', mocks });
}

describe('TodayPage', () => {
  it('shows counts and short lists, each entry linking to where the seller acts', async () => {
    const { router, user } = renderToday([todayMock(today()), ...SILENT]);

    const pending = await screen.findByRole('region', { name: 'Pending orders' });
    await within(pending).findByRole('link', { name: 'Order #1042' });
    expect(within(pending).getByTestId('count')).toHaveTextContent('7');
    expect(within(pending).getByTestId('late-count')).toHaveTextContent('2 late');
    const late = within(pending).getByRole('link', { name: 'Order #1042' }).closest('li');
    expect(late).toHaveTextContent('Late');
    expect(late).toHaveTextContent('Acme Goods Co. · $1,234.50');
    expect(within(pending).getByRole('link', { name: 'Order #1043' }).closest('li')).toHaveTextContent(
      'Accept by Nov 20',
    );
    expect(within(pending).getByRole('link', { name: /All pending orders/ })).toHaveAttribute(
      'href',
      '/orders?status=PENDING&sort=DEADLINE',
    );

    // Unshipped orders open on their Shipping tab.
    const toShip = screen.getByRole('region', { name: 'To ship' });
    expect(within(toShip).getByRole('link', { name: 'Order #1001' })).toHaveAttribute(
      'href',
      '/orders/O1001?tab=shipping',
    );
    expect(within(toShip).getByText('Due today')).toBeInTheDocument();

    // Nothing to invoice: said in words, no empty list.
    const toInvoice = screen.getByRole('region', { name: 'To invoice' });
    expect(within(toInvoice).getByText('Every shipped order is invoiced.')).toBeInTheDocument();
    expect(within(toInvoice).queryByRole('list')).not.toBeInTheDocument();

    const failed = screen.getByRole('region', { name: 'Failed payments' });
    expect(within(failed).getByText('The card has insufficient funds.')).toBeInTheDocument();
    expect(within(failed).getByRole('link', { name: 'Invoice DB-1007' })).toHaveAttribute('href', '/invoices/I7');

    const overdue = screen.getByRole('region', { name: 'Overdue invoices' });
    expect(within(overdue).getByText(/\d+ days overdue/)).toBeInTheDocument();
    await user.click(within(overdue).getByRole('link', { name: 'Invoice DB-1003' }));
    expect(currentUrl(router)).toBe('/invoices/I3');
  });

  it('refetches once, shortly after a burst of pushed events', async () => {
    const refetched = jest.fn(() => ({
      data: {
        today: today({
          pendingOrders: {
            __typename: 'TodayOrders',
            count: 8,
            lateCount: 2,
            orders: [anOrder(1044, 'ON_TRACK'), anOrder(1042, 'LATE')],
          },
        }),
      },
    }));
    const placed = (id: string): Mock => ({
      request: { query: TodayOrderPlacedDocument },
      result: { data: { orderPlaced: { __typename: 'Order', id } } },
      delay: 20,
    });
    renderToday([
      todayMock(today()),
      mock({ request: { query: TodayPageDocument }, result: refetched }),
      placed('O1044'),
      { request: { query: TodayOrderChangedDocument }, delay: Infinity, maxUsageCount: Infinity },
      { request: { query: TodayPaymentChangedDocument }, delay: Infinity, maxUsageCount: Infinity },
    ]);
    const pending = await screen.findByRole('region', { name: 'Pending orders' });
    await within(pending).findByRole('link', { name: 'Order #1042' });
    await waitFor(() => expect(within(pending).getByTestId('count')).toHaveTextContent('8'), {
      timeout: TODAY_REFETCH_DELAY_MS + 3000,
    });
    expect(refetched).toHaveBeenCalledTimes(1);
    expect(within(pending).getByRole('link', { name: 'Order #1044' })).toBeInTheDocument();
  });
});
