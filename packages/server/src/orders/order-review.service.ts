import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { orderContent } from '../billing/order-billing';
import { rebillOrder } from './order-rebilling';
import { takeStockOfOrder } from '../catalog/stock';
import { LeanEntity } from '../common/lean-rows';
import { rows } from '../common/sql';
import { CustomerService } from '../customers/customer.service';
import type { Customer } from '../customers/customer.entity';
import type { EmailOutbox } from '../notifications/email-outbox';
import { EmailKind } from '../notifications/email-kind';
import type { RefundService } from '../refunds/refund.service';
import type { Outcome } from '../common/refusal';
import { runOrderChange, type OrderChange } from '../order-engine/order-change-runner';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { assertQuantity, buyerMessage } from './order-input-rules';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { lockOrderFor, lockOrderOfItem, updateOrderReturning } from '../order-engine/order-lock';
import { OrderAction } from '../order-engine/order-state-machine';
import { OrderStatus } from '../order-engine/order-status';
import { recordOrderEvent, recordOrderEvents, type TimelineEntry } from '../order-engine/order-timeline';
import { recalculateOrder } from '../order-engine/order-totals';
import { splitItemsIntoNewOrder } from './order-splitter';
import { planSplit, type SplitMove } from './split-plan';
import { deadlineWindowsOf, runningDeadlineSql, shipByFor } from '../order-engine/order-deadline-dates';
import { OrderItem } from '../order-engine/order-item.entity';
import { Order, type OrderProperties } from '../order-engine/order.entity';
import type {
  AcceptOrderInput,
  RejectOrderInput,
  RemoveOrderItemInput,
  SplitOrderInput,
  UpdateOrderItemQuantityInput,
} from './order-review.inputs';
import { RejectionReason } from '../order-engine/rejection-reason';
import { OrderEventType } from '../order-engine/order-event-type';

const REASON_SUMMARIES: Record<RejectionReason, string> = {
  [RejectionReason.OUT_OF_STOCK]: 'inventory depleted',
  [RejectionReason.OUT_OF_TERRITORY]: 'buyer outside the territory',
  [RejectionReason.OTHER]: 'other reason',
};

/** "2 items", or with lines moving in part "2 items (3 of SKU-1)". */
function splitCount(moved: SplitMove[]): string {
  const parts = moved.filter((item) => !item.whole).map((item) => `${item.quantity} of ${item.sku}`);
  return `${moved.length} item${moved.length === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** A split's answer: the order split (OrderChange) and the new order, as the answer selects them. */
export type SplitChange = OrderChange & { newOrder: Order };

/**
 * The review of a pending order (article: "Things To Do Before Approving / Accepting An Order"):
 * split, change quantities, delete items, accept (which takes the goods from stock), reject. Split
 * also serves accepted orders that are not paid yet. Each runs in one transaction holding the
 * order's row lock, recomputes totals there, records the timeline, and publishes after commit.
 */
export class OrderReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly customers: CustomerService,
    private readonly outbox: EmailOutbox,
    private readonly changes: OrderChangePublisher,
    private readonly refunds: RefundService,
  ) {}

  async split(
    viewer: Viewer,
    input: SplitOrderInput,
    answer: OrderProperties = null,
    newOrderAnswer: OrderProperties = null,
  ): Promise<Outcome<SplitChange>> {
    return runOrderChange(this.db, this.changes, viewer, async (tx, actor) => {
      const order = await lockOrderFor(tx, { ...input, sellerId: viewer.sellerId, action: OrderAction.SPLIT });
      const moved = await planSplit(tx, order.id, input);
      const newOrder = await splitItemsIntoNewOrder(tx, order, moved, newOrderAnswer);
      let changed: Order | null = await recalculateOrder(tx, order.id, answer);
      // An accepted order's unpaid invoice no longer matches it: void it for a new one.
      if (order.status === OrderStatus.ACCEPTED) {
        await rebillOrder(tx, order, actor, this.refunds, {
          target: await orderContent(tx, order.id),
          reason: `Order #${order.number} split`,
        });
        changed = null;
      }
      const skus = moved.map((item) => item.sku);
      const count = splitCount(moved);
      const quantities = moved.map((item) => ({ sku: item.sku, quantity: item.quantity, whole: item.whole }));
      await recordOrderEvents(tx, actor, [
        {
          order,
          entry: {
            type: OrderEventType.ORDER_SPLIT,
            summary: `Split ${count} into order #${newOrder.number}`,
            data: { newOrderId: newOrder.id, newOrderNumber: newOrder.number, items: skus, quantities },
          },
        },
        {
          order: newOrder,
          entry: {
            type: OrderEventType.ORDER_SPLIT_FROM,
            summary: `Split from order #${order.number} with ${count}`,
            data: { parentOrderId: order.id, parentOrderNumber: order.number, items: skus, quantities },
          },
        },
      ]);
      return {
        changed: [order.id, newOrder.id],
        result: { orderId: order.id, order: changed, newOrder: newOrder.order },
      };
    });
  }

  async updateQuantity(
    viewer: Viewer,
    input: UpdateOrderItemQuantityInput,
    answer: OrderProperties = null,
  ): Promise<Outcome<OrderChange & { item: OrderItem }>> {
    return runOrderChange(this.db, this.changes, viewer, async (tx, actor) => {
      const { quantity } = input;
      assertQuantity(quantity, ['input', 'quantity'], 'To drop the item, delete it instead.');
      const items = LeanEntity.of(tx.connection, OrderItem);
      const plan = items.plan('i');
      const { order, item } = await this.lockItem(tx, viewer, input, OrderAction.UPDATE_QUANTITY, (orderId) =>
        // The item as it was (for the timeline) and as it is now, in the statement that changes it.
        rows<Record<string, unknown> & { before: number }>(
          tx,
          `UPDATE order_items i SET quantity = $3::int, line_total_amount = i.unit_price_amount * $3::int
               FROM order_items was WHERE was.id = i.id AND i.id = $1 AND i.order_id = $2
             RETURNING was.quantity AS before, ${plan.select}`,
          [input.orderItemId, orderId, quantity],
        ),
      );
      const updated = items.hydrate(item, plan);
      if (item.before === quantity) {
        return { changed: [], result: { orderId: order.id, order: null as Order | null, item: updated } };
      }
      const changed = await recalculateOrder(tx, order.id, answer);
      await recordOrderEvent(tx, order, actor, {
        type: OrderEventType.ITEM_QUANTITY_UPDATED,
        summary: `Quantity of ${updated.sku} changed from ${item.before} to ${quantity}`,
        data: { itemId: updated.id, sku: updated.sku, before: item.before, after: quantity },
      });
      return { changed: [order.id], result: { orderId: order.id, order: changed, item: updated } };
    });
  }

  async removeItem(
    viewer: Viewer,
    input: RemoveOrderItemInput,
  ): Promise<Outcome<OrderChange & { removedItemId: string }>> {
    return runOrderChange(this.db, this.changes, viewer, async (tx, actor) => {
      const items = LeanEntity.of(tx.connection, OrderItem);
      const plan = items.plan('i');
      const { order, item: row } = await this.lockItem(tx, viewer, input, OrderAction.REMOVE_ITEM, (orderId) =>
        rows<Record<string, unknown>>(
          tx,
          `SELECT ${plan.select} FROM order_items i WHERE i.id = $1 AND i.order_id = $2`,
          [input.orderItemId, orderId],
        ),
      );
      const item = items.hydrate(row, plan);
      const [{ lines }] = await tx.query(`SELECT count(*)::int AS lines FROM order_items WHERE order_id = $1`, [
        order.id,
      ]);
      if (lines <= 1) {
        throw refuse(
          UserErrorCode.LAST_ITEM,
          'An order needs at least one item. To cancel the whole order, reject it.',
          ['input', 'orderItemId'],
        );
      }
      await tx.getRepository(OrderItem).delete({ id: item.id });
      await recalculateOrder(tx, order.id);
      await recordOrderEvent(tx, order, actor, {
        type: OrderEventType.ITEM_REMOVED,
        summary: `Deleted ${item.sku} (${item.quantity} × ${item.productName})`,
        data: { itemId: item.id, sku: item.sku, quantity: item.quantity, lineTotal: item.lineTotalAmount },
      });
      return { changed: [order.id], result: { orderId: order.id, order: null, removedItemId: item.id } };
    });
  }

  async accept(
    viewer: Viewer,
    input: AcceptOrderInput,
    answer: OrderProperties = null,
  ): Promise<Outcome<{ order: Order; customer: Customer }>> {
    return runOrderChange(this.db, this.changes, viewer, async (tx, actor) => {
      const order = await lockOrderFor(tx, { ...input, sellerId: viewer.sellerId, action: OrderAction.ACCEPT });
      const { customer, created } = await this.customers.resolveForAcceptance(tx, order, input.customer ?? null);
      await takeStockOfOrder(tx, order.sellerId, order.id);
      const seller = await deadlineWindowsOf(tx, order.sellerId);
      const acceptedAt = new Date();
      const shipBy = shipByFor(seller, acceptedAt);
      const accepted = await updateOrderReturning(
        tx,
        `UPDATE orders o SET status = $2, accepted_at = $4, ship_by = $5, customer_id = $3,
                  deadline_at = ${runningDeadlineSql('o', { status: '$2', shipBy: '$5' })}
            WHERE o.id = $1`,
        [order.id, OrderStatus.ACCEPTED, customer.id, acceptedAt, shipBy],
        answer,
      );
      const entries: TimelineEntry[] = [];
      if (created) {
        entries.push({
          type: OrderEventType.CUSTOMER_CREATED,
          summary: `Created customer ${customer.name} from buyer ${order.buyerName}`,
          data: { customerId: customer.id },
        });
      } else if (order.customerId !== customer.id) {
        entries.push({
          type: OrderEventType.CUSTOMER_ASSOCIATED,
          summary: `Associated buyer ${order.buyerName} with customer ${customer.name}`,
          data: { customerId: customer.id },
        });
      }
      entries.push({ type: OrderEventType.ORDER_ACCEPTED, summary: 'Order accepted' });
      await recordOrderEvents(
        tx,
        actor,
        entries.map((entry) => ({ order, entry })),
      );
      return { changed: [order.id], result: { order: accepted, customer } };
    });
  }

  async reject(
    viewer: Viewer,
    input: RejectOrderInput,
    answer: OrderProperties = null,
  ): Promise<Outcome<{ order: Order }>> {
    return runOrderChange(this.db, this.changes, viewer, async (tx, actor) => {
      const message = buyerMessage(input.message, input.reason === RejectionReason.OTHER);
      const order = await lockOrderFor(tx, { ...input, sellerId: viewer.sellerId, action: OrderAction.REJECT });
      const rejected = await updateOrderReturning(
        tx,
        `UPDATE orders o SET status = $2, rejected_at = now(), rejection_reason = $3, rejection_message = $4,
                  deadline_at = ${runningDeadlineSql('o', { status: '$2' })}
            WHERE o.id = $1`,
        [order.id, OrderStatus.REJECTED, input.reason, message],
        answer,
      );
      const email = await this.outbox.enqueue(tx, {
        sellerId: order.sellerId,
        orderId: order.id,
        kind: EmailKind.ORDER_REJECTED,
        // One rejection email per order, however often the job runs.
        dedupeKey: `order-rejected:${order.id}`,
      });
      await recordOrderEvent(tx, order, actor, {
        type: OrderEventType.ORDER_REJECTED,
        summary: `Order rejected: ${REASON_SUMMARIES[input.reason]}. The buyer will be emailed.`,
        data: { reason: input.reason, message, emailId: email.id },
      });
      return { changed: [order.id], result: { order: rejected } };
    });
  }

  /**
   * Locks the order holding the item and runs `onItem`, a statement on the item under the lock that
   * answers nothing when the item is not on that order: an item that moved meanwhile (a split) is
   * followed to its order.
   */
  private async lockItem<R>(
    tx: EntityManager,
    viewer: Viewer,
    input: { orderItemId: string; expectedVersion?: number | null },
    action: OrderAction,
    onItem: (orderId: string) => Promise<R[]>,
  ): Promise<{ order: Order; item: R }> {
    const notFound = () =>
      refuse(UserErrorCode.ITEM_NOT_FOUND, 'This item is not on any of your orders.', ['input', 'orderItemId']);
    for (let attempt = 0; attempt < 3; attempt++) {
      const order = await lockOrderOfItem(tx, {
        sellerId: viewer.sellerId,
        itemId: input.orderItemId,
        action,
        expectedVersion: input.expectedVersion,
      });
      if (!order) throw notFound();
      const [item] = await onItem(order.id);
      if (item) return { order, item };
    }
    throw notFound();
  }
}
