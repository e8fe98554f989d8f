import { act, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import {
  AcceptOrderCustomerDialogDocument,
  AcceptOrderDocument,
  CustomerPickerDocument,
  OrderDetailsOrderChangedDocument,
  OrderDetailsPageDocument,
  RejectOrderDocument,
  RemoveOrderItemDocument,
  SplitOrderDocument,
  UpdateOrderItemQuantityDocument,
  type AcceptOrderMutationVariables,
} from '../../graphql/graphql';
import {
  aCustomer,
  anOrder,
  anOrderEvent,
  anOrderItem,
  aUserError,
  hoursAgo,
  money,
  type CustomerFixture,
  type OrderDetailsFixture,
} from '../../test/fixtures';
import { currentUrl, mock, renderRoute, type Mock } from '../../test/render';
import { OrderDetailsPage } from './OrderDetailsPage';

// The article's "Things To Do Before Approving / Accepting An Order" on the Order Details screen:
// each review step against mocked API answers (Arrange: order + answers; Act: what the seller
// clicks; Assert: what the screen says and what was sent).

const ID = 'O1042';

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

function detailsMock(order: OrderDetailsFixture | null, options: { id?: string; mailCatcherUrl?: string | null } = {}) {
  return mock({
    request: { query: OrderDetailsPageDocument, variables: { id: options.id ?? order?.id ?? ID } },
    result: { data: { order, mailCatcherUrl: options.mailCatcherUrl ?? null } },
  });
}

function renderDetails(
  order: OrderDetailsFixture,
  mocks: Mock[] = [],
  options: { mailCatcherUrl?: string | null } = {},
) {
  return renderRoute({
    path: '/orders/:id',
    element: <OrderDetailsPage />,
    url: `/orders/${order.id}`,
    mocks: [detailsMock(order, options), ...mocks],
  });
}

const section = (name: string) => screen.getByRole('region', { name });
const itemsSection = () => screen.findByRole('region', { name: 'Order Items' });
const row = (sku: string) => {
  const cell = within(section('Order Items')).getByText(sku);
  const tr = cell.closest('tr');
  if (!tr) throw new Error(`no row for ${sku}`);
  return tr;
};

afterEach(() => {
  act(() => notifications.clean());
});

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

function acceptMock(variables: AcceptOrderMutationVariables, answer: 'CUSTOMER_REQUIRED' | OrderDetailsFixture): Mock {
  return mock({
    request: { query: AcceptOrderDocument, variables },
    result: {
      data: {
        acceptOrder:
          answer === 'CUSTOMER_REQUIRED'
            ? {
                __typename: 'AcceptOrderPayload',
                order: null,
                customer: null,
                userErrors: [
                  aUserError(
                    'CUSTOMER_REQUIRED',
                    'Acme Goods Co. is not your customer yet: create a new customer or associate the buyer with an existing one.',
                    ['input', 'customer'],
                  ),
                ],
              }
            : {
                __typename: 'AcceptOrderPayload',
                order: answer,
                customer: {
                  __typename: 'Customer',
                  id: answer.customer?.id ?? 'C9',
                  name: answer.customer?.name ?? '',
                  email: 'ada@acme.test',
                  paymentTermsDays: 30,
                  paymentTermsLabel: answer.customer?.paymentTermsLabel ?? 'Net 30',
                },
                userErrors: [],
              },
      },
    },
  });
}

function dialogMock(suggestions: CustomerFixture[]): Mock {
  return mock({
    request: { query: AcceptOrderCustomerDialogDocument, variables: { orderId: ID } },
    result: {
      data: {
        order: {
          __typename: 'Order',
          id: ID,
          buyer: {
            __typename: 'Buyer',
            id: 'B1',
            companyName: 'Acme Goods Co.',
            contactName: 'Ada Buyer',
            email: 'ada@acme.test',
          },
          customerSuggestions: suggestions,
        },
      },
    },
  });
}

function accepted(customer: { id: string; name: string }): OrderDetailsFixture {
  return anOrder({
    id: ID,
    version: 4,
    status: 'ACCEPTED',
    acceptedAt: hoursAgo(0),
    availableActions: [],
    customer: { __typename: 'Customer', ...customer, paymentTermsLabel: 'Net 30' },
    events: [
      anOrderEvent(),
      anOrderEvent({
        id: 'E2',
        type: 'ORDER_ACCEPTED',
        summary: 'Order accepted',
        createdAt: hoursAgo(0),
        actor: { __typename: 'Actor', type: 'USER', name: 'Olivia Owner' },
      }),
    ],
  });
}

async function expectAccepted() {
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument());
  expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
  expect(section('Order Information')).toHaveTextContent('Accepted');
  expect(within(section('Order Items')).queryByRole('checkbox')).not.toBeInTheDocument();
  expect(within(section('Order Items')).queryByRole('textbox')).not.toBeInTheDocument();
  expect(section('Timeline')).toHaveTextContent('Order accepted');
}

describe('Accept', () => {
  it('accepts the order of a known customer at once', async () => {
    const { user } = renderDetails(
      anOrder({
        id: ID,
        customer: { __typename: 'Customer', id: 'C1', name: 'Acme Goods', paymentTermsLabel: 'Net 30' },
      }),
      [acceptMock({ input: { orderId: ID, expectedVersion: 3 } }, accepted({ id: 'C1', name: 'Acme Goods' }))],
    );
    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    await expectAccepted();
    expect(screen.getByText('Order #1042 accepted')).toBeInTheDocument();
    expect(screen.getByText('Linked to your customer Acme Goods. It can now be invoiced.')).toBeInTheDocument();
  });

  it('asks an ungated seller for a customer (CUSTOMER_REQUIRED) and creates one from the buyer', async () => {
    const { user } = renderDetails(anOrder({ id: ID }), [
      acceptMock({ input: { orderId: ID, expectedVersion: 3 } }, 'CUSTOMER_REQUIRED'),
      dialogMock([]),
      acceptMock(
        {
          input: {
            orderId: ID,
            expectedVersion: 3,
            customer: { createNew: { name: 'Acme Goods Company', email: 'ap@acme.test', paymentTermsDays: 45 } },
          },
        },
        accepted({ id: 'C9', name: 'Acme Goods Company' }),
      ),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Accept' }));

    const dialog = await screen.findByRole('dialog', { name: 'Accept Order #1042' });
    expect(await within(dialog).findByText('Acme Goods Co.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /Create a new customer/ })).toBeChecked();
    // Prefilled from the buyer, Net 30; all editable.
    const name = within(dialog).getByRole('textbox', { name: 'Customer name' });
    const email = within(dialog).getByRole('textbox', { name: 'Invoice email' });
    const terms = within(dialog).getByRole('textbox', { name: 'Payment terms (days)' });
    expect(name).toHaveValue('Acme Goods Co.');
    expect(email).toHaveValue('ada@acme.test');
    expect(terms).toHaveValue('30');
    await user.clear(name);
    await user.type(name, 'Acme Goods Company');
    await user.clear(email);
    await user.type(email, 'ap@acme.test');
    await user.clear(terms);
    await user.type(terms, '45');

    await user.click(within(dialog).getByRole('button', { name: 'Accept order' }));
    await expectAccepted();
    expect(section('Order Information')).toHaveTextContent('Acme Goods CompanyNet 30');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows an invalid new customer next to its field', async () => {
    const { user } = renderDetails(anOrder({ id: ID }), [
      acceptMock({ input: { orderId: ID, expectedVersion: 3 } }, 'CUSTOMER_REQUIRED'),
      dialogMock([]),
      mock({
        request: {
          query: AcceptOrderDocument,
          variables: {
            input: {
              orderId: ID,
              expectedVersion: 3,
              customer: { createNew: { name: 'Acme Goods Co.', email: 'nope', paymentTermsDays: 30 } },
            },
          },
        },
        result: {
          data: {
            acceptOrder: {
              __typename: 'AcceptOrderPayload',
              order: null,
              customer: null,
              userErrors: [
                aUserError('INVALID_CUSTOMER', 'Enter a valid email address.', [
                  'input',
                  'customer',
                  'createNew',
                  'email',
                ]),
              ],
            },
          },
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept Order #1042' });
    const email = await within(dialog).findByRole('textbox', { name: 'Invoice email' });
    await user.clear(email);
    await user.type(email, 'nope');
    await user.click(within(dialog).getByRole('button', { name: 'Accept order' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter a valid email address.'));
    expect(screen.getByRole('button', { name: 'Accept' })).toBeInTheDocument();
  });

  it('associates the buyer with an existing customer: a likely match, or one found by searching', async () => {
    const tradeShow = aCustomer();
    const other = aCustomer({
      id: 'C2',
      name: 'Acme Outlet',
      email: 'buying@acme-outlet.test',
      paymentTermsLabel: 'Net 15',
    });
    const { user } = renderDetails(anOrder({ id: ID }), [
      acceptMock({ input: { orderId: ID, expectedVersion: 3 } }, 'CUSTOMER_REQUIRED'),
      dialogMock([tradeShow]),
      mock({
        request: { query: CustomerPickerDocument, variables: { search: null, first: 20 } },
        result: {
          data: {
            customersConnection: {
              __typename: 'CustomerConnection' as const,
              edges: [other, tradeShow].map((node) => ({ __typename: 'CustomerEdge' as const, node })),
            },
          },
        },
        maxUsageCount: 5,
      }),
      mock({
        request: {
          query: AcceptOrderDocument,
          variables: { input: { orderId: ID, expectedVersion: 3, customer: { existingCustomerId: 'C2' } } },
        },
        result: {
          data: {
            acceptOrder: {
              __typename: 'AcceptOrderPayload',
              order: null,
              customer: null,
              userErrors: [
                aUserError(
                  'CUSTOMER_LINKED_TO_OTHER_BUYER',
                  'Acme Outlet is already linked to another buyer account.',
                  ['input', 'customer', 'existingCustomerId'],
                ),
              ],
            },
          },
        },
      }),
      acceptMock(
        { input: { orderId: ID, expectedVersion: 3, customer: { existingCustomerId: 'C1' } } },
        accepted({ id: 'C1', name: tradeShow.name }),
      ),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept Order #1042' });

    // Likely matches exist: associating is offered first, with the suggestions listed.
    const associate = await within(dialog).findByRole('radio', { name: /Associate with an existing customer/ });
    expect(associate).toBeChecked();
    const matches = within(dialog).getByRole('radiogroup', { name: /Likely matches/ });
    expect(matches).toHaveTextContent('Acme Goods Co. (trade show account)accounts@acme.test · Net 30');

    // Picking from the search first: the API refuses it, next to the picker.
    const picker = within(dialog).getByRole('textbox', { name: 'Search all customers' });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: /Acme Outlet/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Accept order' }));
    expect(
      await within(dialog).findByText('Acme Outlet is already linked to another buyer account.'),
    ).toBeInTheDocument();

    await user.click(within(matches).getByRole('radio', { name: /Acme Goods Co\. \(trade show account\)/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Accept order' }));
    await expectAccepted();
    expect(section('Order Information')).toHaveTextContent('Acme Goods Co. (trade show account)Net 30');
  });

  it('asks to reload when the order changed since it was opened (STALE_ORDER)', async () => {
    const changed = anOrder({ id: ID, version: 5, items: [anOrderItem({ quantity: 20, lineTotal: money(25000) })] });
    const { user } = renderDetails(anOrder({ id: ID }), [
      mock({
        request: { query: AcceptOrderDocument, variables: { input: { orderId: ID, expectedVersion: 3 } } },
        result: {
          data: {
            acceptOrder: {
              __typename: 'AcceptOrderPayload',
              order: null,
              customer: null,
              userErrors: [aUserError('STALE_ORDER', 'The order changed since you loaded it (version 5, you sent 3).')],
            },
          },
        },
      }),
      detailsMock(changed),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Accept' }));

    const prompt = await screen.findByRole('alert');
    expect(prompt).toHaveTextContent('This order changed since you opened it');
    await user.click(within(prompt).getByRole('button', { name: 'Reload' }));

    await waitFor(() => expect(screen.queryByText('This order changed since you opened it')).not.toBeInTheDocument());
    expect(within(section('Order Items')).getByRole('textbox', { name: 'Quantity of TEA-GRN-250' })).toHaveValue('20');
    expect(within(section('Order Items')).queryByText('MUG-BLU-L')).not.toBeInTheDocument();
  });
});

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

describe('Timeline and live updates', () => {
  const emailed = anOrder({
    id: ID,
    status: 'REJECTED',
    availableActions: [],
    events: [
      anOrderEvent(),
      anOrderEvent({
        id: 'E3',
        type: 'EMAIL_SENT',
        summary: 'Rejection email sent to ada@acme.test',
        data: { messageId: '<e-1@order-desk.local>', to: 'ada@acme.test', subject: 'Your order #1042' },
        createdAt: hoursAgo(0),
        actor: { __typename: 'Actor', type: 'SYSTEM', name: 'Order Desk' },
      }),
    ],
  });

  it('links sent emails to the mail catcher when the server has one', async () => {
    renderDetails(emailed, [], { mailCatcherUrl: '/dev/mail' });
    const link = await within(await screen.findByRole('region', { name: 'Timeline' })).findByRole('link', {
      name: 'View email',
    });
    expect(link).toHaveAttribute('href', '/dev/mail?messageId=%3Ce-1%40order-desk.local%3E');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('has no email link in production (no mail catcher)', async () => {
    renderDetails(emailed);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(timeline).toHaveTextContent('Rejection email sent to ada@acme.test');
    expect(within(timeline).queryByRole('link', { name: 'View email' })).not.toBeInTheDocument();
  });

  it('shows changes made elsewhere as they happen', async () => {
    const acceptedElsewhere = accepted({ id: 'C1', name: 'Acme Goods' });
    renderDetails(anOrder({ id: ID }), [
      mock({
        request: { query: OrderDetailsOrderChangedDocument, variables: { orderId: ID } },
        result: { data: { orderChanged: acceptedElsewhere } },
        // After the page has loaded the order.
        delay: 300,
      }),
    ]);
    expect(await screen.findByRole('button', { name: 'Accept' })).toBeInTheDocument();
    await expectAccepted();
  });
});
