import { screen, waitFor, within } from '@testing-library/react';
import { SplitOrderDocument } from '../../graphql/graphql';
import { anOrder, anOrderItem, aUserError, money } from '../../test/fixtures';
import { currentUrl, mock } from '../../test/render';
import { detailsMock, ID, itemsSection, renderDetails, section } from './OrderReview.testSetup';

// Review step: move some items to a new pending order (Split from Order).

const THREE_ITEMS = [
  anOrderItem(),
  anOrderItem({
    id: 'I2',
    sku: 'MUG-BLU-L',
    productName: 'Stoneware Mug',
    variantName: 'Large / Blue',
    unitPrice: money(900),
    quantity: 6,
    lineTotal: money(5400),
    stockOnHand: 2,
  }),
  anOrderItem({
    id: 'I3',
    sku: 'SPN-OAK',
    productName: 'Oak Spoon',
    variantName: null,
    unitPrice: money(400),
    quantity: 10,
    lineTotal: money(4000),
  }),
];

describe('Split from Order', () => {
  it('confirms the checked items in a modal, splits them with the version shown, and links to the new order', async () => {
    const order = anOrder({ id: ID, items: THREE_ITEMS, subtotal: money(24400), total: money(25900) });
    const afterSplit = anOrder({
      id: ID,
      version: 4,
      items: [THREE_ITEMS[0] ?? anOrderItem()],
      subtotal: money(15000),
      total: money(16500),
      splitOrders: [{ __typename: 'Order', id: 'O1043', number: 1043 }],
    });
    const newOrder = anOrder({
      id: 'O1043',
      number: 1043,
      version: 1,
      items: THREE_ITEMS.slice(1),
      subtotal: money(9400),
      total: money(9400),
      shipping: money(0),
      parentOrder: { __typename: 'Order', id: ID, number: 1042 },
    });
    const split = jest.fn(() => ({
      data: {
        splitOrder: { __typename: 'SplitOrderPayload' as const, order: afterSplit, newOrder, userErrors: [] },
      },
    }));
    const { user, router } = renderDetails(order, [
      mock({
        request: {
          query: SplitOrderDocument,
          variables: {
            input: {
              orderId: ID,
              lines: [
                { orderItemId: 'I2', quantity: 6 },
                { orderItemId: 'I3', quantity: 10 },
              ],
              expectedVersion: 3,
            },
          },
        },
        result: split,
      }),
      detailsMock(newOrder),
    ]);

    const items = await itemsSection();
    expect(within(items).queryByRole('button', { name: 'Split from Order' })).not.toBeInTheDocument();
    await user.click(within(items).getByRole('checkbox', { name: 'Select MUG-BLU-L' }));
    await user.click(within(items).getByRole('checkbox', { name: 'Select SPN-OAK' }));
    await user.click(within(items).getByRole('button', { name: 'Split from Order' }));

    const modal = await screen.findByRole('dialog', { name: 'Split from Order' });
    const listed = within(within(modal).getByRole('list', { name: 'Items to split' })).getAllByRole('listitem');
    expect(listed.map((item) => item.textContent)).toEqual([
      expect.stringContaining('MUG-BLU-L'),
      expect.stringContaining('SPN-OAK'),
    ]);
    expect(modal).toHaveTextContent('These 2 items move from Order #1042 to a new pending order');

    await user.click(within(modal).getByRole('button', { name: 'Split' }));
    await waitFor(() => expect(split).toHaveBeenCalledTimes(1));

    const link = await screen.findByRole('link', { name: 'View Order #1043' });
    expect(screen.getByText('Order #1043 created')).toBeInTheDocument();
    expect(link).toHaveAttribute('href', '/orders/O1043');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Split from Order' })).not.toBeInTheDocument());
    // The original order now holds the remaining item, with its totals recomputed.
    expect(within(section('Order Items')).getAllByRole('row')).toHaveLength(2);
    expect(within(section('Order Items')).getByRole('group', { name: 'Order totals' })).toHaveTextContent(
      'Total$165.00',
    );
    expect(section('Order Information')).toHaveTextContent('Order #1043');

    await user.click(link);
    expect(currentUrl(router)).toBe('/orders/O1043');
    expect(await screen.findByRole('heading', { level: 1, name: 'Order #1043' })).toBeInTheDocument();
    expect(within(section('Order Items')).getByText('MUG-BLU-L')).toBeInTheDocument();
    expect(within(section('Order Items')).queryByText('TEA-GRN-250')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Order #1043 created')).not.toBeInTheDocument());
  });

  it("shows the API's refusal in the modal", async () => {
    const { user } = renderDetails(anOrder({ id: ID }), [
      mock({
        request: {
          query: SplitOrderDocument,
          variables: {
            input: {
              orderId: ID,
              lines: [
                { orderItemId: 'I1', quantity: 12 },
                { orderItemId: 'I2', quantity: 6 },
              ],
              expectedVersion: 3,
            },
          },
        },
        result: {
          data: {
            splitOrder: {
              __typename: 'SplitOrderPayload',
              order: null,
              newOrder: null,
              userErrors: [
                aUserError(
                  'SPLIT_ALL_ITEMS',
                  'Leave at least one item on this order: you cannot split all of its items.',
                  ['input', 'lines'],
                ),
              ],
            },
          },
        },
      }),
    ]);
    const items = await itemsSection();
    await user.click(within(items).getByRole('checkbox', { name: 'Select all items' }));
    await user.click(within(items).getByRole('button', { name: 'Split from Order' }));
    const modal = await screen.findByRole('dialog', { name: 'Split from Order' });
    await user.click(within(modal).getByRole('button', { name: 'Split' }));
    expect(await within(modal).findByRole('alert')).toHaveTextContent(
      'Leave at least one item on this order: you cannot split all of its items.',
    );
    expect(modal).toBeInTheDocument();
  });
});
