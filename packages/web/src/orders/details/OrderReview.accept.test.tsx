import { screen, waitFor, within } from '@testing-library/react';
import {
  AcceptOrderCustomerDialogDocument,
  AcceptOrderDocument,
  CustomerPickerDocument,
  type AcceptOrderMutationVariables,
} from '../../graphql/graphql';
import {
  aCustomer,
  anOrder,
  anOrderItem,
  aUserError,
  money,
  type CustomerFixture,
  type OrderDetailsFixture,
} from '../../test/fixtures';
import { mock, type Mock } from '../../test/render';
import { accepted, detailsMock, expectAccepted, ID, renderDetails, section } from './OrderReview.testSetup';

// Review step: Accept, linking the buyer to a customer (a new one, or an existing one) when the API asks.

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
