import { screen, within } from '@testing-library/react';
import { PackingSlipPageDocument } from '../../graphql/graphql';
import { anOrder } from '../../test/fixtures';
import { mock, renderRoute } from '../../test/render';
import { PackingSlipPage } from './PackingSlipPage';

const ID = 'O1042';
const order = anOrder({ id: ID });

function renderSlip(buyerNote: string | null) {
  return renderRoute({
    path: '/orders/:id/packing-slip',
    element: <PackingSlipPage />,
    url: `/orders/${ID}/packing-slip`,
    mocks: [
      mock({
        request: { query: PackingSlipPageDocument, variables: { id: ID } },
        result: {
          data: {
            order: {
              __typename: 'Order' as const,
              id: ID,
              number: order.number,
              placedAt: order.placedAt,
              buyerNote,
              packingSlipUrl: `/orders/${ID}/packing-slip.pdf`,
              buyer: { __typename: 'Buyer' as const, id: 'B1', companyName: 'Corner Shop' },
              shippingAddress: order.shippingAddress,
              items: order.items.map(({ id, sku, productName, variantName, quantity }) => ({
                __typename: 'OrderItem' as const,
                id,
                sku,
                productName,
                variantName,
                quantity,
              })),
            },
          },
        },
      }),
    ],
  });
}

describe('Packing slip page', () => {
  it('lists SKUs and quantities, the ship-to address and the buyer’s note, with Print and the PDF, and no price', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderSlip('Ring the bell twice');
    const slip = await screen.findByRole('article', { name: 'Packing slip' });
    const rows = within(within(slip).getByRole('table', { name: 'Items to pack' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/TEA-GRN-250.*Green Tea.*12$/),
      expect.stringMatching(/MUG-BLU-L.*Stoneware Mug.*6$/),
    ]);
    expect(slip).toHaveTextContent(order.shippingAddress.line1);
    expect(slip).toHaveTextContent('Ring the bell twice');
    expect(slip).toHaveTextContent('18 units in 2 lines');
    expect(slip.textContent).not.toMatch(/\$|\d\.\d\d/);
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute(
      'href',
      `/orders/${ID}/packing-slip.pdf`,
    );
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
