import type { EntityManager } from 'typeorm';
import { isId } from '../common/ids';
import { LeanEntity } from '../common/lean-rows';
import { refuse } from '../common/refusal';
import { rows } from '../common/sql';
import { UserErrorCode } from '../common/user-error-code';
import { loadOrderFacts } from './order-facts';
import { ORDER_STATES, type OrderAction } from './order-state-machine';
import { Order, type OrderProperties } from './order.entity';

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
  const order = isId(orderId) ? await lockRow(tx, `o.id = $1 AND o.seller_id = $2`, [orderId, sellerId]) : null;
  if (!order) throw refuse(UserErrorCode.ORDER_NOT_FOUND, 'This order does not exist.', field);
  assertVersion(order, expectedVersion);
  return order;
}

/**
 * Locks the order that holds the item now (one statement: the item is found as the statement
 * starts), or answers null when the seller has no such item. An item moved meanwhile (a split that
 * committed while this waited for the lock) is then not on the locked order: the caller checks under
 * the lock and tries again.
 */
export async function lockOrderOfItem(
  tx: EntityManager,
  request: { sellerId: string; itemId: string; action: OrderAction; expectedVersion?: number | null },
): Promise<Order | null> {
  const order = await lockOrderOf(tx, 'order_items', request.itemId, request);
  if (order) await assertAllowed(tx, order, request.action);
  return order;
}

/**
 * Locks the order of one of its rows (`table`: a table with id, seller_id and order_id), or answers
 * null when the seller has no such row; then checks the version the seller saw.
 */
export async function lockOrderOf(
  tx: EntityManager,
  table: 'order_items' | 'invoices',
  id: string,
  request: { sellerId: string; expectedVersion?: number | null },
): Promise<Order | null> {
  if (!isId(id)) return null;
  const order = await lockRow(
    tx,
    `o.id = (SELECT r.order_id FROM ${table} r WHERE r.id = $1 AND r.seller_id = $2) AND o.seller_id = $2`,
    [id, request.sellerId],
  );
  if (order) assertVersion(order, request.expectedVersion);
  return order;
}

async function lockRow(tx: EntityManager, where: string, parameters: unknown[]): Promise<Order | null> {
  const orders = LeanEntity.of(tx.connection, Order);
  // The row without its related facts: those are read once the lock is held (loadOrderFacts).
  const withoutFacts = [...orders.properties].filter((property) => property !== 'relatedFacts');
  return orders.one(tx, 'o', `${where} FOR UPDATE`, parameters, withoutFacts);
}

/** Refuses a change to an order that changed since the seller saw `expectedVersion`. */
export function assertVersion(order: Order, expectedVersion: number | null | undefined): void {
  if (expectedVersion != null && expectedVersion !== order.version) {
    throw refuse(
      UserErrorCode.STALE_ORDER,
      'This order changed since you opened it. Reload it to see the latest version.',
      ['input', 'expectedVersion'],
    );
  }
}

/**
 * Runs `update`, an UPDATE of the locked order `o` (`UPDATE orders o … WHERE o.id = $1`) as the last
 * change the transaction makes to it, and answers the row it leaves (the version counted by the
 * trigger): the change's answer, without reading the order again. Only the `answer`'s properties
 * (what the API's answer selects), so RETURNING reads no column and no related fact nobody asked for.
 */
export async function updateOrderReturning(
  tx: EntityManager,
  update: string,
  parameters: unknown[],
  answer: OrderProperties = null,
): Promise<Order> {
  const orders = LeanEntity.of(tx.connection, Order);
  const plan = orders.planFor('o', answer);
  const [row] = await rows<Record<string, unknown>>(tx, `${update} RETURNING ${plan.select}`, parameters);
  if (!row) throw new Error('the locked order was not updated');
  return orders.hydrate(row, plan);
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
