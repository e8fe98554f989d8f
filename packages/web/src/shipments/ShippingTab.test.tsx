import type { Unmasked } from '@apollo/client';
import { act, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import {
  CreateInvoiceDraftDocument,
  InvoicePageDocument,
  OrderDetailsPageDocument,
  SaveShipmentDocument,
  ShipmentCarriersDocument,
  type SaveShipmentMutation,
  type SaveShipmentMutationVariables,
} from '../graphql/graphql';
import { InvoicePage } from '../invoices/InvoicePage';
import { OrderDetailsPage } from '../orders/details/OrderDetailsPage';
import {
  anAcceptedOrder,
  anInvoice,
  anOrderInvoice,
  aShipment,
  aUserError,
  money,
  type OrderDetailsFixture,
} from '../test/fixtures';
import { DisplayFormatProvider } from '../lib/useFormat';
import { currentUrl, mock, renderApp, type Mock } from '../test/render';

// The article's "How do I create an invoice for the order?": the Shipping tab of an accepted order,
// "Save Shipment Info", then "Create Invoice" at the bottom right (Arrange: order + API answers;
// Act: what the seller does; Assert: what the screen shows and what was sent).

const ID = 'O1042';
const TODAY = dayjs().format('YYYY-MM-DD');
const CARRIERS = ['UPS', 'FedEx', 'USPS', 'DHL'];

function detailsMock(order: OrderDetailsFixture): Mock {
  return mock({
    request: { query: OrderDetailsPageDocument, variables: { id: order.id } },
    result: { data: { order, mailCatcherUrl: null } },
  });
}

const carriersMock = mock({
  request: { query: ShipmentCarriersDocument },
  result: { data: { carriers: CARRIERS } },
});

type SavePayload = Unmasked<SaveShipmentMutation>['saveShipment'];

function saveMock(input: SaveShipmentMutationVariables['input'], payload: () => SavePayload): Mock {
  return mock({
    request: { query: SaveShipmentDocument, variables: { input } },
    result: () => ({ data: { saveShipment: payload() } }),
  });
}

function renderOrder(order: OrderDetailsFixture, mocks: Mock[] = [], url = `/orders/${order.id}`) {
  return renderApp({
    routes: [
      { path: '/orders/:id', element: <OrderDetailsPage /> },
      { path: '/invoices/:id', element: <InvoicePage /> },
    ],
    url,
    mocks: [detailsMock(order), carriersMock, ...mocks],
  });
}

const section = (name: string) => screen.getByRole('region', { name });
const textbox = (name: string) => screen.getByRole('textbox', { name });

afterEach(() => {
  act(() => notifications.clean());
});

describe('Shipping tab', () => {
  it('opens from the tab, shows every missing field at once, then the API errors next to their fields, then saves and the totals follow', async () => {
    const order = anAcceptedOrder({ id: ID });
    const saved = anAcceptedOrder({
      id: ID,
      version: 4,
      availableActions: ['SAVE_SHIPMENT', 'CREATE_INVOICE'],
      shipment: aShipment({
        trackingNumbers: ['1Z999AA10123456784', '1Z999AA10123456785'],
        shippedOn: TODAY,
        cost: money(2450),
      }),
      shipping: money(2450),
      total: money(22850),
    });
    const refused = jest.fn((): SavePayload => ({
      __typename: 'SaveShipmentPayload',
      order: null,
      shipment: null,
      userErrors: [
        aUserError('INVALID_SHIPMENT', 'The service can be at most 100 characters.', ['input', 'service']),
        aUserError('INVALID_SHIPMENT', 'Tracking numbers are letters, digits and punctuation, 64 characters at most.', [
          'input',
          'trackingNumbers',
        ]),
      ],
    }));
    const accepted = jest.fn((): SavePayload => ({
      __typename: 'SaveShipmentPayload',
      order: saved,
      shipment: saved.shipment,
      userErrors: [],
    }));
    const { user, router } = renderOrder(order, [
      saveMock(
        {
          orderId: ID,
          carrier: 'UPS',
          service: 'Ground',
          trackingNumbers: ['1Z999AA10123456784'],
          shippedOn: TODAY,
          shippingCost: 2450,
          expectedVersion: 3,
        },
        refused,
      ),
      saveMock(
        {
          orderId: ID,
          carrier: 'UPS',
          service: 'Ground',
          trackingNumbers: ['1Z999AA10123456784', '1Z999AA10123456785'],
          shippedOn: TODAY,
          shippingCost: 2450,
          expectedVersion: 3,
        },
        accepted,
      ),
    ]);

    // The details tab first; the shipment starts on the Shipping tab.
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1042' })).toBeInTheDocument();
    expect(section('Invoice')).toHaveTextContent('save its shipment info first');
    await user.click(screen.getByRole('tab', { name: 'Shipping' }));
    expect(currentUrl(router)).toBe(`/orders/${ID}?tab=shipping`);
    const form = await screen.findByRole('form', { name: 'Shipment info' });
    expect(screen.queryByRole('button', { name: 'Create Invoice' })).not.toBeInTheDocument();
    expect(screen.getByText('Save the shipment info to create the invoice.')).toBeInTheDocument();
    // No placeholder that could pass for an amount.
    expect(textbox('Shipping cost')).not.toHaveAttribute('placeholder');

    // Every missing field at once, each at its field (a required carrier is not told its length);
    // nothing is sent.
    await user.click(within(form).getByRole('button', { name: 'Save Shipment Info' }));
    expect(within(form).getByText('Choose a carrier: it is required.')).toBeVisible();
    expect(within(form).getByText('Enter the shipping cost charged to the buyer (0 for free shipping).')).toBeVisible();
    expect(textbox('Carrier')).toHaveAttribute('aria-invalid', 'true');
    expect(textbox('Tracking number 1')).toHaveAccessibleErrorMessage(
      'Enter at least one tracking number: it is required.',
    );
    expect(within(form).queryByText(/characters at most/)).not.toBeInTheDocument();
    expect(refused).not.toHaveBeenCalled();

    // Fixing a field clears its error.
    await user.click(textbox('Carrier'));
    await user.click(await screen.findByRole('option', { name: 'UPS' }));
    expect(within(form).queryByText('Choose a carrier: it is required.')).not.toBeInTheDocument();
    await user.type(textbox('Service'), 'Ground');
    await user.type(textbox('Tracking number 1'), '1Z999AA10123456784');
    await user.type(textbox('Shipping cost'), '24.50');
    await user.click(within(form).getByRole('button', { name: 'Save Shipment Info' }));

    // The API's refusals, next to their fields.
    await waitFor(() => expect(refused).toHaveBeenCalledTimes(1));
    expect(await within(form).findByText('The service can be at most 100 characters.')).toBeInTheDocument();
    expect(textbox('Service')).toHaveAttribute('aria-invalid', 'true');
    expect(textbox('Tracking number 1')).toHaveAccessibleErrorMessage(
      'Tracking numbers are letters, digits and punctuation, 64 characters at most.',
    );
    expect(textbox('Carrier')).not.toHaveAttribute('aria-invalid', 'true');

    await user.clear(textbox('Service'));
    await user.type(textbox('Service'), 'Ground');
    expect(within(form).queryByText('The service can be at most 100 characters.')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Add tracking number' }));
    await user.type(textbox('Tracking number 2'), '1Z999AA10123456785');
    expect(
      within(form).queryByText('Tracking numbers are letters, digits and punctuation, 64 characters at most.'),
    ).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save Shipment Info' }));

    await waitFor(() => expect(accepted).toHaveBeenCalledTimes(1));
    const totals = within(section('Order Totals')).getByRole('group', { name: 'Order totals' });
    await waitFor(() => expect(totals).toHaveTextContent('Shipping$24.50'));
    expect(totals).toHaveTextContent('Subtotal$204.00');
    expect(totals).toHaveTextContent('Total$228.50');
    expect(await screen.findByText('Shipment info saved')).toBeInTheDocument();
    expect(screen.getByText('Order #1042: shipping $24.50, total $228.50.')).toBeInTheDocument();
    // The form shows what was saved, and the invoice can now be created.
    expect(textbox('Tracking number 2')).toHaveValue('1Z999AA10123456785');
    expect(screen.getByRole('button', { name: 'Create Invoice' })).toBeEnabled();
  });

  it('offers "Other…" for a carrier that is not listed and edits a saved shipment', async () => {
    const order = anAcceptedOrder({
      id: ID,
      availableActions: ['SAVE_SHIPMENT', 'CREATE_INVOICE'],
      shipment: aShipment({ carrier: 'Regional Express', service: null, cost: money(0) }),
      shipping: money(0),
    });
    const harbour = aShipment({ carrier: 'Harbour Freight', service: null, cost: money(0) });
    const save = jest.fn((): SavePayload => ({
      __typename: 'SaveShipmentPayload',
      order: { ...order, version: 4, shipment: harbour },
      shipment: harbour,
      userErrors: [],
    }));
    const { user } = renderOrder(
      order,
      [
        saveMock(
          {
            orderId: ID,
            carrier: 'Harbour Freight',
            service: null,
            trackingNumbers: ['1Z999AA10123456784'],
            shippedOn: '2025-11-20',
            shippingCost: 0,
            expectedVersion: 3,
          },
          save,
        ),
      ],
      `/orders/${ID}?tab=shipping`,
    );

    const form = await screen.findByRole('form', { name: 'Shipment info' });
    expect(textbox('Carrier')).toHaveValue('Regional Express');
    expect(textbox('Shipping cost')).toHaveValue('0.00');
    expect(screen.getByRole('button', { name: 'Create Invoice' })).toBeEnabled();

    await user.click(textbox('Carrier'));
    await user.click(await screen.findByRole('option', { name: 'Other…' }));
    await user.type(textbox('Carrier name'), 'Harbour Freight');
    // Unsaved changes: the invoice would not include them yet.
    expect(screen.getByRole('button', { name: 'Create Invoice' })).toBeDisabled();
    expect(screen.getByText('Save or discard your shipment changes first.')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Save Shipment Info' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create Invoice' })).toBeEnabled());
  });

  it('shows Create Invoice only when the API allows it, and it opens the Invoice Preview', async () => {
    const order = anAcceptedOrder({
      id: ID,
      availableActions: ['SAVE_SHIPMENT', 'CREATE_INVOICE'],
      shipment: aShipment(),
      shipping: money(1500),
      total: money(21900),
    });
    const create = jest.fn(() => ({
      data: {
        createInvoiceDraft: {
          __typename: 'InvoicePayload' as const,
          invoice: { __typename: 'Invoice' as const, id: 'INV1', status: 'DRAFT' as const },
          order: {
            ...order,
            invoice: anOrderInvoice({ status: 'DRAFT', displayNumber: null, issuedAt: null, dueOn: null }),
          },
          userErrors: [],
        },
      },
    }));
    const { user, router } = renderOrder(order, [
      mock({ request: { query: CreateInvoiceDraftDocument, variables: { input: { orderId: ID } } }, result: create }),
      mock({
        request: { query: InvoicePageDocument, variables: { id: 'INV1' } },
        result: { data: { invoice: anInvoice() } },
      }),
    ]);

    // Visible on the details page, and at the bottom right of the Shipping tab.
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1042' })).toBeInTheDocument();
    expect(within(section('Invoice')).getByRole('button', { name: 'Create Invoice' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Shipping' }));
    const buttons = screen.getAllByRole('button', { name: 'Create Invoice' });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0] as HTMLElement);

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(currentUrl(router)).toBe('/invoices/INV1'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice Preview' })).toBeInTheDocument();
  });

  it('says why when the API refuses to create the invoice', async () => {
    const order = anAcceptedOrder({
      id: ID,
      availableActions: ['SAVE_SHIPMENT', 'CREATE_INVOICE'],
      shipment: aShipment(),
    });
    const { user } = renderOrder(
      order,
      [
        mock({
          request: { query: CreateInvoiceDraftDocument, variables: { input: { orderId: ID } } },
          result: {
            data: {
              createInvoiceDraft: {
                __typename: 'InvoicePayload',
                invoice: null,
                order: null,
                userErrors: [aUserError('SHIPMENT_REQUIRED', '')],
              },
            },
          },
        }),
      ],
      `/orders/${ID}?tab=shipping`,
    );
    await user.click(await screen.findByRole('button', { name: 'Create Invoice' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Save the shipment info first: the invoice includes shipping.',
    );
  });

  it('shows the shipment read-only once the invoice is issued', async () => {
    const order = anAcceptedOrder({
      id: ID,
      availableActions: [],
      shipment: aShipment(),
      shipping: money(1500),
      total: money(21900),
      invoice: anOrderInvoice(),
    });
    renderOrder(order, [], `/orders/${ID}?tab=shipping`);

    const shipment = await screen.findByRole('region', { name: 'Shipment' });
    expect(shipment).toHaveTextContent('UPS · Ground');
    expect(shipment).toHaveTextContent('1Z999AA10123456784');
    expect(screen.queryByRole('form', { name: 'Shipment info' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save Shipment Info' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create Invoice' })).not.toBeInTheDocument();
    expect(screen.getByText(/Invoice DB-1001 is issued with this shipment/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View Invoice' })).toHaveAttribute('href', '/invoices/INV1');
  });

  it('has no Shipping tab before the order is accepted', async () => {
    renderOrder(anAcceptedOrder({ id: ID, status: 'PENDING', availableActions: ['ACCEPT', 'REJECT'] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1042' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Shipping' })).not.toBeInTheDocument();
  });

  it('reads the shipping cost in the seller’s locale: "24,50" from a de-DE seller is 24.50', async () => {
    const order = anAcceptedOrder({ id: ID });
    const save = jest.fn((): SavePayload => ({
      __typename: 'SaveShipmentPayload',
      order: { ...order, version: 4 },
      shipment: aShipment(),
      userErrors: [],
    }));
    const { user } = renderApp({
      routes: [
        {
          path: '/orders/:id',
          element: (
            <DisplayFormatProvider locale="de-DE" timeZone="Europe/Berlin">
              <OrderDetailsPage />
            </DisplayFormatProvider>
          ),
        },
      ],
      url: `/orders/${ID}?tab=shipping`,
      mocks: [
        detailsMock(order),
        carriersMock,
        saveMock(
          {
            orderId: ID,
            carrier: 'DHL',
            service: null,
            trackingNumbers: ['JD014600006101234567'],
            shippedOn: TODAY,
            shippingCost: 2450,
            expectedVersion: 3,
          },
          save,
        ),
      ],
    });
    const form = await screen.findByRole('form', { name: 'Shipment info' });
    await user.click(textbox('Carrier'));
    await user.click(await screen.findByRole('option', { name: 'DHL' }));
    await user.type(textbox('Tracking number 1'), 'JD014600006101234567');
    await user.type(textbox('Shipping cost'), '24,50');
    await user.click(within(form).getByRole('button', { name: 'Save Shipment Info' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });
});
