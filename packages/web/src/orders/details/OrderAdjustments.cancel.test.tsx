import { screen, waitFor, within } from '@testing-library/react';
import { CancelOrderDocument, type CancelOrderInput } from '../../graphql/graphql';
import {
  anAcceptedOrder,
  anAdjustment,
  anOrderInvoice,
  aShipment,
  hoursAgo,
  money,
  type AdjustmentFixture,
  type OrderDetailsFixture,
} from '../../test/fixtures';
import { mock } from '../../test/render';
import { EDITABLE, ID, renderDetails, section } from './OrderAdjustments.testSetup';

// Cancel Order after acceptance: a dry run of the consequences to review, then cancel.

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
