import { screen, within } from '@testing-library/react';
import { OrdersPageDocument } from '../../graphql/graphql';
import { anOrderRow, anOrderRowInvoice, money, ordersPage, statusCounts } from '../../test/fixtures';
import { mock, renderRoute } from '../../test/render';
import { OrdersPage } from './OrdersPage';

// Under 768 px the orders are cards and the filters sit in a drawer behind a counted button.

const PHONE_QUERY = '(max-width: 47.99em)';
const desktopMatchMedia = window.matchMedia;

beforeEach(() => {
  window.matchMedia = (query: string) => ({ ...desktopMatchMedia(query), matches: query === PHONE_QUERY });
});
afterEach(() => {
  window.matchMedia = desktopMatchMedia;
});

describe('Orders on a phone', () => {
  it('shows each order as a card with its ID, buyer, total, status, payment and invoice; filters in a drawer', async () => {
    const rows = [
      anOrderRow({ id: 'O1042', number: 1042, buyerName: 'Red Barn Mercantile & Provisions' }),
      anOrderRow({
        id: 'O1041',
        number: 1041,
        buyerName: 'The Paper Lantern Stationery Co.',
        status: 'ACCEPTED',
        paymentStatus: 'PAID',
        total: money(9900),
        invoice: anOrderRowInvoice(),
      }),
    ];
    const { user } = renderRoute({
      path: '/orders',
      element: <OrdersPage />,
      url: '/orders?payment=UNPAID&q=barn',
      mocks: [
        mock({
          request: {
            query: OrdersPageDocument,
            variables: {
              first: 25,
              filter: { paymentStatus: 'UNPAID', search: 'barn' },
              countsFilter: { paymentStatus: 'UNPAID', search: 'barn' },
              withCounts: true,
            },
          },
          result: {
            data: ordersPage(rows, {
              totalCount: 2,
              counts: statusCounts({ PENDING: 1, ACCEPTED: 1, REJECTED: 0, CANCELLED: 0 }),
            }),
          },
        }),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Orders' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [pending, accepted] = within(list).getAllByRole('listitem');
    expect(within(pending as HTMLElement).getByRole('link', { name: '#1042' })).toHaveAttribute(
      'href',
      '/orders/O1042',
    );
    expect(pending).toHaveTextContent('Red Barn Mercantile & Provisions');
    expect(pending).toHaveTextContent('$1,234.50');
    expect(pending).toHaveTextContent('Pending');
    expect(pending).toHaveTextContent('Unpaid');
    expect(within(pending as HTMLElement).getByRole('checkbox', { name: 'Select order #1042' })).toBeInTheDocument();
    expect(accepted).toHaveTextContent('The Paper Lantern Stationery Co.');
    expect(accepted).toHaveTextContent('Paid');
    expect(within(accepted as HTMLElement).getByRole('link', { name: 'DB-1001' })).toBeInTheDocument();

    // The filters wait behind a button that counts the active ones.
    expect(screen.queryByRole('textbox', { name: 'Search orders' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters (2 active)' }));
    const drawer = await screen.findByRole('dialog', { name: 'Filter orders' });
    expect(within(drawer).getByRole('textbox', { name: 'Search orders' })).toHaveValue('barn');
  });
});
