import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { orderContent } from '../billing/order-billing';
import { rebillOrder } from './order-rebilling';
import { moveStock } from '../catalog/stock';
import { isId } from '../common/ids';
import { CustomerService } from '../customers/customer.service';
import type { Customer } from '../customers/customer.entity';
import type { EmailOutbox } from '../notifications/email-outbox';
import { EmailKind } from '../notifications/email-kind';
import type { RefundService } from '../refunds/refund.service';
import type { Outcome } from '../common/refusal';
import { runOrderChange } from '../order-engine/order-change-runner';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { assertQuantity, buyerMessage } from './order-input-rules';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { lockOrderFor } from '../order-engine/order-lock';
import { OrderAction } from '../order-engine/order-state-machine';
import { OrderStatus } from '../order-engine/order-status';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { recalculateOrder } from '../order-engine/order-totals';
import { splitItemsIntoNewOrder } from './order-splitter';
import { refreshRunningDeadline, shipByFor } from '../order-engine/order-deadline-dates';
import { Seller } from '../sellers/seller.entity';
import { OrderItem } from '../order-engine/order-item.entity';
import { Order } from '../order-engine/order.entity';
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

  async split(viewer: Viewer, input: SplitOrderInput): Promise<Outcome<{ order: Order; newOrder: Order }>> {
    return runOrderChange(
      this.db,
      this.changes,
      viewer,
      async (tx, actor) => {
        const order = await lockOrderFor(tx, { ...input, sellerId: viewer.sellerId, action: OrderAction.SPLIT });
        const itemIds = [...new Set(input.itemIds)];
        if (itemIds.length === 0) {
          throw refuse(UserErrorCode.EMPTY_SPLIT, 'Select at least one item to split from the order.', [
            'input',
            'itemIds',
          ]);
        }
        const items = await tx
          .getRepository(OrderItem)
          .find({ where: { orderId: order.id }, order: { position: 'ASC' } });
        const unknown = itemIds.filter((id) => !items.some((item) => item.id === id));
        if (unknown.length > 0) {
          throw refuse(UserErrorCode.ITEM_NOT_FOUND, `${unknown.length} of the selected items are not on this order.`, [
            'input',
            'itemIds',
          ]);
        }
        if (itemIds.length === items.length) {
          throw refuse(
            UserErrorCode.SPLIT_ALL_ITEMS,
            'Leave at least one item on this order: you cannot split all of its items.',
            ['input', 'itemIds'],
          );
        }
        const moved = items.filter((item) => itemIds.includes(item.id));
        const newOrderId = await splitItemsIntoNewOrder(tx, order, moved);
        await recalculateOrder(tx, order.id);
        // An accepted order's unpaid invoice no longer matches it: void it for a new one.
        if (order.status === OrderStatus.ACCEPTED) {
          await rebillOrder(tx, order, actor, this.refunds, {
            target: await orderContent(tx, order.id),
            reason: `Order #${order.number} split`,
          });
        }
        const newOrder = await tx.getRepository(Order).findOneByOrFail({ id: newOrderId });
        const skus = moved.map((item) => item.sku);
        const count = `${moved.length} item${moved.length === 1 ? '' : 's'}`;
        await recordOrderEvent(tx, order, actor, {
          type: OrderEventType.ORDER_SPLIT,
          summary: `Split ${count} into order #${newOrder.number}`,
          data: { newOrderId, newOrderNumber: newOrder.number, items: skus },
        });
        await recordOrderEvent(tx, newOrder, actor, {
          type: OrderEventType.ORDER_SPLIT_FROM,
          summary: `Split from order #${order.number} with ${count}`,
          data: { parentOrderId: order.id, parentOrderNumber: order.number, items: skus },
        });
        return { changed: [order.id, newOrderId], result: { orderId: order.id, newOrderId } };
      },
      async (r) => ({ order: await this.reload(r.orderId), newOrder: await this.reload(r.newOrderId) }),
    );
  }

  async updateQuantity(
    viewer: Viewer,
    input: UpdateOrderItemQuantityInput,
  ): Promise<Outcome<{ order: Order; item: OrderItem }>> {
    return runOrderChange(
      this.db,
      this.changes,
      viewer,
      async (tx, actor) => {
        const { quantity } = input;
        assertQuantity(quantity, ['input', 'quantity'], 'To drop the item, delete it instead.');
        const { order, item } = await this.lockItem(tx, viewer, input, OrderAction.UPDATE_QUANTITY);
        if (item.quantity === quantity) return { changed: [], result: { orderId: order.id, item } };
        await tx.query(
          `UPDATE order_items SET quantity = $2::int, line_total_amount = unit_price_amount * $2::int WHERE id = $1`,
          [item.id, quantity],
        );
        // Read under the order's lock: once committed, a concurrent delete may take the item away.
        const updated = await tx.getRepository(OrderItem).findOneByOrFail({ id: item.id });
        await recalculateOrder(tx, order.id);
        await recordOrderEvent(tx, order, actor, {
          type: OrderEventType.ITEM_QUANTITY_UPDATED,
          summary: `Quantity of ${item.sku} changed from ${item.quantity} to ${quantity}`,
          data: { itemId: item.id, sku: item.sku, before: item.quantity, after: quantity },
        });
        return { changed: [order.id], result: { orderId: order.id, item: updated } };
      },
      async (r) => ({ order: await this.reload(r.orderId), item: r.item }),
    );
  }

  async removeItem(
    viewer: Viewer,
    input: RemoveOrderItemInput,
  ): Promise<Outcome<{ order: Order; removedItemId: string }>> {
    return runOrderChange(
      this.db,
      this.changes,
      viewer,
      async (tx, actor) => {
        const { order, item } = await this.lockItem(tx, viewer, input, OrderAction.REMOVE_ITEM);
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
        return { changed: [order.id], result: { orderId: order.id, removedItemId: item.id } };
      },
      async (r) => ({ order: await this.reload(r.orderId), removedItemId: r.removedItemId }),
    );
  }

  async accept(viewer: Viewer, input: AcceptOrderInput): Promise<Outcome<{ order: Order; customer: Customer }>> {
    return runOrderChange(
      this.db,
      this.changes,
      viewer,
      async (tx, actor) => {
        const order = await lockOrderFor(tx, { ...input, sellerId: viewer.sellerId, action: OrderAction.ACCEPT });
        const { customer, created } = await this.customers.resolveForAcceptance(tx, order, input.customer ?? null);
        const items = await tx.getRepository(OrderItem).findBy({ orderId: order.id });
        await moveStock(
          tx,
          order.sellerId,
          items.map((item) => ({ variantId: item.variantId, quantity: -item.quantity })),
        );
        const seller = await tx.getRepository(Seller).findOneByOrFail({ id: order.sellerId });
        const acceptedAt = new Date();
        await tx.query(
          `UPDATE orders SET status = $2, accepted_at = $4, ship_by = $5, customer_id = $3
          WHERE id = $1`,
          [order.id, OrderStatus.ACCEPTED, customer.id, acceptedAt, shipByFor(seller, acceptedAt)],
        );
        await refreshRunningDeadline(tx, [order.id]);
        if (created) {
          await recordOrderEvent(tx, order, actor, {
            type: OrderEventType.CUSTOMER_CREATED,
            summary: `Created customer ${customer.name} from buyer ${order.buyerName}`,
            data: { customerId: customer.id },
          });
        } else if (order.customerId !== customer.id) {
          await recordOrderEvent(tx, order, actor, {
            type: OrderEventType.CUSTOMER_ASSOCIATED,
            summary: `Associated buyer ${order.buyerName} with customer ${customer.name}`,
            data: { customerId: customer.id },
          });
        }
        await recordOrderEvent(tx, order, actor, { type: OrderEventType.ORDER_ACCEPTED, summary: 'Order accepted' });
        return { changed: [order.id], result: { orderId: order.id, customer } };
      },
      async (r) => ({ order: await this.reload(r.orderId), customer: r.customer }),
    );
  }

  async reject(viewer: Viewer, input: RejectOrderInput): Promise<Outcome<{ order: Order }>> {
    return runOrderChange(
      this.db,
      this.changes,
      viewer,
      async (tx, actor) => {
        const message = buyerMessage(input.message, input.reason === RejectionReason.OTHER);
        const order = await lockOrderFor(tx, { ...input, sellerId: viewer.sellerId, action: OrderAction.REJECT });
        await tx.query(
          `UPDATE orders SET status = $2, rejected_at = now(), rejection_reason = $3, rejection_message = $4
          WHERE id = $1`,
          [order.id, OrderStatus.REJECTED, input.reason, message],
        );
        await refreshRunningDeadline(tx, [order.id]);
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
        return { changed: [order.id], result: { orderId: order.id } };
      },
      async (r) => ({ order: await this.reload(r.orderId) }),
    );
  }

  /** Finds the item's order and locks it; an item that moved meanwhile (a split) is followed to its order. */
  private async lockItem(
    tx: EntityManager,
    viewer: Viewer,
    input: { orderItemId: string; expectedVersion?: number | null },
    action: OrderAction,
  ): Promise<{ order: Order; item: OrderItem }> {
    const notFound = () =>
      refuse(UserErrorCode.ITEM_NOT_FOUND, 'This item is not on any of your orders.', ['input', 'orderItemId']);
    if (!isId(input.orderItemId)) throw notFound();
    for (let attempt = 0; attempt < 3; attempt++) {
      const located = await tx.getRepository(OrderItem).findOneBy({ id: input.orderItemId, sellerId: viewer.sellerId });
      if (!located) throw notFound();
      const order = await lockOrderFor(tx, {
        sellerId: viewer.sellerId,
        orderId: located.orderId,
        action,
        expectedVersion: input.expectedVersion,
      });
      const item = await tx.getRepository(OrderItem).findOneBy({ id: input.orderItemId, orderId: order.id });
      if (item) return { order, item };
    }
    throw notFound();
  }

  private reload(orderId: string): Promise<Order> {
    return this.db.getRepository(Order).findOneByOrFail({ id: orderId });
  }
}
