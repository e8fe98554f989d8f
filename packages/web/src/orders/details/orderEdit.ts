import type { EditOrderInput, OrderItemsEditor_OrderFragment } from '../../graphql/graphql';
import { LOCALE } from '../../lib/format';
import { minorUnitsToInput, parseMoneyInput } from '../../lib/money';
import type { UserErrorLike } from '../../lib/userErrors';
import type { CatalogueVariant } from './CatalogueVariantSelect';
import { parseQuantity } from './ItemQuantityEditor';

// "Edit Order" as the seller has it so far, and the API's input it becomes once reviewed.

export type EditedOrder = OrderItemsEditor_OrderFragment;
export type EditedItem = EditedOrder['items'][number];

export interface AddedLine {
  variant: CatalogueVariant;
  quantity: number;
}

/** The edit so far: texts as typed (checked when reviewing), removed items, added products. */
export interface OrderEditDraft {
  quantities: Readonly<Record<string, string>>;
  removed: ReadonlySet<string>;
  added: ReadonlyArray<AddedLine>;
  shipping: string | null;
}

export const EMPTY_DRAFT: OrderEditDraft = { quantities: {}, removed: new Set(), added: [], shipping: null };

export const INVALID_QUANTITY = 'INVALID_QUANTITY';

/** The edit the API is asked about: everything but the dry-run flag and the reason. */
export type OrderEditInput = Omit<EditOrderInput, 'preview' | 'reason'>;

/** An item's quantity as the seller sees it: as typed, or as saved. */
export function quantityText(draft: OrderEditDraft, item: Pick<EditedItem, 'id' | 'quantity'>): string {
  return draft.quantities[item.id] ?? String(item.quantity);
}

/** The shipping cost as the seller sees it (in their `locale`): as typed, or as saved. */
export function shippingText(draft: OrderEditDraft, order: EditedOrder, locale: string = LOCALE): string {
  return draft.shipping ?? minorUnitsToInput(order.shipping.amount, order.shipping.currency, locale);
}

/** The added products with one more; adding one already added adds to its quantity. */
export function addedWith(
  added: ReadonlyArray<AddedLine>,
  variant: CatalogueVariant,
  quantity: number,
): ReadonlyArray<AddedLine> {
  const existing = added.find((line) => line.variant.id === variant.id);
  const others = added.filter((line) => line !== existing);
  return [...others, { variant, quantity: quantity + (existing?.quantity ?? 0) }];
}

/** The API's input for the draft, or the fields that cannot be sent as typed. */
export function buildEditInput(
  order: EditedOrder,
  draft: OrderEditDraft,
  locale: string = LOCALE,
): { input: OrderEditInput } | { errors: UserErrorLike[] } {
  const invalid: UserErrorLike[] = [];
  const quantities: { orderItemId: string; quantity: number }[] = [];
  order.items.forEach((item) => {
    if (draft.removed.has(item.id)) return;
    const quantity = parseQuantity(quantityText(draft, item));
    if (quantity === null || quantity < 1) {
      invalid.push({ code: INVALID_QUANTITY, field: ['quantities', item.id], message: '' });
    } else if (quantity !== item.quantity) {
      quantities.push({ orderItemId: item.id, quantity });
    }
  });
  const currency = order.shipping.currency;
  const shippingCost = parseMoneyInput(shippingText(draft, order, locale), currency, locale);
  if (shippingCost === null) {
    invalid.push({
      code: 'INVALID_SHIPPING',
      field: ['shippingCost'],
      message: `Enter the shipping cost, e.g. ${minorUnitsToInput(1500, currency, locale)}.`,
    });
  }
  if (invalid.length > 0) return { errors: invalid };
  return {
    input: {
      orderId: order.id,
      expectedVersion: order.version,
      quantities,
      removeItemIds: [...draft.removed],
      addItems: draft.added.map((line) => ({ variantId: line.variant.id, quantity: line.quantity })),
      shippingCost: shippingCost !== order.shipping.amount ? shippingCost : null,
    },
  };
}
