import type { Unmasked } from '@apollo/client';
import { act, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { ConfirmInvoiceDocument, InvoicePageDocument, type ConfirmInvoiceMutation } from '../graphql/graphql';
import {
  anAcceptedOrder,
  anInvoice,
  anInvoiceDocument,
  anInvoiceOrder,
  anIssuedInvoice,
  anOrderInvoice,
  aShipment,
  aUserError,
  money,
  type InvoiceFixture,
} from '../test/fixtures';
import { mock, renderRoute, type Mock } from '../test/render';
import { InvoicePage } from './InvoicePage';

// The article's Invoice Preview page ("Review the details before clicking confirm") and the issued
// invoice it becomes (Arrange: the invoice and API answers; Act: Confirm / Print; Assert: the screen
// and what was sent).

type ConfirmPayload = Unmasked<ConfirmInvoiceMutation>['confirmInvoice'];

function invoiceMock(invoice: InvoiceFixture | null, id = invoice?.id ?? 'INV1'): Mock {
  return mock({ request: { query: InvoicePageDocument, variables: { id } }, result: { data: { invoice } } });
}

function confirmMock(expectedOrderVersion: number, payload: () => ConfirmPayload): Mock {
  return mock({
    request: { query: ConfirmInvoiceDocument, variables: { input: { invoiceId: 'INV1', expectedOrderVersion } } },
    result: () => ({ data: { confirmInvoice: payload() } }),
  });
}

function renderInvoice(mocks: Mock[], id = 'INV1') {
  return renderRoute({ path: '/invoices/:id', element: <InvoicePage />, url: `/invoices/${id}`, mocks });
}

const invoiceOrder = (version: number) =>
  anAcceptedOrder({
    id: 'O1042',
    version,
    availableActions: [],
    shipment: aShipment({ cost: money(2450) }),
    shipping: money(2450),
    total: money(22850),
    paymentStatus: 'UNPAID',
    invoice: anOrderInvoice({ id: 'INV1', displayNumber: 'DB-1043', total: money(22850) }),
  });

const sheet = () => screen.getByRole('article', { name: /^Invoice / });

afterEach(() => {
  act(() => notifications.clean());
});

describe('Invoice Preview', () => {
  it('shows the document exactly as it will be issued, with the number it is expected to get', async () => {
    renderInvoice([invoiceMock(anInvoice())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice Preview' })).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Order #1042' })).toHaveAttribute('href', '/orders/O1042');
    expect(screen.getByRole('link', { name: 'Back to order' })).toHaveAttribute('href', '/orders/O1042');

    const invoice = sheet();
    expect(within(invoice).getByRole('heading', { name: 'Invoice DB-1043' })).toBeInTheDocument();
    expect(invoice).toHaveTextContent('Expected number: assigned on Confirm');
    expect(invoice).toHaveTextContent('Preview: this invoice is not issued yet.');
    expect(within(invoice).getByRole('heading', { name: 'Demo Brand' })).toBeInTheDocument();
    expect(invoice).toHaveTextContent('1 Maker LanePortland, OR 97209US');
    expect(invoice).toHaveTextContent('Issue dateNov 26, 2025');
    expect(invoice).toHaveTextContent('Due dateDec 26, 2025');
    expect(invoice).toHaveTextContent('Order#1042 · Nov 24, 2025');
    expect(invoice).toHaveTextContent('PaymentTerms: Net 30');
    expect(within(invoice).getByRole('region', { name: 'Bill to' })).toHaveTextContent(
      'Acme Goods Co.Acme HoldingsAccounts Payable400 Market AvenueSuite 9Seattle, WA 98101USAda Buyerada@acme.test',
    );
    expect(within(invoice).getByRole('region', { name: 'Ship to' })).toHaveTextContent(
      'Acme Goods Co.Ada Buyer12 Harbour StreetPortland, OR 97201US',
    );
    expect(within(invoice).getByRole('region', { name: 'Shipment' })).toHaveTextContent(
      'UPS · GroundShipped Nov 25, 20251Z999AA10123456784',
    );

    const [, tea, mug] = within(within(invoice).getByRole('table', { name: 'Invoice lines' })).getAllByRole('row');
    expect(tea).toHaveTextContent('TEA-GRN-250Green Tea – 250 g tin12$12.50$150.00');
    expect(mug).toHaveTextContent('MUG-BLU-LStoneware Mug – Large / Blue6$9.00$54.00');
    const totals = within(invoice).getByRole('group', { name: 'Invoice totals' });
    expect(totals).toHaveTextContent('Subtotal$204.00');
    expect(totals).toHaveTextContent('Shipping$24.50');
    expect(totals).toHaveTextContent('Total$228.50');
    expect(invoice).toHaveTextContent('Payment terms: Net 30, due Dec 26, 2025.');

    expect(screen.getByRole('button', { name: 'Confirm' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Download PDF' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print' })).not.toBeInTheDocument();
  });

  it('confirms with the order version the preview showed, then shows the issued invoice with its PDF', async () => {
    const confirm = jest.fn((): ConfirmPayload => ({
      __typename: 'InvoicePayload',
      invoice: anIssuedInvoice({ order: anInvoiceOrder({ version: 8 }) }),
      order: invoiceOrder(8),
      userErrors: [],
    }));
    const { user } = renderInvoice([invoiceMock(anInvoice()), confirmMock(7, confirm)]);

    await user.click(await screen.findByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice DB-1043' })).toBeInTheDocument();
    expect(screen.getByText('Issued')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Payment' })).toHaveTextContent('Unpaid');
    expect(await screen.findByText('Invoice DB-1043 issued')).toBeInTheDocument();
    expect(sheet()).not.toHaveTextContent('Expected number');
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', '/invoices/INV1/pdf');
  });

  it('refuses to issue a preview of an order that changed since, and reloads it', async () => {
    const changed = anInvoice({
      order: anInvoiceOrder({ version: 9 }),
      document: anInvoiceDocument({ shipping: money(3000), total: money(23400) }),
    });
    const stale = jest.fn((): ConfirmPayload => ({
      __typename: 'InvoicePayload',
      invoice: null,
      order: null,
      userErrors: [aUserError('STALE_ORDER', 'Order version 9, expected 7.', ['input', 'invoiceId'])],
    }));
    const { user } = renderInvoice([invoiceMock(anInvoice()), confirmMock(7, stale), invoiceMock(changed)]);

    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This order changed since you opened it');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));

    await waitFor(() =>
      expect(within(sheet()).getByRole('group', { name: 'Invoice totals' })).toHaveTextContent('Total$234.00'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Invoice Preview' })).toBeInTheDocument();
  });

  it('says a card invoice charges the card on file', async () => {
    renderInvoice([
      invoiceMock(
        anInvoice({
          paymentMethod: 'CARD',
          document: anInvoiceDocument({ paymentMethod: 'CARD', paymentTerms: null, dueDate: null }),
        }),
      ),
    ]);
    expect(await screen.findByText(/and charges the buyer's card on file/)).toBeInTheDocument();
    expect(sheet()).toHaveTextContent('PaymentCredit card on file');
    expect(sheet()).not.toHaveTextContent('Due date');
  });
});

describe('Issued invoice', () => {
  it('is the printable invoice with Download PDF and Print, and no Confirm', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderInvoice([invoiceMock(anIssuedInvoice({ paymentStatus: 'PAID' }))]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice DB-1043' })).toBeInTheDocument();
    expect(screen.getByText('Issued')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Payment' })).toHaveTextContent('Paid');
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', '/invoices/INV1/pdf');
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
    expect(sheet()).toHaveTextContent('Total$228.50');
    expect(sheet()).not.toHaveTextContent('Preview');

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("says the invoice was not found for an unknown or another seller's id", async () => {
    renderInvoice([invoiceMock(null, 'someone-elses-invoice')], 'someone-elses-invoice');
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to All Orders' })).toHaveAttribute('href', '/orders?view=all');
  });
});
