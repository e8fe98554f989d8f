import { screen, within } from '@testing-library/react';
import { AcceptOrdersDocument } from '../../graphql/graphql';
import { anOrderRow } from '../../test/fixtures';
import { mock, renderRoute } from '../../test/render';
import { BulkAcceptDialog, type SelectedOrder } from './BulkAcceptDialog';

const SELECTED: SelectedOrder[] = [
  { id: 'O1', number: 1001, version: 1 },
  { id: 'O2', number: 1002, version: 4 },
  { id: 'O3', number: 1003, version: 2 },
  { id: 'O4', number: 1004, version: 1 },
];

const VARIABLES = {
  input: {
    orders: SELECTED.map((order) => ({ orderId: order.id, expectedVersion: order.version })),
  },
};

function renderDialog(result: Record<string, unknown>, onDone = jest.fn()) {
  const rendered = renderRoute({
    path: '/orders',
    url: '/orders',
    element: <BulkAcceptDialog opened selected={SELECTED} onClose={jest.fn()} onDone={onDone} />,
    mocks: [mock({ request: { query: AcceptOrdersDocument, variables: VARIABLES }, result: { data: result } })],
  });
  return { ...rendered, onDone };
}

describe('BulkAcceptDialog', () => {
  it('asks once, then lists accepted orders, those needing a customer decision (linked) and failures', async () => {
    const { user, onDone, router } = renderDialog({
      acceptOrders: {
        __typename: 'AcceptOrdersPayload',
        accepted: [
          anOrderRow({ id: 'O1', number: 1001, status: 'ACCEPTED' }),
          anOrderRow({ id: 'O2', number: 1002, status: 'ACCEPTED' }),
        ],
        needsCustomer: [{ __typename: 'Order', id: 'O3', number: 1003, buyerName: 'New Buyer Ltd' }],
        failed: [
          {
            __typename: 'AcceptOrdersFailure',
            orderId: 'O4',
            order: { __typename: 'Order', id: 'O4', number: 1004 },
            code: 'STALE_ORDER',
            message: 'The order changed since you opened it.',
          },
        ],
        userErrors: [],
      },
    });

    const confirm = await screen.findByRole('dialog', { name: 'Accept 4 orders?' });
    expect(confirm).toHaveTextContent('#1001, #1002, #1003, #1004 will be accepted.');
    await user.click(within(confirm).getByRole('button', { name: 'Accept 4 orders' }));

    const result = await screen.findByRole('dialog', { name: 'Accept selected orders: result' });
    expect(within(result).getByRole('heading', { name: 'Accepted: 2' })).toBeInTheDocument();
    expect(result).toHaveTextContent('#1001, #1002');
    expect(within(result).getByRole('heading', { name: 'Needs a customer decision: 1' })).toBeInTheDocument();
    expect(within(result).getByRole('heading', { name: 'Not accepted: 1' })).toBeInTheDocument();
    expect(result).toHaveTextContent('Order #1004: The order changed since you opened it.');
    expect(onDone).toHaveBeenCalledTimes(1);

    await user.click(within(result).getByRole('link', { name: 'Order #1003' }));
    expect(router.state.location.pathname).toBe('/orders/O3');
  });

  it('shows an input-level refusal and accepts nothing', async () => {
    const { user, onDone } = renderDialog({
      acceptOrders: {
        __typename: 'AcceptOrdersPayload',
        accepted: [],
        needsCustomer: [],
        failed: [],
        userErrors: [
          {
            __typename: 'UserError',
            code: 'TOO_MANY_ORDERS',
            field: ['orders'],
            message: 'Select at most 100 orders.',
          },
        ],
      },
    });
    const confirm = await screen.findByRole('dialog', { name: 'Accept 4 orders?' });
    await user.click(within(confirm).getByRole('button', { name: 'Accept 4 orders' }));
    expect(await within(confirm).findByText('Select at most 100 orders.')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
