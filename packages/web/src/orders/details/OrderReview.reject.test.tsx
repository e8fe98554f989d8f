import { screen, waitFor, within } from '@testing-library/react';
import { RejectOrderDocument } from '../../graphql/graphql';
import { anOrder, anOrderEvent, hoursAgo } from '../../test/fixtures';
import { mock } from '../../test/render';
import { ID, renderDetails, section } from './OrderReview.testSetup';

// Review step: Reject, with a reason the buyer is told.

describe('Reject', () => {
  it('needs a reason, and a message for "Other"; then rejects and the buyer is told', async () => {
    const rejected = anOrder({
      id: ID,
      version: 4,
      status: 'REJECTED',
      rejectedAt: hoursAgo(0),
      rejectionReason: 'OTHER',
      rejectionMessage: 'We are closing for the season.',
      availableActions: [],
      events: [
        anOrderEvent(),
        anOrderEvent({
          id: 'E2',
          type: 'ORDER_REJECTED',
          summary: 'Order rejected: other reason. The buyer will be emailed.',
          createdAt: hoursAgo(0),
        }),
      ],
    });
    const reject = jest.fn(() => ({
      data: { rejectOrder: { __typename: 'RejectOrderPayload' as const, order: rejected, userErrors: [] } },
    }));
    const { user } = renderDetails(anOrder({ id: ID }), [
      mock({
        request: {
          query: RejectOrderDocument,
          variables: {
            input: { orderId: ID, reason: 'OTHER', message: 'We are closing for the season.', expectedVersion: 3 },
          },
        },
        result: reject,
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject Order #1042' });
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Inventory depleted', 'Buyer is outside my territory', 'Other']);

    await user.click(within(dialog).getByRole('button', { name: 'Reject order' }));
    expect(within(dialog).getByText('Choose a reason.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Other' }));
    const message = within(dialog).getByRole('textbox', { name: /Message to the buyer/ });
    expect(message).toBeRequired();
    await user.click(within(dialog).getByRole('button', { name: 'Reject order' }));
    expect(message).toHaveAccessibleDescription(
      expect.stringContaining('Tell the buyer why: a message is required for "Other".'),
    );
    expect(reject).not.toHaveBeenCalled();

    await user.type(message, '  We are closing for the season. ');
    await user.click(within(dialog).getByRole('button', { name: 'Reject order' }));
    await waitFor(() => expect(reject).toHaveBeenCalledTimes(1));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(section('Order Information')).toHaveTextContent('Rejection reasonOther');
    expect(section('Order Information')).toHaveTextContent('We are closing for the season.');
    expect(section('Timeline')).toHaveTextContent('Order rejected: other reason.');
    expect(await screen.findByText('Order #1042 rejected')).toBeInTheDocument();
  });
});
