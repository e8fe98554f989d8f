import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { assertMayRefund, rebillOrder } from './order-rebilling';
import { moveStock } from '../catalog/stock';
import { money } from '../common/money';
import { EmailKind } from '../notifications/email-kind';
import type { EmailOutbox } from '../notifications/email-outbox';
import type { RefundService } from '../refunds/refund.service';
import { adjustmentOf, linesAfter } from './order-adjustment-report';
import type { AdjustmentChange } from './order-adjustment';
import { type CancelOrderInput } from './order-cancellation.inputs';
import { CancellationReason } from '../order-engine/cancellation-reason';
import type { Outcome } from '../common/refusal';
import { runOrderChangeOrPreview } from '../order-engine/order-change-runner';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { buyerMessage } from './order-input-rules';
import { lockOrderFor } from '../order-engine/order-lock';
import { refreshRunningDeadline } from '../order-engine/order-deadline-dates';
import { OrderAction } from '../order-engine/order-state-machine';
import { OrderStatus } from '../order-engine/order-status';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { OrderItem } from '../order-engine/order-item.entity';
import { OrderEventType } from '../order-engine/order-event-type';

export const CANCELLATION_SUMMARIES: Record<CancellationReason, string> = {
  [CancellationReason.BUYER_REQUEST]: 'at the buyer’s request',
  [CancellationReason.OUT_OF_STOCK]: 'goods unavailable',
  [CancellationReason.CANNOT_SHIP]: 'cannot ship',
  [CancellationReason.PAYMENT_ISSUE]: 'payment issue',
  [CancellationReason.OTHER]: 'other reason',
};

/**
 * Cancel Order after acceptance: in one transaction under the order's lock, the order is cancelled
 * with its reason, its goods go back in stock when asked, its draft is dropped and its unpaid invoices
 * voided, what was paid is credited and refunded (card) or recorded as owed back (terms), and the
 * buyer's email is queued in the outbox. A shipped order needs the seller's explicit acknowledgement.
 */
export class OrderCancellationService {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: EmailOutbox,
    private readonly refunds: RefundService,
    private readonly changes: OrderChangePublisher,
  ) {}

  cancel(viewer: Viewer, input: CancelOrderInput): Promise<Outcome<AdjustmentChange>> {
    return runOrderChangeOrPreview(
      this.db,
      this.changes,
      viewer,
      input.preview,
      async (tx, actor) => {
        const message = buyerMessage(input.message, input.reason === CancellationReason.OTHER);
        const order = await lockOrderFor(tx, { ...input, sellerId: viewer.sellerId, action: OrderAction.CANCEL });
        const [{ shipped }] = await tx.query(`SELECT EXISTS (SELECT 1 FROM shipments WHERE order_id = $1) AS shipped`, [
          order.id,
        ]);
        if (shipped && !input.acknowledgeShipped) {
          throw refuse(
            UserErrorCode.SHIPPED_ORDER,
            'This order has shipped. Confirm that you are cancelling it anyway: the goods are with the buyer or on their way.',
            ['input', 'acknowledgeShipped'],
          );
        }
        const items = await tx
          .getRepository(OrderItem)
          .find({ where: { orderId: order.id }, order: { position: 'ASC' } });
        await tx.query(
          `UPDATE orders SET status = $2, cancelled_at = now(), cancellation_reason = $3, cancellation_message = $4,
                  restocked = $5
            WHERE id = $1`,
          [order.id, OrderStatus.CANCELLED, input.reason, message, input.restock],
        );
        await refreshRunningDeadline(tx, [order.id]);
        await tx.query(`DELETE FROM invoices WHERE order_id = $1 AND status = 'DRAFT'`, [order.id]);
        await recordOrderEvent(tx, order, actor, {
          type: OrderEventType.ORDER_CANCELLED,
          summary: `Order cancelled: ${CANCELLATION_SUMMARIES[input.reason]}. The buyer will be emailed.`,
          data: { reason: input.reason, message, restock: input.restock, shipped },
        });
        if (input.restock) {
          await moveStock(
            tx,
            order.sellerId,
            items.map((item) => ({ variantId: item.variantId, quantity: item.quantity })),
          );
          await recordOrderEvent(tx, order, actor, {
            type: OrderEventType.STOCK_RESTORED,
            summary: `Stock restored: ${items.map((item) => `${item.quantity} × ${item.sku}`).join(', ')}`,
            data: { items: items.map((item) => ({ sku: item.sku, quantity: item.quantity })) },
          });
        }
        const rebilling = await rebillOrder(tx, order, actor, this.refunds, {
          target: { lines: [], shipping: 0 },
          reason: `Order #${order.number} cancelled: ${CANCELLATION_SUMMARIES[input.reason]}`,
        });
        if (!input.preview) assertMayRefund(viewer, rebilling);
        await this.outbox.enqueue(tx, {
          sellerId: order.sellerId,
          orderId: order.id,
          kind: EmailKind.ORDER_CANCELLED,
          dedupeKey: `order-cancelled:${order.id}`,
        });
        const lines = await linesAfter(tx, order.id, items);
        return {
          changed: [order.id],
          result: {
            orderId: order.id,
            report: {
              changes: [
                `cancel order #${order.number}`,
                ...(input.restock ? ['put the goods back in stock'] : []),
                'email the buyer',
              ],
              lines,
              totalBefore: order.total,
              totalAfter: money(0, order.currency),
              rebilling,
            },
          },
        };
      },
      async ({ orderId, report }, committed) => ({
        orderId,
        order: null,
        adjustment: adjustmentOf(report, committed),
        creditNote: committed ? report.rebilling.creditNote : null,
      }),
    );
  }
}
