import type { EntityManager } from 'typeorm';
import { isId } from '../common/ids';
import { OrderErrorCode, refuse } from './order-errors';
import { ORDER_ACTION_LABELS, OrderAction, canPerform } from './order-state-machine';
import { Order } from './order.entity';

export type LockRequest = {
  sellerId: string;
  orderId: string;
  action: OrderAction;
  expectedVersion?: number | null;
  /** Input path of the order ID, for the error. */
  field?: string[];
};

/**
 * Locks the order row for the rest of the transaction (`SELECT … FOR UPDATE`), so concurrent changes
 * to the same order run one after another, then checks the version the seller saw and the state
 * machine. Another seller's order is refused exactly like an unknown one.
 */
export async function lockOrderFor(tx: EntityManager, request: LockRequest): Promise<Order> {
  const { sellerId, orderId, action, expectedVersion, field = ['input', 'orderId'] } = request;
  const order = isId(orderId)
    ? await tx
        .getRepository(Order)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id = :orderId AND o.seller_id = :sellerId', { orderId, sellerId })
        .getOne()
    : null;
  if (!order) throw refuse(OrderErrorCode.ORDER_NOT_FOUND, 'This order does not exist.', field);
  if (expectedVersion != null && expectedVersion !== order.version) {
    throw refuse(
      OrderErrorCode.STALE_ORDER,
      'This order changed since you opened it. Reload it to see the latest version.',
      ['input', 'expectedVersion'],
    );
  }
  if (!canPerform(order.status, action)) {
    throw refuse(
      OrderErrorCode.ACTION_NOT_ALLOWED,
      `You can ${ORDER_ACTION_LABELS[action]} only while an order is pending; order #${order.number} is ${order.status.toLowerCase()}.`,
      field,
    );
  }
  return order;
}
