import { screen, waitFor, within } from '@testing-library/react';
import { EditOrderDocument, type EditOrderInput } from '../../graphql/graphql';
import {
  anAcceptedOrder,
  anAdjustment,
  anOrderEvent,
  aUserError,
  hoursAgo,
  money,
  type AdjustmentFixture,
  type OrderDetailsFixture,
} from '../../test/fixtures';
import { mock } from '../../test/render';
import { EDITABLE, ID, renderDetails, section } from './OrderAdjustments.testSetup';

// Edit Order after acceptance: a dry run of the change to review, then save.

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
