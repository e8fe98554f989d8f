import { screen, within } from '@testing-library/react';
import { OrderDetailsOrderChangedDocument, OrderDetailsPageDocument } from '../../graphql/graphql';
import { anOrder, anOrderEvent, anOrderInvoice, hoursAgo, money, type OrderDetailsFixture } from '../../test/fixtures';
import { mock, renderRoute, type Mock } from '../../test/render';
import { OrderDetailsPage } from './OrderDetailsPage';

function renderDetails(id: string, order: OrderDetailsFixture | null, more: Mock[] = []) {
  return renderRoute({
    path: '/orders/:id',
    element: <OrderDetailsPage />,
    url: `/orders/${id}`,
    mocks: [
      mock({
        request: { query: OrderDetailsPageDocument, variables: { id } },
        result: { data: { order, mailCatcherUrl: null } },
      }),
      ...more,
    ],
  });
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('OrderDetailsPage', () => {
  it('shows the customer the buyer is linked to now, and Accept says it links the order to it', async () => {
    const linked = { __typename: 'Customer' as const, id: 'C7', name: 'Acme Goods', paymentTermsLabel: 'Net 45' };
    const order = anOrder({ id: 'O1042' });
    renderDetails('O1042', { ...order, customer: null, buyer: { ...order.buyer, customer: linked } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1042' })).toBeInTheDocument();
    const information = section('Order Information');
    expect(information).not.toHaveTextContent('No customer relationship yet');
    expect(information).toHaveTextContent('Acme GoodsNet 45');
    expect(screen.getByRole('button', { name: 'Accept' })).toHaveAccessibleDescription(
      'Accept links this order to your customer Acme Goods.',
    );
  });

  it('shows a pending order: header, information, addresses, items, totals and timeline', async () => {
    renderDetails(
      'O1042',
      anOrder({
        id: 'O1042',
        parentOrder: { __typename: 'Order', id: 'O1040', number: 1040 },
        events: [
          anOrderEvent({ summary: 'Order placed' }),
          anOrderEvent({
            id: 'E2',
            type: 'ORDER_SPLIT',
            summary: 'Split into Order #1043',
            createdAt: hoursAgo(3),
            actor: { __typename: 'Actor', type: 'USER', name: 'Olivia Owner' },
          }),
        ],
      }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1042' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Accept' })).toBeEnabled();

    const information = section('Order Information');
    expect(information).toHaveTextContent('#1042');
    expect(information).toHaveTextContent('Terms');
    expect(information).toHaveTextContent('No customer relationship yet');
    expect(information).toHaveTextContent('Acme Goods Co.');
    expect(within(information).getByRole('link', { name: 'ada@acme.test' })).toHaveAttribute(
      'href',
      'mailto:ada@acme.test',
    );
    expect(within(information).getByRole('link', { name: 'Split from Order #1040' })).toHaveAttribute(
      'href',
      '/orders/O1040',
    );
    expect(within(information).getByText('2 d').closest('[data-urgency]')).toHaveAttribute('data-urgency', 'overdue');

    const addresses = section('Shipping & Billing Information');
    expect(within(addresses).getByRole('article', { name: 'Shipping address' })).toHaveTextContent(
      '12 Harbour StreetPortland, OR 97201US',
    );
    expect(within(addresses).getByRole('article', { name: 'Billing address' })).toHaveTextContent(
      '400 Market AvenueSuite 9',
    );

    const items = section('Order Items');
    const [, tea, mug] = within(items).getAllByRole('row');
    expect(tea).toHaveTextContent('TEA-GRN-250');
    expect(tea).toHaveTextContent('Green Tea250 g tin');
    expect(tea).toHaveTextContent('$12.50');
    expect(tea).toHaveTextContent('$150.00');
    expect(mug).toHaveTextContent('Stoneware MugLarge / Blue');
    // 2 in stock for 6 ordered: flagged.
    expect(
      within(mug as HTMLElement)
        .getByText('2')
        .closest('[data-stock]'),
    ).toHaveAttribute('data-stock', 'short');
    expect(within(items).getByRole('checkbox', { name: 'Select TEA-GRN-250' })).toBeInTheDocument();

    const totals = within(items).getByRole('group', { name: 'Order totals' });
    expect(totals).toHaveTextContent('Subtotal$204.00');
    expect(totals).toHaveTextContent('Shipping$15.00');
    expect(totals).toHaveTextContent('Total$219.00');

    const timeline = section('Timeline');
    const entries = within(timeline).getAllByText(/Order placed|Split into Order #1043/);
    // Newest first.
    expect(entries.map((entry) => entry.textContent)).toEqual(['Split into Order #1043', 'Order placed']);
    expect(timeline).toHaveTextContent('Olivia Owner · 3 hours ago');
    expect(timeline).toHaveTextContent('Ada Buyer · 2 days ago');
  });

  it('checks items and selects all', async () => {
    const { user } = renderDetails('O1042', anOrder({ id: 'O1042' }));
    const items = await screen.findByRole('region', { name: 'Order Items' });

    await user.click(within(items).getByRole('checkbox', { name: 'Select MUG-BLU-L' }));
    expect(items).toHaveTextContent('1 selected');

    await user.click(within(items).getByRole('checkbox', { name: 'Select all items' }));
    expect(items).toHaveTextContent('2 selected');
    expect(within(items).getByRole('checkbox', { name: 'Select TEA-GRN-250' })).toBeChecked();
  });

  it('hides Accept/Reject and item checkboxes once the order is accepted, and shows shipment and invoice', async () => {
    renderDetails(
      'O7',
      anOrder({
        id: 'O7',
        number: 7,
        status: 'ACCEPTED',
        paymentStatus: 'PAID',
        paymentMethod: 'CARD',
        availableActions: [],
        acceptedAt: hoursAgo(20),
        customer: { __typename: 'Customer', id: 'C1', name: 'Acme Goods', paymentTermsLabel: 'Net 30' },
        shipment: {
          __typename: 'Shipment',
          id: 'SH1',
          carrier: 'UPS',
          service: 'Ground',
          trackingNumbers: ['1Z999AA10123456784'],
          shippedOn: '2025-11-20',
          cost: money(1500),
        },
        invoice: anOrderInvoice({ paymentStatus: 'PAID', paymentMethod: 'CARD', dueOn: null }),
      }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Order #7' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
    expect(within(section('Order Items')).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(section('Order Information')).toHaveTextContent('Acme GoodsNet 30');
    expect(section('Order Information')).toHaveTextContent('Credit Card');
    expect(section('Shipment')).toHaveTextContent('UPS · Ground');
    expect(section('Shipment')).toHaveTextContent('1Z999AA10123456784');
    expect(section('Shipment')).toHaveTextContent('Nov 20, 2025');
    expect(section('Invoice')).toHaveTextContent('DB-1001');
    expect(section('Invoice')).toHaveTextContent('Issued');
    expect(section('Invoice')).toHaveTextContent('$219.00');
    expect(within(section('Invoice')).getByRole('link', { name: 'DB-1001' })).toHaveAttribute('href', '/invoices/INV1');
    expect(within(section('Invoice')).getByRole('link', { name: 'View Invoice' })).toHaveAttribute(
      'href',
      '/invoices/INV1',
    );
    // Accepted orders have the Order Details and Shipping tabs.
    expect(screen.getByRole('tab', { name: 'Order Details' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Shipping' })).toBeInTheDocument();
  });

  it('sends the seller to the invoice to retry a failed card payment', async () => {
    renderDetails(
      'O9',
      anOrder({
        id: 'O9',
        number: 9,
        status: 'ACCEPTED',
        paymentStatus: 'FAILED',
        paymentMethod: 'CARD',
        availableActions: [],
        invoice: anOrderInvoice({
          paymentStatus: 'FAILED',
          paymentMethod: 'CARD',
          dueOn: null,
          payments: [
            {
              __typename: 'Payment',
              id: 'PAY1',
              status: 'FAILED',
              failureMessage: 'The card has insufficient funds.',
            },
          ],
        }),
      }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Order #9' })).toBeInTheDocument();
    // In the header and on the invoice card.
    expect(screen.getAllByTitle('Payment: Failed')).toHaveLength(2);
    const invoice = section('Invoice');
    const alert = within(invoice).getByRole('alert', { name: 'The card payment failed' });
    expect(alert).toHaveTextContent('The card has insufficient funds.');
    expect(within(alert).getByRole('link', { name: 'Open invoice to retry' })).toHaveAttribute(
      'href',
      '/invoices/INV1',
    );
  });

  it('follows the payment live: Processing, then Paid in the header and on the invoice card', async () => {
    const charging = anOrder({
      id: 'O11',
      number: 11,
      status: 'ACCEPTED',
      paymentStatus: 'PROCESSING',
      paymentMethod: 'CARD',
      availableActions: [],
      invoice: anOrderInvoice({ paymentStatus: 'PROCESSING', paymentMethod: 'CARD', dueOn: null }),
    });
    const paid = {
      ...charging,
      paymentStatus: 'PAID' as const,
      version: charging.version + 1,
      invoice: anOrderInvoice({ paymentStatus: 'PAID', paymentMethod: 'CARD', dueOn: null }),
    };
    renderDetails('O11', charging, [
      mock({
        request: { query: OrderDetailsOrderChangedDocument, variables: { orderId: 'O11' } },
        result: { data: { orderChanged: paid } },
        delay: 300,
      }),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Order #11' })).toBeInTheDocument();
    expect(screen.getAllByTitle('Payment: Processing')).toHaveLength(2);
    expect(await screen.findAllByTitle('Payment: Paid')).toHaveLength(2);
    expect(screen.queryByTitle('Payment: Processing')).not.toBeInTheDocument();
  });

  it('flags an overdue terms invoice on the invoice card', async () => {
    renderDetails(
      'O10',
      anOrder({
        id: 'O10',
        number: 10,
        status: 'ACCEPTED',
        availableActions: [],
        invoice: anOrderInvoice({ dueOn: '2025-10-01', overdue: true }),
      }),
    );
    const invoice = await screen.findByRole('region', { name: 'Invoice' });
    expect(invoice).toHaveTextContent('DueOverdueOct 1, 2025');
    expect(within(invoice).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows only the actions the server allows', async () => {
    renderDetails('O8', anOrder({ id: 'O8', availableActions: ['REJECT'] }));
    expect(await screen.findByRole('button', { name: 'Reject' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it("says the order was not found when the API returns null (unknown or another seller's id)", async () => {
    renderDetails('someone-elses-order', null);
    expect(await screen.findByRole('heading', { name: 'Order not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Orders' })).toHaveAttribute('href', '/orders');
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });
});
