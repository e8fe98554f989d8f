import { addedWith, buildEditInput, EMPTY_DRAFT, type EditedOrder } from './orderEdit';

const usd = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'USD' });

const order: EditedOrder = {
  __typename: 'Order',
  id: 'O1',
  number: 1042,
  version: 4,
  items: [
    {
      __typename: 'OrderItem',
      id: 'I1',
      sku: 'TEA-GRN-250',
      productName: 'Green tea',
      variantName: '250 g',
      unitPrice: usd(900),
      quantity: 12,
    },
  ],
  shipping: usd(1500),
};

const variant = {
  __typename: 'CatalogueVariant' as const,
  id: 'V1',
  sku: 'MUG-BLU-L',
  productName: 'Mug',
  variantName: null,
  unitPrice: usd(1200),
  stockOnHand: 10,
};

describe('orderEdit', () => {
  it('asks only for what changed, against the version shown', () => {
    const built = buildEditInput(order, { ...EMPTY_DRAFT, quantities: { I1: '10' }, shipping: '15.00' });
    expect(built).toEqual({
      input: {
        orderId: 'O1',
        expectedVersion: 4,
        quantities: [{ orderItemId: 'I1', quantity: 10 }],
        removeItemIds: [],
        addItems: [],
        shippingCost: null,
      },
    });
  });

  it('names every field that cannot be sent as typed', () => {
    const built = buildEditInput(order, { ...EMPTY_DRAFT, quantities: { I1: '1.5' }, shipping: 'free' });
    expect('errors' in built && built.errors.map((error) => error.field)).toEqual([
      ['quantities', 'I1'],
      ['shippingCost'],
    ]);
  });

  it('adds to the quantity of a product added twice', () => {
    const once = addedWith([], variant, 2);
    expect(addedWith(once, variant, 3)).toEqual([{ variant, quantity: 5 }]);
  });
});
