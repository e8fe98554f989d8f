import type { EntityManager } from 'typeorm';
import { isId } from '../common/ids';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { loadOrderFacts } from './order-facts';
import { ORDER_STATES, type OrderAction, type OrderFacts } from './order-state-machine';
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
  const order = await lockOrder(tx, request);
  await assertAllowed(tx, order, request.action, request.field);
  return order;
}

/** Locks the order row and checks the version the seller saw, without the state machine. */
export async function lockOrder(tx: EntityManager, request: Omit<LockRequest, 'action'>): Promise<Order> {
  const { sellerId, orderId, expectedVersion, field = ['input', 'orderId'] } = request;
  const order = isId(orderId)
    ? await tx
        .getRepository(Order)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id = :orderId AND o.seller_id = :sellerId', { orderId, sellerId })
        .getOne()
    : null;
  if (!order) throw refuse(UserErrorCode.ORDER_NOT_FOUND, 'This order does not exist.', field);
  if (expectedVersion != null && expectedVersion !== order.version) {
    throw refuse(
      UserErrorCode.STALE_ORDER,
      'This order changed since you opened it. Reload it to see the latest version.',
      ['input', 'expectedVersion'],
    );
  }
  return order;
}

/** Refuses the action when the state machine does not allow it on the (locked) order now. */
export async function assertAllowed(
  tx: EntityManager,
  order: Order,
  action: OrderAction,
  field = ['input', 'orderId'],
): Promise<void> {
  ORDER_STATES.next(await factsOf(tx, order), action, field);
}

/** The facts the state machine's guards read, as they are inside this transaction. */
async function factsOf(tx: EntityManager, order: Order): Promise<OrderFacts> {
  return (await loadOrderFacts(tx, [order.id])).get(order.id)!;
}
