import type { EntityManager } from 'typeorm';
import { isId } from '../common/ids';
import { LeanEntity } from '../common/lean-rows';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { loadOrderFacts } from './order-facts';
import { ORDER_STATES, type OrderAction } from './order-state-machine';
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
  const orders = LeanEntity.of(tx.connection, Order);
  // The row without its related facts: those are read once the lock is held (loadOrderFacts).
  const plan = orders.plan(
    'o',
    [...orders.properties].filter((property) => property !== 'relatedFacts'),
  );
  const [row] = isId(orderId)
    ? ((await tx.query(`SELECT ${plan.select} FROM orders o WHERE o.id = $1 AND o.seller_id = $2 FOR UPDATE`, [
        orderId,
        sellerId,
      ])) as Record<string, unknown>[])
    : [];
  const order = row ? orders.hydrate(row, plan) : null;
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
  ORDER_STATES.next(await loadOrderFacts(tx, order.id), action, field);
}
