import { screen, waitFor, within } from '@testing-library/react';
import {
  OrdersPageDocument,
  OrdersPageOrderChangedDocument,
  type OrdersPageQueryVariables,
} from '../../graphql/graphql';
import {
  anOrderRow,
  anOrderRowInvoice,
  hoursAgo,
  money,
  ordersPage,
  statusCounts,
  type OrderRowFixture,
} from '../../test/fixtures';
import { currentUrl, mock, renderRoute, type Mock } from '../../test/render';
import { OrdersPage } from './OrdersPage';

const FIRST_PAGE: OrdersPageQueryVariables = { first: 25, filter: {}, countsFilter: {}, withCounts: true };
const COUNTS = statusCounts({ PENDING: 3, ACCEPTED: 7, REJECTED: 1, CANCELLED: 1 });

const rows: OrderRowFixture[] = [
  anOrderRow({ id: 'O1042', number: 1042, placedAt: hoursAgo(50), buyerName: 'Acme Goods Co.' }),
  anOrderRow({
    id: 'O1041',
    number: 1041,
    placedAt: hoursAgo(3),
    buyerName: 'Bright Shop',
    status: 'ACCEPTED',
    paymentStatus: 'PAID',
    total: money(9900),
    itemCount: 2,
    invoice: anOrderRowInvoice(),
  }),
];

function ordersMock(
  variables: OrdersPageQueryVariables,
  data = ordersPage(rows, { totalCount: 12, counts: COUNTS }),
): Mock {
  return mock({ request: { query: OrdersPageDocument, variables }, result: { data } });
}

function renderOrders(url: string, mocks: Mock[]) {
  return renderRoute({ path: '/orders', element: <OrdersPage />, url, mocks });
}

describe('OrdersPage', () => {
  it('renders the orders with links, money, badges, ages and the status tab counts', async () => {
    renderOrders('/orders', [ordersMock(FIRST_PAGE)]);

    const link = await screen.findByRole('link', { name: '#1042' });
    expect(link).toHaveAttribute('href', '/orders/O1042');

    const table = screen.getByRole('table', { name: 'Orders' });
    const [, firstRow, secondRow] = within(table).getAllByRole('row');
    expect(firstRow).toHaveTextContent('Acme Goods Co.');
    expect(firstRow).toHaveTextContent('$1,234.50');
    expect(firstRow).toHaveTextContent('Pending');
    expect(firstRow).toHaveTextContent('Unpaid');
    // A pending order waiting 50 hours is flagged.
    expect(
      within(firstRow as HTMLElement)
        .getByText('2 d')
        .closest('[data-urgency]'),
    ).toHaveAttribute('data-urgency', 'overdue');
    expect(secondRow).toHaveTextContent('Bright Shop');
    expect(secondRow).toHaveTextContent('$99.00');
    expect(secondRow).toHaveTextContent('Accepted');
    expect(secondRow).toHaveTextContent('Paid');
    expect(secondRow).toHaveTextContent('DB-1001');
    expect(secondRow).toHaveTextContent('3 h');
    // Not overdue: no red flag.
    expect(secondRow).not.toHaveTextContent('Overdue');

    expect(screen.getByRole('tab', { name: /All/ })).toHaveTextContent('12');
    expect(screen.getByRole('tab', { name: /Pending/ })).toHaveTextContent('3');
    expect(screen.getByRole('tab', { name: /Accepted/ })).toHaveTextContent('7');
    expect(screen.getByRole('tab', { name: /Rejected/ })).toHaveTextContent('1');
    expect(screen.getByRole('tab', { name: /Cancelled/ })).toHaveTextContent('1');
    expect(screen.getByRole('tab', { name: /All/ })).toHaveAttribute('aria-selected', 'true');

    expect(screen.getByText('Showing 2 of 12')).toBeInTheDocument();
  });

  it('puts the status tab into the URL and loads that status', async () => {
    const pendingOnly = ordersPage([rows[0] as OrderRowFixture], { totalCount: 3, counts: COUNTS });
    const { router, user } = renderOrders('/orders', [
      ordersMock(FIRST_PAGE),
      ordersMock({ ...FIRST_PAGE, filter: { status: 'PENDING' } }, pendingOnly),
    ]);

    await user.click(await screen.findByRole('tab', { name: /Pending/ }));

    expect(currentUrl(router)).toBe('/orders?status=PENDING');
    await waitFor(() => expect(screen.getByText('Showing 1 of 3')).toBeInTheDocument());
    expect(screen.queryByRole('link', { name: '#1041' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Pending/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('puts the payment status filter into the URL', async () => {
    const { router, user } = renderOrders('/orders?status=ACCEPTED', [
      ordersMock({ ...FIRST_PAGE, filter: { status: 'ACCEPTED' } }),
      ordersMock({
        ...FIRST_PAGE,
        filter: { status: 'ACCEPTED', paymentStatus: 'PAID' },
        countsFilter: { paymentStatus: 'PAID' },
      }),
    ]);
    await screen.findByRole('link', { name: '#1042' });

    await user.click(screen.getByRole('textbox', { name: 'Payment status' }));
    await user.click(await screen.findByRole('option', { name: 'Paid' }));

    expect(currentUrl(router)).toBe('/orders?status=ACCEPTED&payment=PAID');
  });

  it('offers every payment status in the payment filter', async () => {
    const { user } = renderOrders('/orders', [ordersMock(FIRST_PAGE)]);
    await screen.findByRole('link', { name: '#1042' });
    await user.click(screen.getByRole('textbox', { name: 'Payment status' }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'Unpaid',
      'Processing',
      'Action required',
      'Failed',
      'Paid',
      'Refunded',
      'Void',
    ]);
  });

  it('puts the Overdue toggle into the URL and the query, and back out', async () => {
    const overdueRow = anOrderRow({
      id: 'O1030',
      number: 1030,
      status: 'ACCEPTED',
      buyerName: 'Corner Store',
      invoice: anOrderRowInvoice({ id: 'INV7', displayNumber: 'DB-1007', dueOn: '2025-10-01', overdue: true }),
    });
    const onlyOverdue = { ...FIRST_PAGE, filter: { overdue: true }, countsFilter: { overdue: true } };
    const { router, user } = renderOrders('/orders', [
      ordersMock(FIRST_PAGE),
      ordersMock(onlyOverdue, ordersPage([overdueRow], { counts: COUNTS })),
      ordersMock(FIRST_PAGE),
    ]);
    await screen.findByRole('link', { name: '#1042' });
    const toggle = screen.getByRole('checkbox', { name: 'Overdue' });
    expect(toggle).not.toBeChecked();

    await user.click(toggle);

    expect(currentUrl(router)).toBe('/orders?overdue=1');
    expect(await screen.findByRole('link', { name: '#1030' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '#1042' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Overdue' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    expect(currentUrl(router)).toBe('/orders');
    expect(await screen.findByRole('link', { name: '#1042' })).toBeInTheDocument();
  });

  it('reads the Overdue toggle from the URL, and makes overdue invoices stand out with their due date', async () => {
    const overdueRow = anOrderRow({
      id: 'O1030',
      number: 1030,
      status: 'ACCEPTED',
      buyerName: 'Corner Store',
      invoice: anOrderRowInvoice({ id: 'INV7', displayNumber: 'DB-1007', dueOn: '2025-10-01', overdue: true }),
    });
    const filter = { status: 'ACCEPTED' as const, overdue: true };
    renderOrders('/orders?view=all&overdue=1', [
      ordersMock(
        { first: 25, filter, countsFilter: { overdue: true }, withCounts: false },
        ordersPage([overdueRow], { counts: null }),
      ),
    ]);

    const link = await screen.findByRole('link', { name: '#1030' });
    expect(screen.getByRole('checkbox', { name: 'Overdue' })).toBeChecked();
    const row = link.closest('tr') as HTMLElement;
    expect(row).toHaveAttribute('data-overdue', 'true');
    const payment = within(row).getAllByRole('cell')[6] as HTMLElement;
    expect(payment).toHaveTextContent('UnpaidOverdueDue Oct 1, 2025');
  });

  it('strikes through voided invoices and shows what an edit left to invoice', async () => {
    const edited = anOrderRow({
      id: 'O1031',
      number: 1031,
      status: 'ACCEPTED',
      paymentStatus: 'PAID',
      buyerName: 'Corner Store',
      invoice: anOrderRowInvoice({ id: 'INV8', displayNumber: 'DB-1008' }),
      invoices: [
        { __typename: 'Invoice', id: 'INV6', displayNumber: 'DB-1006', status: 'VOID' },
        { __typename: 'Invoice', id: 'INV8', displayNumber: 'DB-1008', status: 'ISSUED' },
      ],
      amountToInvoice: money(2400),
    });
    const filter = { status: 'ACCEPTED' as const };
    renderOrders('/orders?view=all', [
      ordersMock({ first: 25, filter, countsFilter: {}, withCounts: false }, ordersPage([edited], { counts: null })),
    ]);

    const row = (await screen.findByRole('link', { name: '#1031' })).closest('tr') as HTMLElement;
    const voided = within(row).getByRole('link', { name: 'DB-1006' });
    expect(voided).toHaveAttribute('href', '/invoices/INV6');
    expect(voided).toHaveAttribute('title', 'DB-1006 (void)');
    expect(within(row).getByRole('link', { name: 'DB-1008' })).toBeInTheDocument();
    expect(row).toHaveTextContent('$24.00 to invoice');
  });

  it('debounces the search box into the URL', async () => {
    const { router, user } = renderOrders('/orders', [
      ordersMock(FIRST_PAGE),
      ordersMock({ ...FIRST_PAGE, filter: { search: 'acme' }, countsFilter: { search: 'acme' } }),
    ]);
    await screen.findByRole('link', { name: '#1042' });

    await user.type(screen.getByRole('textbox', { name: 'Search orders' }), 'acme');

    await waitFor(() => expect(currentUrl(router)).toBe('/orders?q=acme'));
  });

  it('reads filters from the URL, shows the empty state and clears the filters', async () => {
    const filtered = { paymentStatus: 'FAILED' as const, search: 'zzz' };
    const { router, user } = renderOrders('/orders?payment=FAILED&q=zzz', [
      ordersMock(
        { ...FIRST_PAGE, filter: filtered, countsFilter: filtered },
        ordersPage([], { counts: statusCounts({ PENDING: 0, ACCEPTED: 0, REJECTED: 0, CANCELLED: 0 }) }),
      ),
      ordersMock(FIRST_PAGE),
    ]);

    expect(await screen.findByText('No orders match these filters')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search orders' })).toHaveValue('zzz');

    const emptyState = screen.getByText('No orders match these filters').parentElement as HTMLElement;
    await user.click(within(emptyState).getByRole('button', { name: 'Clear filters' }));

    expect(currentUrl(router)).toBe('/orders');
    expect(await screen.findByRole('link', { name: '#1042' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search orders' })).toHaveValue('');
  });

  it('pages forward and back with cursors in the URL', async () => {
    const { router, user } = renderOrders('/orders', [
      ordersMock(FIRST_PAGE, ordersPage(rows, { totalCount: 30, hasNextPage: true, counts: COUNTS })),
      ordersMock(
        { ...FIRST_PAGE, after: 'cursor-1041' },
        ordersPage([anOrderRow({ id: 'O1040', number: 1040 })], {
          totalCount: 30,
          hasPreviousPage: true,
          counts: COUNTS,
        }),
      ),
      ordersMock(
        { first: undefined, last: 25, before: 'cursor-1040', filter: {}, countsFilter: {}, withCounts: true },
        ordersPage(rows, { totalCount: 30, hasNextPage: true, counts: COUNTS }),
      ),
    ]);
    await screen.findByRole('link', { name: '#1042' });
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentUrl(router)).toBe('/orders?after=cursor-1041');
    expect(await screen.findByRole('link', { name: '#1040' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(currentUrl(router)).toBe('/orders?before=cursor-1040');
    expect(await screen.findByRole('link', { name: '#1042' })).toBeInTheDocument();
  });

  it('shows All Orders as accepted orders without status tabs, with shipment, payment and invoice', async () => {
    const shippedNotInvoiced = anOrderRow({
      id: 'O1039',
      number: 1039,
      status: 'ACCEPTED',
      buyerName: 'Corner Store',
      shipment: { __typename: 'Shipment', id: 'SH9', carrier: 'FedEx', trackingNumbers: ['7489 2222 1111', 'X2'] },
      invoice: anOrderRowInvoice({ id: 'INV9', displayNumber: null, status: 'DRAFT' }),
    });
    const invoiced = anOrderRow({
      ...rows[1],
      shipment: { __typename: 'Shipment', id: 'SH1', carrier: 'UPS', trackingNumbers: ['1Z999AA10123456784'] },
    });
    renderOrders('/orders?view=all', [
      ordersMock(
        { first: 25, filter: { status: 'ACCEPTED' }, countsFilter: {}, withCounts: false },
        ordersPage([invoiced, shippedNotInvoiced], { counts: null }),
      ),
    ]);

    expect(await screen.findByRole('heading', { name: 'All Orders' })).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    // The rows, not the loading skeleton.
    await screen.findByRole('link', { name: '#1041' });
    const table = screen.getByRole('table', { name: 'Orders' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Order ID', 'Buyer', 'Placed', 'Items', 'Total', 'Shipment', 'Payment', 'Invoice']);
    const [, first, second] = within(table).getAllByRole('row') as HTMLElement[];
    // Once issued: a link to the invoice and a button to view it.
    expect(within(first as HTMLElement).getByRole('link', { name: 'DB-1001' })).toHaveAttribute(
      'href',
      '/invoices/INV1',
    );
    expect(within(first as HTMLElement).getByRole('link', { name: /View Invoice/ })).toHaveAttribute(
      'href',
      '/invoices/INV1',
    );
    expect(first).toHaveTextContent('UPS1Z999AA10123456784');
    expect(first).toHaveTextContent('Paid');
    // A draft links to its preview; no "View Invoice" before it is issued.
    expect(second).toHaveTextContent('FedEx7489 2222 1111 +1');
    expect(within(second as HTMLElement).getByRole('link', { name: 'Draft' })).toHaveAttribute(
      'href',
      '/invoices/INV9',
    );
    expect(within(second as HTMLElement).queryByRole('link', { name: /View Invoice/ })).not.toBeInTheDocument();
  });

  it('links issued invoices in the Orders list too', async () => {
    renderOrders('/orders', [ordersMock(FIRST_PAGE)]);
    const view = await screen.findByRole('link', { name: 'View Invoice DB-1001 of order #1041' });
    expect(view).toHaveTextContent('View Invoice');
    expect(view).toHaveAttribute('href', '/invoices/INV1');
    expect(screen.getByRole('link', { name: 'DB-1001' })).toHaveAttribute('href', '/invoices/INV1');
    expect(screen.getByRole('columnheader', { name: 'Invoice' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Shipment' })).not.toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    renderOrders('/orders', [
      mock({ request: { query: OrdersPageDocument, variables: FIRST_PAGE }, error: new Error('offline') }),
    ]);
    expect(await screen.findByText('Could not load orders')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('OrdersPage live updates', () => {
  it('refetches the list and its counts shortly after an order changes elsewhere', async () => {
    const placed = anOrderRow({ id: 'O1043', number: 1043, placedAt: hoursAgo(0), buyerName: 'Bright Shop' });
    const refetched = ordersPage([placed, ...rows], {
      totalCount: 13,
      counts: statusCounts({ PENDING: 4, ACCEPTED: 7, REJECTED: 1, CANCELLED: 1 }),
    });
    renderOrders('/orders', [
      ordersMock(FIRST_PAGE),
      mock({
        request: { query: OrdersPageOrderChangedDocument },
        result: { data: { orderChanged: placed } },
        delay: 200,
      }),
      ordersMock(FIRST_PAGE, refetched),
    ]);

    expect(await screen.findByRole('link', { name: '#1042' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '#1043' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '#1043' }, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Pending/ })).toHaveTextContent('4');
    expect(screen.getByText('Showing 3 of 13')).toBeInTheDocument();
  });
});

describe('OrdersPage bulk actions and export', () => {
  it('selects pending orders (one by one or the page) for "Accept selected", and exports the filtered list', async () => {
    const { user } = renderOrders('/orders?payment=UNPAID&sort=DEADLINE', [
      ordersMock({
        first: 25,
        sort: 'DEADLINE',
        filter: { paymentStatus: 'UNPAID' },
        countsFilter: { paymentStatus: 'UNPAID' },
        withCounts: true,
      }),
    ]);
    const table = await screen.findByRole('table', { name: 'Orders' });
    await within(table).findByRole('link', { name: '#1042' });
    const acceptSelected = screen.getByRole('button', { name: 'Accept selected (0)' });
    expect(acceptSelected).toBeDisabled();
    // Only pending orders can be picked.
    expect(within(table).queryByRole('checkbox', { name: 'Select order #1041' })).not.toBeInTheDocument();

    await user.click(within(table).getByRole('checkbox', { name: 'Select order #1042' }));
    expect(screen.getByRole('button', { name: 'Accept selected (1)' })).toBeEnabled();
    const page = within(table).getByRole('checkbox', { name: 'Select all pending orders on this page' });
    expect(page).toBeChecked();
    await user.click(page);
    expect(screen.getByRole('button', { name: 'Accept selected (0)' })).toBeDisabled();

    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/exports/orders.csv?paymentStatus=UNPAID&sort=DEADLINE&format=readable&excel=true',
    );
  });
});
