import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { refuse, refusalsAsUserErrors, type Outcome } from '../common/refusal';
import { rows } from '../common/sql';
import { UserErrorCode } from '../common/user-error-code';
import { lockOrderFor } from '../order-engine/order-lock';
import { OrderItem } from '../order-engine/order-item.entity';
import { OrderAction } from '../order-engine/order-state-machine';
import { OrderStatus } from '../order-engine/order-status';
import type { AvailabilitySplitProposal } from './availability-split.types';

type StockedLine = { id: string; variant_id: string | null; quantity: number; stock_on_hand: number | null };

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
        const lines = await rows<StockedLine>(
          tx,
          `SELECT i.id, i.variant_id, i.quantity, v.stock_on_hand
             FROM order_items i LEFT JOIN product_variants v ON v.id = i.variant_id AND v.seller_id = i.seller_id
            WHERE i.order_id = $1 ORDER BY i.position`,
          [order.id],
        );
        const short = shortLines(lines);
        if (short.length === 0) {
          throw refuse(UserErrorCode.NOTHING_SHORT, `Stock on hand covers every line of order #${order.number}.`, [
            'orderId',
          ]);
        }
        if (short.length === lines.length && short.every((line) => line.quantity === line.ordered)) {
          throw refuse(
            UserErrorCode.SPLIT_ALL_ITEMS,
            `Nothing on order #${order.number} is in stock: a backorder would take all of it. Keep the order as it is, or reject it.`,
            ['orderId'],
          );
        }
        const items = await tx.getRepository(OrderItem).findBy({ id: In(short.map((line) => line.id)) });
        return {
          lines: short.map((line) => ({
            orderItem: items.find((item) => item.id === line.id)!,
            quantity: line.quantity,
            stockOnHand: line.stockOnHand,
          })),
        };
      }),
    );
  }
}

type ShortLine = { id: string; ordered: number; quantity: number; stockOnHand: number };

/** Each line takes what stock is left of its variant (first line first); the rest of it is short. */
function shortLines(lines: StockedLine[]): ShortLine[] {
  const left = new Map<string, number>();
  const short: ShortLine[] = [];
  for (const line of lines) {
    if (line.variant_id === null || line.stock_on_hand === null) continue;
    const available = left.get(line.variant_id) ?? line.stock_on_hand;
    const taken = Math.min(available, line.quantity);
    left.set(line.variant_id, available - taken);
    if (taken < line.quantity) {
      short.push({
        id: line.id,
        ordered: line.quantity,
        quantity: line.quantity - taken,
        stockOnHand: line.stock_on_hand,
      });
    }
  }
  return short;
}
