import { screen, within } from '@testing-library/react';
import {
  CustomersPageDocument,
  LinkableBuyersDocument,
  LinkBuyerToCustomerDocument,
  UnlinkBuyerFromCustomerDocument,
  UpdateCustomerTermsDocument,
} from '../graphql/graphql';
import { money } from '../test/fixtures';
import { mock, renderRoute } from '../test/render';
import { CustomersPage } from './CustomersPage';

// Customers: search (debounced), "Load more", terms edited in place, buyers linked and unlinked.

type Buyer = { __typename: 'Buyer'; id: string; companyName: string; contactName: string };
const aBuyer = (id: string, companyName: string): Buyer => ({
  __typename: 'Buyer',
  id,
  companyName,
  contactName: 'Jo Doe',
});

function aCustomer(id: string, name: string, overrides: { buyers?: Buyer[]; days?: number; owed?: number } = {}) {
  const days = overrides.days ?? 30;
  return {
    __typename: 'Customer' as const,
    id,
    name,
    email: `ap@${id.toLowerCase()}.test`,
    paymentTermsDays: days,
    paymentTermsLabel: days === 0 ? 'Due on receipt' : `Net ${days}`,
    openBalance: money(overrides.owed ?? 0),
    buyers: overrides.buyers ?? [],
    orders: {
      __typename: 'OrderConnection' as const,
      totalCount: 5,
      edges: [1042, 1038].map((number) => ({
        __typename: 'OrderEdge' as const,
        node: { __typename: 'Order' as const, id: `O${number}`, number },
      })),
    },
  };
}
type Customer = ReturnType<typeof aCustomer>;

function page(customers: Customer[], { totalCount = customers.length, endCursor = null as string | null } = {}) {
  return {
    data: {
      customersConnection: {
        __typename: 'CustomerConnection' as const,
        totalCount,
        edges: customers.map((node) => ({ __typename: 'CustomerEdge' as const, cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: endCursor !== null, endCursor },
      },
    },
  };
}

const pageQuery = (variables: Record<string, unknown>, result: ReturnType<typeof page>) =>
  mock({ request: { query: CustomersPageDocument, variables }, result });

const payload = (field: string, customer: Customer) => ({
  data: { [field]: { __typename: 'CustomerPayload', customer, userErrors: [] } },
});

const redBarn = aBuyer('B1', 'Red Barn Mercantile');
const acme = aCustomer('C1', 'Acme Retail', { buyers: [redBarn], owed: 12500 });
const lantern = aCustomer('C2', 'Paper Lantern Co.');

describe('CustomersPage', () => {
  it('lists customers with buyers, terms, balance and orders; searches and loads more', async () => {
    const { user } = renderRoute({
      path: '/customers',
      element: <CustomersPage />,
      url: '/customers',
      mocks: [
        pageQuery({ search: null }, page([acme], { totalCount: 2, endCursor: 'c-C1' })),
        pageQuery({ search: null, after: 'c-C1' }, page([lantern], { totalCount: 2 })),
        pageQuery({ search: 'lantern' }, page([lantern])),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Customers' });
    const [, acmeRow] = within(table).getAllByRole('row');
    expect(within(acmeRow!).getByText('Acme Retail')).toBeInTheDocument();
    expect(within(acmeRow!).getByText('Red Barn Mercantile')).toBeInTheDocument();
    expect(within(acmeRow!).getByText('$125.00')).toBeInTheDocument();
    expect(within(acmeRow!).getByRole('link', { name: '#1042' })).toHaveAttribute('href', '/orders/O1042');
    expect(within(acmeRow!).getByText('+3 more')).toBeInTheDocument();
    expect(within(acmeRow!).getByRole('textbox', { name: 'Payment terms of Acme Retail' })).toHaveValue('Net 30');

    await user.click(screen.getByRole('button', { name: 'Load more customers' }));
    expect(await within(table).findByText('Paper Lantern Co.')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more customers' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Search customers' }), 'lantern');
    await screen.findByText('1 customer');
    expect(screen.queryByText('Acme Retail')).not.toBeInTheDocument();
  });

  it('saves other payment terms as soon as they are picked', async () => {
    const { user } = renderRoute({
      path: '/customers',
      element: <CustomersPage />,
      url: '/customers',
      mocks: [
        pageQuery({ search: null }, page([acme])),
        mock({
          request: {
            query: UpdateCustomerTermsDocument,
            variables: { input: { customerId: 'C1', paymentTermsDays: 45 } },
          },
          result: payload('updateCustomer', { ...acme, paymentTermsDays: 45, paymentTermsLabel: 'Net 45' }),
        }),
      ],
    });
    await user.click(await screen.findByRole('textbox', { name: 'Payment terms of Acme Retail' }));
    await user.click(await screen.findByRole('option', { name: 'Net 45' }));
    expect(await screen.findByText('Payment terms saved')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Payment terms of Acme Retail' })).toHaveValue('Net 45');
  });

  it('links a buyer (those linked elsewhere cannot be picked) and unlinks one, showing a refusal in words', async () => {
    const linkedElsewhere = {
      ...aBuyer('B3', 'Corner Shop'),
      customer: { __typename: 'Customer' as const, id: 'C9', name: 'Corner Group' },
    };
    const { user } = renderRoute({
      path: '/customers',
      element: <CustomersPage />,
      url: '/customers',
      mocks: [
        pageQuery({ search: null }, page([acme, lantern])),
        mock({
          request: { query: LinkableBuyersDocument, variables: { search: null, first: 20 } },
          result: {
            data: {
              buyersConnection: {
                __typename: 'BuyerConnection' as const,
                edges: [{ ...aBuyer('B2', 'Lantern Stores'), customer: null }, linkedElsewhere].map((node) => ({
                  __typename: 'BuyerEdge' as const,
                  node,
                })),
              },
            },
          },
        }),
        mock({
          request: { query: LinkBuyerToCustomerDocument, variables: { input: { customerId: 'C2', buyerId: 'B2' } } },
          result: payload('linkBuyerToCustomer', { ...lantern, buyers: [aBuyer('B2', 'Lantern Stores')] }),
        }),
        mock({
          request: {
            query: UnlinkBuyerFromCustomerDocument,
            variables: { input: { customerId: 'C1', buyerId: 'B1' } },
          },
          result: {
            data: {
              unlinkBuyerFromCustomer: {
                __typename: 'CustomerPayload',
                customer: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    code: 'BUYER_NOT_LINKED',
                    field: ['input', 'buyerId'],
                    message: '',
                  },
                ],
              },
            },
          },
        }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Link buyer to Paper Lantern Co.' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link a buyer to Paper Lantern Co.' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Buyer' }));
    expect(await screen.findByRole('option', { name: 'Corner Shop (linked to Corner Group)' })).toHaveAttribute(
      'data-combobox-disabled',
    );
    await user.click(screen.getByRole('option', { name: 'Lantern Stores' }));
    await user.click(within(dialog).getByRole('button', { name: 'Link buyer' }));
    expect(await screen.findByText('Buyer linked')).toBeInTheDocument();
    expect(await screen.findByText('Lantern Stores')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Unlink Red Barn Mercantile from Acme Retail' }));
    expect(await screen.findByText('Buyer not unlinked')).toBeInTheDocument();
    expect(screen.getByText('This buyer is not linked to this customer.')).toBeInTheDocument();
  });
});

describe('CustomersPage on a phone', () => {
  const desktopMatchMedia = window.matchMedia;
  beforeEach(() => {
    window.matchMedia = (query: string) => ({
      ...desktopMatchMedia(query),
      matches: query === '(max-width: 47.99em)',
    });
  });
  afterEach(() => {
    window.matchMedia = desktopMatchMedia;
  });

  it('shows each customer as a card with the same parts, no table', async () => {
    renderRoute({
      path: '/customers',
      element: <CustomersPage />,
      url: '/customers',
      mocks: [pageQuery({ search: null }, page([acme, lantern]))],
    });
    const list = await screen.findByRole('list', { name: 'Customers' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [card] = within(list).getAllByRole('listitem');
    expect(within(card!).getByText('Red Barn Mercantile')).toBeInTheDocument();
    expect(within(card!).getByText('$125.00')).toBeInTheDocument();
    expect(within(card!).getByRole('textbox', { name: 'Payment terms of Acme Retail' })).toHaveValue('Net 30');
    expect(within(card!).getByRole('link', { name: '#1042' })).toBeInTheDocument();
  });
});
