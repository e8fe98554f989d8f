import { screen, waitFor, within } from '@testing-library/react';
import { RemoveOrderItemDocument, UpdateOrderItemQuantityDocument } from '../../graphql/graphql';
import { anOrder, anOrderItem, aUserError, money } from '../../test/fixtures';
import { mock } from '../../test/render';
import { ID, itemsSection, renderDetails, section } from './OrderReview.testSetup';

// Review steps on the items of a pending order: change a quantity, delete items.

const row = (sku: string) => {
  const cell = within(section('Order Items')).getByText(sku);
  const tr = cell.closest('tr');
  if (!tr) throw new Error(`no row for ${sku}`);
  return tr;
};

describe('Update quantities', () => {
  it('shows "Update" once the quantity differs, saves it, and the line total, subtotal and total follow', async () => {
    const updated = anOrder({
      id: ID,
      version: 4,
      items: [anOrderItem({ quantity: 14, lineTotal: money(17500) }), ...anOrder().items.slice(1)],
      subtotal: money(22900),
      total: money(24400),
    });
    const { user } = renderDetails(anOrder({ id: ID }), [
      mock({
        request: {
          query: UpdateOrderItemQuantityDocument,
          variables: { input: { orderItemId: 'I1', quantity: 14, expectedVersion: 3 } },
        },
        result: {
          data: {
            updateOrderItemQuantity: {
              __typename: 'UpdateOrderItemQuantityPayload',
              order: updated,
              orderItem: { __typename: 'OrderItem', id: 'I1', quantity: 14, lineTotal: money(17500) },
              userErrors: [],
            },
          },
        },
      }),
    ]);
    await itemsSection();
    const input = within(row('TEA-GRN-250')).getByRole('textbox', { name: 'Quantity of TEA-GRN-250' });
    expect(input).toHaveValue('12');
    expect(within(row('TEA-GRN-250')).queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();

    await user.clear(input);
    await user.type(input, '12');
    expect(within(row('TEA-GRN-250')).queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '14');
    await user.click(within(row('TEA-GRN-250')).getByRole('button', { name: 'Update' }));

    await waitFor(() => expect(row('TEA-GRN-250')).toHaveTextContent('$175.00'));
    expect(input).toHaveValue('14');
    expect(within(row('TEA-GRN-250')).queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
    const totals = within(section('Order Items')).getByRole('group', { name: 'Order totals' });
    expect(totals).toHaveTextContent('Subtotal$229.00');
    expect(totals).toHaveTextContent('Total$244.00');
  });

  it("refuses invalid quantities with the API's message next to the input", async () => {
    const message = 'Quantity must be a whole number of at least 1. To drop the item, delete it instead.';
    const { user } = renderDetails(anOrder({ id: ID }), [
      mock({
        request: {
          query: UpdateOrderItemQuantityDocument,
          variables: { input: { orderItemId: 'I1', quantity: 0, expectedVersion: 3 } },
        },
        result: {
          data: {
            updateOrderItemQuantity: {
              __typename: 'UpdateOrderItemQuantityPayload',
              order: null,
              orderItem: null,
              userErrors: [aUserError('INVALID_QUANTITY', message, ['input', 'quantity'])],
            },
          },
        },
      }),
      mock({
        request: {
          query: UpdateOrderItemQuantityDocument,
          variables: { input: { orderItemId: 'I1', quantity: 100001, expectedVersion: 3 } },
        },
        result: {
          data: {
            updateOrderItemQuantity: {
              __typename: 'UpdateOrderItemQuantityPayload',
              order: null,
              orderItem: null,
              userErrors: [aUserError('INVALID_QUANTITY', 'Quantity can be at most 100,000.', ['input', 'quantity'])],
            },
          },
        },
      }),
    ]);
    await itemsSection();
    const input = within(row('TEA-GRN-250')).getByRole('textbox', { name: 'Quantity of TEA-GRN-250' });

    await user.clear(input);
    await user.type(input, '0');
    await user.click(within(row('TEA-GRN-250')).getByRole('button', { name: 'Update' }));
    const error = await within(row('TEA-GRN-250')).findByRole('alert');
    expect(error).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleErrorMessage(message);

    // A fraction cannot be sent as an Int: the same words, without asking.
    await user.clear(input);
    await user.type(input, '1.5{Enter}');
    expect(within(row('TEA-GRN-250')).getByRole('alert')).toHaveTextContent(message);

    await user.clear(input);
    await user.type(input, '100001{Enter}');
    await waitFor(() =>
      expect(within(row('TEA-GRN-250')).getByRole('alert')).toHaveTextContent('Quantity can be at most 100,000.'),
    );
    // Nothing was saved.
    expect(row('TEA-GRN-250')).toHaveTextContent('$150.00');

    await user.type(input, '{Escape}');
    expect(input).toHaveValue('12');
    expect(within(row('TEA-GRN-250')).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Delete an item', () => {
  it('deletes the checked items after a confirmation', async () => {
    const afterDelete = anOrder({
      id: ID,
      version: 4,
      items: [anOrderItem()],
      subtotal: money(15000),
      total: money(16500),
    });
    const { user } = renderDetails(anOrder({ id: ID }), [
      mock({
        request: { query: RemoveOrderItemDocument, variables: { input: { orderItemId: 'I2', expectedVersion: 3 } } },
        result: {
          data: {
            removeOrderItem: {
              __typename: 'RemoveOrderItemPayload',
              order: afterDelete,
              removedOrderItemId: 'I2',
              userErrors: [],
            },
          },
        },
      }),
    ]);
    const items = await itemsSection();
    await user.click(within(items).getByRole('checkbox', { name: 'Select MUG-BLU-L' }));
    await user.click(within(items).getByRole('button', { name: 'Delete selected items' }));
    const modal = await screen.findByRole('dialog', { name: 'Delete items' });
    expect(within(modal).getByRole('list', { name: 'Items to delete' })).toHaveTextContent('MUG-BLU-L');
    await user.click(within(modal).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(within(section('Order Items')).queryByText('MUG-BLU-L')).not.toBeInTheDocument());
    expect(within(section('Order Items')).getByRole('group', { name: 'Order totals' })).toHaveTextContent(
      'Total$165.00',
    );
    expect(await screen.findByText('Item deleted')).toBeInTheDocument();
  });

  it('shows a LAST_ITEM refusal from the API in the confirmation', async () => {
    const { user } = renderDetails(anOrder({ id: ID }), [
      mock({
        request: { query: RemoveOrderItemDocument, variables: { input: { orderItemId: 'I2', expectedVersion: 3 } } },
        result: {
          data: {
            removeOrderItem: {
              __typename: 'RemoveOrderItemPayload',
              order: null,
              removedOrderItemId: null,
              userErrors: [
                aUserError('LAST_ITEM', 'An order needs at least one item. To cancel the whole order, reject it.', [
                  'input',
                  'orderItemId',
                ]),
              ],
            },
          },
        },
      }),
    ]);
    const items = await itemsSection();
    await user.click(within(items).getByRole('checkbox', { name: 'Select MUG-BLU-L' }));
    await user.click(within(items).getByRole('button', { name: 'Delete selected items' }));
    const modal = await screen.findByRole('dialog', { name: 'Delete items' });
    await user.click(within(modal).getByRole('button', { name: 'Delete' }));
    expect(await within(modal).findByRole('alert')).toHaveTextContent(
      'An order needs at least one item. To cancel the whole order, reject it.',
    );
    expect(within(section('Order Items')).getByText('MUG-BLU-L')).toBeInTheDocument();
  });

  it('refuses to delete every item before asking the API, and offers to reject instead', async () => {
    const { user } = renderDetails(anOrder({ id: ID }));
    const items = await itemsSection();
    await user.click(within(items).getByRole('checkbox', { name: 'Select all items' }));
    await user.click(within(items).getByRole('button', { name: 'Delete selected items' }));
    const modal = await screen.findByRole('dialog', { name: 'Delete items' });
    expect(within(modal).getByRole('alert')).toHaveTextContent('An order needs at least one item');
    expect(within(modal).getByRole('button', { name: 'Delete' })).toBeDisabled();

    await user.click(within(modal).getByRole('button', { name: 'Reject the order' }));
    expect(await screen.findByRole('dialog', { name: 'Reject Order #1042' })).toBeInTheDocument();
  });
});
