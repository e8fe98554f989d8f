import { act, screen } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { OrderDetailsPageDocument } from '../../graphql/graphql';
import type { OrderDetailsFixture } from '../../test/fixtures';
import { mock, renderRoute, type Mock } from '../../test/render';
import { OrderDetailsPage } from './OrderDetailsPage';

// Changes after acceptance on the Order Details screen: "Edit Order" (dry run, then save),
// "Cancel Order" (dry run, then cancel) and the "Credit notes & refunds" section, against mocked
// API answers (Arrange: order + answers; Act: what the seller clicks; Assert: what is shown and sent),
// in OrderAdjustments.*.test.tsx by section. Here is what those files share: the page with its answers.

export const ID = 'O1042';
export const EDITABLE = ['EDIT', 'CANCEL', 'SAVE_SHIPMENT'] as const;

export function renderDetails(order: OrderDetailsFixture, mocks: Mock[] = []) {
  return renderRoute({
    path: '/orders/:id',
    element: <OrderDetailsPage />,
    url: `/orders/${order.id}`,
    mocks: [
      mock({
        request: { query: OrderDetailsPageDocument, variables: { id: order.id } },
        result: { data: { order, mailCatcherUrl: null } },
        // "Reload" after a refusal asks again.
        maxUsageCount: 2,
      }),
      ...mocks,
    ],
  });
}

export const section = (name: string) => screen.getByRole('region', { name });

// Mantine's notifications outlive a render: every file importing this module clears them after each test.
afterEach(() => {
  act(() => notifications.clean());
});
