import type { EntityManager } from 'typeorm';
import { refuse } from '../common/refusal';
import { rows } from '../common/sql';
import { UserErrorCode } from '../common/user-error-code';
import { assertQuantity } from './order-input-rules';
import type { SplitOrderInput } from './order-review.inputs';

/** One line's part of a split: the whole line moves, or `quantity` units of it do. */
export type SplitMove = { id: string; sku: string; quantity: number; whole: boolean };

type Wanted = { id: string; quantity: number | null; field: string[] };

/**
 * What a split moves, checked against the (locked) order's lines: either whole items (`itemIds`) or
 * quantities per line (`lines`), exactly one of them; at least one unit moves and at least one stays.
 */
export async function planSplit(
  tx: EntityManager,
  orderId: string,
  input: Pick<SplitOrderInput, 'itemIds' | 'lines'>,
): Promise<SplitMove[]> {
  const { itemIds, lines } = input;
  if ((itemIds == null) === (lines == null)) {
    throw refuse(
      UserErrorCode.INVALID_INPUT,
      'Give either the items to move (itemIds) or the quantities to move (lines), not both.',
      ['input'],
    );
  }
  const wanted: Wanted[] = itemIds
    ? [...new Set(itemIds)].map((id) => ({ id, quantity: null, field: ['input', 'itemIds'] }))
    : lines!.map((line, i) => ({
        id: line.orderItemId,
        quantity: line.quantity,
        field: ['input', 'lines', String(i)],
      }));
  if (wanted.length === 0) {
    throw refuse(UserErrorCode.EMPTY_SPLIT, 'Select at least one item to split from the order.', [
      'input',
      itemIds ? 'itemIds' : 'lines',
    ]);
  }
  const items = await rows<{ id: string; sku: string; quantity: number }>(
    tx,
    `SELECT id, sku, quantity FROM order_items WHERE order_id = $1 ORDER BY position`,
    [orderId],
  );
  const unknown = wanted.filter((want) => !items.some((item) => item.id === want.id));
  if (unknown.length > 0) {
    throw refuse(
      UserErrorCode.ITEM_NOT_FOUND,
      `${unknown.length} of the selected items are not on this order.`,
      itemIds ? ['input', 'itemIds'] : [...unknown[0]!.field, 'orderItemId'],
    );
  }
  const moves = wanted.map((want) =>
    movePart(
      want,
      items.find((item) => item.id === want.id)!,
    ),
  );
  if (new Set(moves.map((move) => move.id)).size < moves.length) {
    throw refuse(UserErrorCode.INVALID_INPUT, 'Give each line once, with the quantity to move.', ['input', 'lines']);
  }
  if (moves.filter((move) => move.whole).length === items.length) {
    throw refuse(
      UserErrorCode.SPLIT_ALL_ITEMS,
      'Leave at least one item on this order: you cannot split all of its items.',
      ['input', itemIds ? 'itemIds' : 'lines'],
    );
  }
  return moves;
}

function movePart(want: Wanted, item: { id: string; sku: string; quantity: number }): SplitMove {
  if (want.quantity === null) return { id: item.id, sku: item.sku, quantity: item.quantity, whole: true };
  const field = [...want.field, 'quantity'];
  assertQuantity(want.quantity, field, 'To keep the whole line on this order, leave it out.');
  if (want.quantity > item.quantity) {
    throw refuse(
      UserErrorCode.INVALID_QUANTITY,
      `Only ${item.quantity} of ${item.sku} are on this order: move at most ${item.quantity}.`,
      field,
    );
  }
  return { id: item.id, sku: item.sku, quantity: want.quantity, whole: want.quantity === item.quantity };
}
