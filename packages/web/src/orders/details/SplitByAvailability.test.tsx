import { screen, waitFor, within } from '@testing-library/react';
import { OrderDetailsPageDocument, ProposeAvailabilitySplitDocument, SplitOrderDocument } from '../../graphql/graphql';
import { anOrder, anOrderItem, aUserError, money } from '../../test/fixtures';
import { mock, renderRoute, type Mock } from '../../test/render';
import { OrderDetailsPage } from './OrderDetailsPage';

// Split by availability on the Order Details screen: the proposal pre-fills the Split dialog with the
// short quantities, the seller may change them, and confirms.

const ID = 'O1042';
// The default order: TEA-GRN-250 (12 ordered, 40 in stock) and MUG-BLU-L (6 ordered, 2 in stock).
const order = anOrder({ id: ID });
const mug = order.items[1]!;

const proposal = (
  lines: { quantity: number; stockOnHand: number }[] | null,
  userErrors = [] as ReturnType<typeof aUserError>[],
) =>
  mock({
    request: { query: ProposeAvailabilitySplitDocument, variables: { orderId: ID } },
    result: {
      data: {
        proposeAvailabilitySplit: {
          __typename: 'ProposeAvailabilitySplitPayload' as const,
          proposal: lines && {
            __typename: 'AvailabilitySplitProposal' as const,
            lines: lines.map((line) => ({
              __typename: 'AvailabilitySplitLine' as const,
              orderItem: {
                __typename: 'OrderItem' as const,
                id: mug.id,
                sku: mug.sku,
                productName: mug.productName,
                variantName: mug.variantName,
                quantity: mug.quantity,
                lineTotal: mug.lineTotal,
              },
              ...line,
            })),
          },
          userErrors,
        },
      },
    },
  });

function renderDetails(mocks: Mock[]) {
  return renderRoute({
    path: '/orders/:id',
    element: <OrderDetailsPage />,
    url: `/orders/${ID}`,
    mocks: [
      mock({
        request: { query: OrderDetailsPageDocument, variables: { id: ID } },
        result: { data: { order, mailCatcherUrl: null } },
      }),
      ...mocks,
    ],
  });
}

describe('Split by availability', () => {
  it('pre-fills the Split dialog with the short quantities and splits what the seller confirms', async () => {
    const newOrder = anOrder({
      id: 'O1043',
      number: 1043,
      version: 1,
      items: [anOrderItem({ ...mug, id: 'I9', quantity: 3, lineTotal: money(2700) })],
      subtotal: money(2700),
      total: money(2700),
      shipping: money(0),
      parentOrder: { __typename: 'Order', id: ID, number: 1042 },
    });
    const afterSplit = anOrder({
      id: ID,
      version: 4,
      items: [order.items[0]!, anOrderItem({ ...mug, quantity: 3, lineTotal: money(2700) })],
      subtotal: money(17700),
      total: money(19200),
    });
    const split = jest.fn(() => ({
      data: { splitOrder: { __typename: 'SplitOrderPayload' as const, order: afterSplit, newOrder, userErrors: [] } },
    }));
    const { user } = renderDetails([
      proposal([{ quantity: 4, stockOnHand: 2 }]),
      mock({
        request: {
          query: SplitOrderDocument,
          variables: { input: { orderId: ID, lines: [{ orderItemId: mug.id, quantity: 3 }], expectedVersion: 3 } },
        },
        result: split,
      }),
    ]);

    const items = await screen.findByRole('region', { name: 'Order Items' });
    await user.click(within(items).getByRole('button', { name: 'Split by availability' }));
    const modal = await screen.findByRole('dialog', { name: 'Split from Order' });
    const units = await within(modal).findByRole('textbox', { name: 'Units of MUG-BLU-L to move' });
    expect(units).toHaveValue('4');
    const listed = within(within(modal).getByRole('list', { name: 'Items to split' })).getAllByRole('listitem');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toHaveTextContent('of 6, 2 in stock');

    // The seller ships one more now than proposed.
    await user.clear(units);
    await user.type(units, '3');
    await user.click(within(modal).getByRole('button', { name: 'Split' }));
    await waitFor(() => expect(split).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Order #1043 created')).toBeInTheDocument();
  });

  it('says so when stock covers every line, and splits nothing', async () => {
    const { user } = renderDetails([
      proposal(null, [aUserError('NOTHING_SHORT', 'Stock on hand covers every line of order #1042.', ['orderId'])]),
    ]);
    const items = await screen.findByRole('region', { name: 'Order Items' });
    await user.click(within(items).getByRole('button', { name: 'Split by availability' }));
    const modal = await screen.findByRole('dialog', { name: 'Split from Order' });
    expect(await within(modal).findByRole('alert')).toHaveTextContent(
      'Stock on hand covers every line of order #1042.',
    );
    expect(within(modal).getByRole('button', { name: 'Split' })).toBeDisabled();
  });
});
