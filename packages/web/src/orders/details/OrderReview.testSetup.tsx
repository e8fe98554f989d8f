import { act, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { OrderDetailsPageDocument } from '../../graphql/graphql';
import { anOrder, anOrderEvent, hoursAgo, type OrderDetailsFixture } from '../../test/fixtures';
import { mock, renderRoute, type Mock } from '../../test/render';
import { OrderDetailsPage } from './OrderDetailsPage';

// The article's "Things To Do Before Approving / Accepting An Order" on the Order Details screen:
// each review step against mocked API answers (Arrange: order + answers; Act: what the seller
// clicks; Assert: what the screen says and what was sent), in OrderReview.*.test.tsx by step.
// Here is what those files share: the page with its answers, and how an accepted order looks.

export const ID = 'O1042';

export function detailsMock(
  order: OrderDetailsFixture | null,
  options: { id?: string; mailCatcherUrl?: string | null } = {},
) {
  return mock({
    request: { query: OrderDetailsPageDocument, variables: { id: options.id ?? order?.id ?? ID } },
    result: { data: { order, mailCatcherUrl: options.mailCatcherUrl ?? null } },
  });
}

export function renderDetails(
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

export const section = (name: string) => screen.getByRole('region', { name });
export const itemsSection = () => screen.findByRole('region', { name: 'Order Items' });

// Mantine's notifications outlive a render: every file importing this module clears them after each test.
afterEach(() => {
  act(() => notifications.clean());
});

export function accepted(customer: { id: string; name: string }): OrderDetailsFixture {
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

export async function expectAccepted() {
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument());
  expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
  expect(section('Order Information')).toHaveTextContent('Accepted');
  expect(within(section('Order Items')).queryByRole('checkbox')).not.toBeInTheDocument();
  expect(within(section('Order Items')).queryByRole('textbox')).not.toBeInTheDocument();
  expect(section('Timeline')).toHaveTextContent('Order accepted');
}
