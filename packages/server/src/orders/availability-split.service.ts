import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { refuse, refusalsAsUserErrors, type Outcome } from '../common/refusal';
import { LeanEntity } from '../common/lean-rows';
import { rows } from '../common/sql';
import { UserErrorCode } from '../common/user-error-code';
import { lockOrderFor } from '../order-engine/order-lock';
import { OrderItem } from '../order-engine/order-item.entity';
import { OrderAction } from '../order-engine/order-state-machine';
import { OrderStatus } from '../order-engine/order-status';
import type { AvailabilitySplitProposal } from './availability-split.types';

/**
 * Split by availability: on a pending order, what stock on hand cannot cover (lines of one variant
 * share its stock, first line first) is proposed for a backorder. Nothing changes; the seller
 * confirms with a split by quantities. A line whose variant no longer exists is not counted short.
 */
export class AvailabilitySplitService {
  constructor(private readonly db: DataSource) {}

  propose(viewer: Viewer, orderId: string): Promise<Outcome<AvailabilitySplitProposal>> {
    return refusalsAsUserErrors(() =>
      this.db.transaction(async (tx) => {
        // The split's own checks (not found, status, paid), on the order as it is now.
        const order = await lockOrderFor(tx, {
          sellerId: viewer.sellerId,
          orderId,
          action: OrderAction.SPLIT,
          field: ['orderId'],
        });
        if (order.status !== OrderStatus.PENDING) {
          throw refuse(
            UserErrorCode.ACTION_NOT_ALLOWED,
            `You can split by availability only while an order is pending; order #${order.number} is ${order.status.toLowerCase()}.`,
            ['orderId'],
          );
        }
        // Each line as the entity the proposal answers, with its variant's stock, in one statement.
        const items = LeanEntity.of(tx.connection, OrderItem);
        const plan = items.plan('i');
        const read = await rows<Record<string, unknown> & { variant_stock_on_hand: number | null }>(
          tx,
          `SELECT ${plan.select}, v.stock_on_hand AS variant_stock_on_hand
             FROM order_items i LEFT JOIN product_variants v ON v.id = i.variant_id AND v.seller_id = i.seller_id
            WHERE i.order_id = $1 ORDER BY i.position`,
          [order.id],
        );
        const lines = read.map((row) => ({
          item: items.hydrate(row, plan),
          stockOnHand: row.variant_stock_on_hand,
        }));
        const short = shortLines(lines);
        if (short.length === 0) {
          throw refuse(UserErrorCode.NOTHING_SHORT, `Stock on hand covers every line of order #${order.number}.`, [
            'orderId',
          ]);
        }
        if (short.length === lines.length && short.every((line) => line.quantity === line.orderItem.quantity)) {
          throw refuse(
            UserErrorCode.SPLIT_ALL_ITEMS,
            `Nothing on order #${order.number} is in stock: a backorder would take all of it. Keep the order as it is, or reject it.`,
            ['orderId'],
          );
        }
        return { lines: short };
      }),
    );
  }
}

type StockedLine = { item: OrderItem; stockOnHand: number | null };

/** Each line takes what stock is left of its variant (first line first); the rest of it is short. */
function shortLines(lines: StockedLine[]): AvailabilitySplitProposal['lines'] {
  const left = new Map<string, number>();
  const short: AvailabilitySplitProposal['lines'] = [];
  for (const { item, stockOnHand } of lines) {
    if (item.variantId === null || stockOnHand === null) continue;
    const available = left.get(item.variantId) ?? stockOnHand;
    const taken = Math.min(available, item.quantity);
    left.set(item.variantId, available - taken);
    if (taken < item.quantity) short.push({ orderItem: item, quantity: item.quantity - taken, stockOnHand });
  }
  return short;
}
