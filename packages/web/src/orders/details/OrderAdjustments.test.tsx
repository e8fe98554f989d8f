import { act, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import {
  AddOrderNoteDocument,
  CancelOrderDocument,
  EditOrderDocument,
  OrderDetailsPageDocument,
  RecordTermsRefundDocument,
  RetryRefundDocument,
  type CancelOrderInput,
  type EditOrderInput,
} from '../../graphql/graphql';
import {
  anAcceptedOrder,
  anAdjustment,
  anOrderCreditNote,
  anOrderEvent,
  anOrderInvoice,
  aRefund,
  aShipment,
  aUserError,
  hoursAgo,
  money,
  type AdjustmentFixture,
  type OrderDetailsFixture,
} from '../../test/fixtures';
import { mock, renderRoute, type Mock } from '../../test/render';
import { OrderDetailsPage } from './OrderDetailsPage';

// Changes after acceptance on the Order Details screen: "Edit Order" (dry run, then save),
// "Cancel Order" (dry run, then cancel) and the "Credit notes & refunds" section, against mocked
// API answers (Arrange: order + answers; Act: what the seller clicks; Assert: what is shown and sent).

const ID = 'O1042';
const EDITABLE = ['EDIT', 'CANCEL', 'SAVE_SHIPMENT'] as const;

function renderDetails(order: OrderDetailsFixture, mocks: Mock[] = []) {
  return renderRoute({
    path: '/orders/:id',
    element: <OrderDetailsPage />,
    url: `/orders/${order.id}`,
    mocks: [
      mock({
        request: { query: OrderDetailsPageDocument, variables: { id: order.id } },
        result: { data: { order, mailCatcherUrl: null } },
        // "Reload" after a refusal asks again.
        maxUsageCount: 2,
      }),
      ...mocks,
    ],
  });
}

function editMock(
  input: EditOrderInput,
  answer: { order?: OrderDetailsFixture; adjustment?: AdjustmentFixture; errors?: ReturnType<typeof aUserError>[] },
) {
  const result = jest.fn(() => ({
    data: {
      editOrder: {
        __typename: 'EditOrderPayload' as const,
        order: answer.order ?? null,
        adjustment: answer.adjustment ?? null,
        creditNote: null,
        userErrors: answer.errors ?? [],
      },
    },
  }));
  return { result, mock: mock({ request: { query: EditOrderDocument, variables: { input } }, result }) };
}

function cancelMock(input: CancelOrderInput, answer: { order?: OrderDetailsFixture; adjustment?: AdjustmentFixture }) {
  const result = jest.fn(() => ({
    data: {
      cancelOrder: {
        __typename: 'CancelOrderPayload' as const,
        order: answer.order ?? null,
        adjustment: answer.adjustment ?? null,
        creditNote: null,
        userErrors: [],
      },
    },
  }));
  return { result, mock: mock({ request: { query: CancelOrderDocument, variables: { input } }, result }) };
}

const section = (name: string) => screen.getByRole('region', { name });

afterEach(() => {
  act(() => notifications.clean());
});

describe('Edit Order', () => {
  it('reviews the dry run of the edit, is refused while a payment is in progress, then saves with a reason', async () => {
    const order = anAcceptedOrder({ id: ID, availableActions: [...EDITABLE] });
    const change = { orderId: ID, expectedVersion: 3, quantities: [{ orderItemId: 'I1', quantity: 10 }] };
    const input = { ...change, removeItemIds: ['I2'], addItems: [], shippingCost: null };
    const invoiced = anAdjustment({
      totalAfter: money(12500),
      voidedInvoiceNumbers: ['DB-12'],
      creditNote: {
        __typename: 'CreditNotePreview',
        number: 'DB-CN-3',
        total: money(1800),
      },
      refunds: [{ __typename: 'RefundPreview', method: 'CARD', amount: money(1800) }],
      amountToInvoice: money(700),
    });
    const saved = anAcceptedOrder({
      id: ID,
      version: 4,
      availableActions: [...EDITABLE],
      items: [order.items[0]!].map((item) => ({ ...item, quantity: 10, lineTotal: money(12500) })),
      subtotal: money(12500),
      total: money(12500),
      events: [
        anOrderEvent(),
        anOrderEvent({
          id: 'E2',
          type: 'ORDER_EDITED',
          summary: 'Order edited: TEA-GRN-250 quantity 12 → 10',
          createdAt: hoursAgo(0),
        }),
      ],
    });
    const preview = editMock({ ...input, preview: true }, { order, adjustment: invoiced });
    const refused = editMock(
      { ...input, reason: 'Buyer called', preview: false },
      { errors: [aUserError('PAYMENT_IN_PROGRESS', '')] },
    );
    const save = editMock(
      { ...input, reason: 'Buyer called', preview: false },
      { order: saved, adjustment: { ...invoiced, committed: true } },
    );

    const { user } = renderDetails(order, [preview.mock, refused.mock, save.mock]);
    await user.click(await screen.findByRole('button', { name: 'Edit Order' }));
    const editor = section('Edit Order Items');
    const quantity = within(editor).getByRole('textbox', { name: 'Quantity of TEA-GRN-250' });

    // What cannot be a quantity is said at the field, without asking the API.
    await user.clear(quantity);
    await user.type(quantity, '1.5');
    await user.click(within(editor).getByRole('button', { name: 'Review changes' }));
    expect(quantity).toHaveAccessibleDescription(expect.stringContaining('whole number'));
    expect(preview.result).not.toHaveBeenCalled();

    await user.clear(quantity);
    await user.type(quantity, '10');
    await user.click(within(editor).getByRole('button', { name: 'Remove MUG-BLU-L' }));
    await user.click(within(editor).getByRole('button', { name: 'Review changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Review changes to Order #1042' });
    expect(preview.result).toHaveBeenCalledTimes(1);
    expect(within(dialog).getByTestId('adjustment-totals')).toHaveTextContent('Order total$219.00$125.00');
    expect(within(dialog).getByRole('table', { name: 'Lines changed' })).toHaveTextContent('12 → 10');
    expect(dialog).toHaveTextContent('Invoice DB-12 will be voided; you will issue a new one.');
    expect(dialog).toHaveTextContent('Credit note DB-CN-3 of $18.00 will be issued.');
    expect(dialog).toHaveTextContent("$18.00 will be refunded to the buyer's card.");
    expect(dialog).toHaveTextContent('$7.00 left to invoice: use Create Invoice.');

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Buyer called');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A card payment or refund of this order is in progress',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(save.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Order #1042 updated')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(section('Order Items')).queryByText('MUG-BLU-L')).not.toBeInTheDocument();
    expect(section('Timeline')).toHaveTextContent('Order edited: TEA-GRN-250 quantity 12 → 10');
  });

  it('shows STALE_ORDER from the dry run with a Reload, and "Cancel editing" leaves the editor', async () => {
    const order = anAcceptedOrder({ id: ID, availableActions: [...EDITABLE] });
    const stale = editMock(
      {
        orderId: ID,
        expectedVersion: 3,
        quantities: [],
        removeItemIds: [],
        addItems: [],
        shippingCost: 2500,
        preview: true,
      },
      { errors: [aUserError('STALE_ORDER', 'The order changed.')] },
    );
    const { user } = renderDetails(order, [stale.mock]);
    await user.click(await screen.findByRole('button', { name: 'Edit Order' }));
    const shipping = within(section('Edit Order Items')).getByRole('textbox', { name: 'Shipping cost' });
    await user.clear(shipping);
    await user.type(shipping, '25');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(await screen.findByText('This order changed since you opened it')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cancel editing' }));
    expect(screen.getByRole('region', { name: 'Order Items' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Edit Order Items' })).not.toBeInTheDocument();
  });
});

describe('Cancel Order', () => {
  it('asks for a reason and the shipped acknowledgement, shows the dry run, then cancels', async () => {
    const order = anAcceptedOrder({
      id: ID,
      availableActions: [...EDITABLE],
      shipment: aShipment(),
      invoice: anOrderInvoice(),
    });
    const input = {
      orderId: ID,
      expectedVersion: 3,
      reason: 'BUYER_REQUEST' as const,
      message: null,
      restock: true,
      acknowledgeShipped: true,
    };
    const consequences = anAdjustment({
      changes: ['Order cancelled'],
      totalAfter: money(0),
      voidedInvoiceNumbers: ['DB-1001'],
    });
    const cancelled = anAcceptedOrder({
      id: ID,
      version: 4,
      status: 'CANCELLED',
      paymentStatus: 'VOID',
      availableActions: [],
      shipment: aShipment(),
      invoice: null,
      cancelledAt: hoursAgo(0),
      cancellationReason: 'BUYER_REQUEST',
      restocked: true,
    });
    const preview = cancelMock({ ...input, preview: true }, { order, adjustment: consequences });
    const commit = cancelMock(
      { ...input, preview: false },
      { order: cancelled, adjustment: { ...consequences, committed: true } },
    );

    const { user } = renderDetails(order, [preview.mock, commit.mock]);
    await user.click(await screen.findByRole('button', { name: 'Cancel Order' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel Order #1042' });
    expect(within(dialog).getByRole('checkbox', { name: /Put items back in stock/ })).toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Review cancellation' }));
    expect(within(dialog).getByText('Choose a reason.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('This order was shipped: confirm you are cancelling it anyway.'),
    ).toBeInTheDocument();
    expect(preview.result).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('textbox', { name: /Reason/ }));
    await user.click(await screen.findByRole('option', { name: 'The buyer asked to cancel' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /I know this order was shipped/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Review cancellation' }));
    expect(await within(dialog).findByText('Invoice DB-1001 will be voided.')).toBeInTheDocument();
    expect(commit.result).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel Order' }));
    await waitFor(() => expect(commit.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Order #1042 cancelled')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel Order' })).not.toBeInTheDocument());
    expect(screen.getByTitle('Payment: Void')).toBeInTheDocument();
    expect(section('Order Information')).toHaveTextContent('Cancellation reasonThe buyer asked to cancel');
    expect(section('Order Information')).toHaveTextContent('Items put back in stock');
  });
});

describe('Credit notes & refunds', () => {
  it('lists credit notes and refunds; a failed card refund is retried, an owed terms refund recorded', async () => {
    const failed = aRefund({
      id: 'R1',
      status: 'FAILED',
      attempts: [
        {
          __typename: 'RefundAttempt',
          id: 'RA1',
          attempt: 1,
          status: 'FAILED',
          failureMessage: 'The charge was disputed.',
          stripeRefundId: null,
          createdAt: hoursAgo(1),
        },
      ],
    });
    const owed = aRefund({
      id: 'R2',
      method: 'TERMS',
      status: 'OWED',
      amount: money(500),
      creditNoteNumber: 'DB-CN-4',
      attempts: [],
    });
    const order = anAcceptedOrder({
      id: ID,
      availableActions: [...EDITABLE],
      creditNotes: [anOrderCreditNote(), anOrderCreditNote({ id: 'CN2', displayNumber: 'DB-CN-4', total: money(500) })],
      refunds: [failed, owed],
    });
    const retry = jest.fn(() => ({
      data: {
        retryRefund: {
          __typename: 'RefundPayload' as const,
          refund: { ...failed, status: 'PENDING' as const },
          userErrors: [],
        },
      },
    }));
    const record = jest.fn(() => ({
      data: {
        recordTermsRefund: {
          __typename: 'RefundPayload' as const,
          refund: {
            ...owed,
            status: 'SUCCEEDED' as const,
            termsMethod: 'CHECK' as const,
            reference: 'Check #77',
            refundedOn: '2025-11-20',
          },
          userErrors: [],
        },
      },
    }));
    const { user } = renderDetails(order, [
      mock({ request: { query: RetryRefundDocument, variables: { input: { refundId: 'R1' } } }, result: retry }),
      mock({
        request: {
          query: RecordTermsRefundDocument,
          // Today, whatever day the test runs.
          variables: (variables: Record<string, unknown>) =>
            JSON.stringify(variables).includes('"refundId":"R2","method":"CHECK","reference":"Check #77"'),
        },
        result: record,
      }),
    ]);

    const refunds = await screen.findByRole('region', { name: 'Credit notes & refunds' });
    const notes = within(refunds).getByRole('list', { name: 'Credit notes' });
    expect(within(notes).getByRole('link', { name: 'DB-CN-3' })).toHaveAttribute('href', '/credit-notes/CN1');
    expect(within(notes).getByRole('link', { name: 'Download credit note DB-CN-3 PDF' })).toHaveAttribute(
      'href',
      '/credit-notes/CN1/pdf',
    );
    expect(notes).toHaveTextContent('−$18.00');

    const card = within(refunds).getByRole('article', { name: 'Refund for DB-CN-3' });
    expect(card).toHaveTextContent('Failed');
    expect(within(card).getByRole('table', { name: 'Refund attempts' })).toHaveTextContent('The charge was disputed.');
    await user.click(within(card).getByRole('button', { name: 'Retry Refund' }));
    await waitFor(() => expect(retry).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(card).toHaveTextContent('Pending'));

    const terms = within(refunds).getByRole('article', { name: 'Refund for DB-CN-4' });
    expect(terms).toHaveTextContent('Owed to buyer');
    expect(within(terms).queryByRole('button', { name: 'Retry Refund' })).not.toBeInTheDocument();
    await user.click(within(terms).getByRole('button', { name: 'Record refund' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record refund for DB-CN-4' });
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));
    expect(within(dialog).getByText('Choose how you paid the buyer back.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: /Payment method/ }));
    await user.click(await screen.findByRole('option', { name: 'Check / money order' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Reference/ }), 'Check #77');
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));
    await waitFor(() => expect(record).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Refund recorded')).toBeInTheDocument();
    await waitFor(() => expect(terms).toHaveTextContent('Paid back Nov 20, 2025 by check / money order (Check #77)'));
  });
});

describe('Timeline notes', () => {
  it('adds an internal note, shown apart from what happened to the order', async () => {
    const order = anAcceptedOrder({ id: ID, availableActions: [...EDITABLE] });
    const noted = anAcceptedOrder({
      id: ID,
      version: 4,
      availableActions: [...EDITABLE],
      events: [
        anOrderEvent(),
        anOrderEvent({
          id: 'E2',
          type: 'NOTE_ADDED',
          summary: 'Buyer prefers a Tuesday delivery.',
          createdAt: hoursAgo(0),
          actor: { __typename: 'Actor', type: 'USER', name: 'Dana Whitfield' },
        }),
      ],
    });
    const add = jest.fn(() => ({
      data: { addOrderNote: { __typename: 'AddOrderNotePayload' as const, order: noted, userErrors: [] } },
    }));
    const { user } = renderDetails(order, [
      mock({
        request: {
          query: AddOrderNoteDocument,
          variables: { input: { orderId: ID, text: 'Buyer prefers a Tuesday delivery.' } },
        },
        result: add,
      }),
    ]);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await user.type(
      within(timeline).getByRole('textbox', { name: 'Internal note' }),
      ' Buyer prefers a Tuesday delivery. ',
    );
    await user.click(within(timeline).getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(await within(timeline).findByTestId('order-note')).toHaveTextContent('Buyer prefers a Tuesday delivery.');
    expect(within(timeline).getByText('Internal')).toBeInTheDocument();
    expect(within(timeline).getByRole('textbox', { name: 'Internal note' })).toHaveValue('');
  });
});
