import { screen, waitFor, within } from '@testing-library/react';
import { AddOrderNoteDocument } from '../../graphql/graphql';
import { anAcceptedOrder, anOrderEvent, hoursAgo } from '../../test/fixtures';
import { mock } from '../../test/render';
import { EDITABLE, ID, renderDetails } from './OrderAdjustments.testSetup';

// Internal notes on an accepted order's timeline.

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
