import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { Subject } from 'rxjs';
import { createCache } from './apollo';
import { UiProviders } from './AppProviders';
import { LiveNotifications } from './LiveNotifications';

// The live toasts: new orders counted in one notification, a terms invoice said to be marked paid.

function renderLive() {
  const placed = new Subject<ApolloLink.Result>();
  const payments = new Subject<ApolloLink.Result>();
  const link = new ApolloLink((operation) => (operation.operationName === 'LiveOrderPlaced' ? placed : payments));
  const client = new ApolloClient({ cache: createCache(), link });
  const router = createMemoryRouter([
    { path: '/', element: <LiveNotifications /> },
    { path: '*', element: <p>Elsewhere</p> },
  ]);
  render(
    <ApolloProvider client={client}>
      <UiProviders env="test">
        <RouterProvider router={router} />
      </UiProviders>
    </ApolloProvider>,
  );
  return { placed, payments, router, user: userEvent.setup() };
}

const order = (number: number) => ({
  data: {
    orderPlaced: {
      __typename: 'Order',
      id: `O${number}`,
      number,
      buyerName: 'Red Barn Mercantile',
      total: { __typename: 'Money', amount: 12000, currency: 'USD' },
    },
  },
});

const paidInvoice = (paymentMethod: 'CARD' | 'TERMS') => ({
  data: {
    invoicePaymentStatusChanged: {
      __typename: 'Invoice',
      id: `I-${paymentMethod}`,
      displayNumber: 'DB-1043',
      paymentStatus: 'PAID',
      paymentMethod,
      total: { __typename: 'Money', amount: 22850, currency: 'USD' },
      order: { __typename: 'Order', id: 'O1043', number: 1043, buyerName: 'Red Barn Mercantile' },
    },
  },
});

afterEach(() => {
  act(() => notifications.clean());
});

describe('LiveNotifications', () => {
  it('shows one new order, then counts the next ones in the same notification, with View', async () => {
    const { placed, router, user } = renderLive();
    act(() => placed.next(order(1101)));
    expect(await screen.findByText('New order #1101')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open order #1101' })).toHaveAttribute('href', '/orders/O1101');

    act(() => placed.next(order(1102)));
    act(() => placed.next(order(1103)));
    expect(await screen.findByText('3 new orders')).toBeInTheDocument();
    expect(screen.queryByText('New order #1101')).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'View' })).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'View' }));
    expect(router.state.location.pathname).toBe('/orders');
  });

  it('says a terms invoice was marked paid, and a card payment was received', async () => {
    const { payments } = renderLive();
    act(() => payments.next(paidInvoice('TERMS')));
    expect(await screen.findByText('Invoice DB-1043 marked paid')).toBeInTheDocument();
    expect(screen.queryByText(/Payment received/)).not.toBeInTheDocument();

    act(() => payments.next(paidInvoice('CARD')));
    expect(await screen.findByText('Payment received: invoice DB-1043')).toBeInTheDocument();
  });
});
