import type { SyncedOrderFragment } from '../graphql/graphql';

/** An order as the sync reads it (see sync-orders.ts for the fields). */
export type SyncedOrder = SyncedOrderFragment;

/**
 * The partner's own copy of the seller's orders. In an ERP this is a table: an upsert by `id` that
 * only replaces a row with a higher `version` (`… ON CONFLICT (id) DO UPDATE … WHERE version < excluded.version`).
 */
export interface OrderCopy {
  /** Stores each order by id, unless the copy already holds that version or a later one. */
  store(orders: readonly SyncedOrder[]): Promise<void>;
}

/** The copy in memory, for trying things out and for tests. */
export class MemoryOrderCopy implements OrderCopy {
  readonly orders = new Map<string, SyncedOrder>();

  async store(orders: readonly SyncedOrder[]): Promise<void> {
    for (const order of orders) {
      const held = this.orders.get(order.id);
      if (!held || held.version < order.version) this.orders.set(order.id, order);
    }
  }
}
