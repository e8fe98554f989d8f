import type { DataSource } from 'typeorm';

/** Test data picked from the demo seed with SQL (Arrange), so tests read as the seller's story. */
export class SeedFixtures {
  constructor(private readonly db: DataSource) {}

  async sellerId(name: 'Demo Brand' | 'Other Brand'): Promise<string> {
    const [row] = await this.db.query(`SELECT id FROM sellers WHERE name = $1`, [name]);
    return row.id;
  }

  /** Pending orders of a seller with at least `minItems` lines, that no other test took yet. */
  async pendingOrder(
    seller: 'Demo Brand' | 'Other Brand',
    {
      minItems = 1,
      withCustomer = true,
      paymentMethod,
    }: { minItems?: number; withCustomer?: boolean; paymentMethod?: 'CARD' | 'TERMS' } = {},
  ): Promise<{ id: string; number: number; version: number; itemIds: string[] }> {
    const sellerId = await this.sellerId(seller);
    const [order] = await this.db.query(
      `SELECT o.id, o.number, o.version FROM orders o
        WHERE o.seller_id = $1 AND o.status = 'PENDING' AND o.item_count >= $2
          AND (o.customer_id IS NOT NULL) = $3 AND o.id <> ALL($4::uuid[])
          AND ($5::text IS NULL OR o.payment_method = $5)
        ORDER BY o.number LIMIT 1`,
      [sellerId, minItems, withCustomer, [...this.taken], paymentMethod ?? null],
    );
    if (!order) throw new Error(`no pending ${seller} order with ${minItems}+ items left`);
    this.taken.add(order.id);
    const items = await this.db.query(`SELECT id FROM order_items WHERE order_id = $1 ORDER BY position`, [order.id]);
    return { ...order, itemIds: items.map((i: { id: string }) => i.id) };
  }

  async orderWithStatus(
    seller: 'Demo Brand' | 'Other Brand',
    status: string,
  ): Promise<{ id: string; itemIds: string[] }> {
    const sellerId = await this.sellerId(seller);
    const [order] = await this.db.query(`SELECT id FROM orders WHERE seller_id = $1 AND status = $2 LIMIT 1`, [
      sellerId,
      status,
    ]);
    const items = await this.db.query(`SELECT id FROM order_items WHERE order_id = $1 ORDER BY position`, [order.id]);
    return { id: order.id, itemIds: items.map((i: { id: string }) => i.id) };
  }

  /** Everything a refused change must leave untouched. */
  async snapshot(orderId: string): Promise<unknown> {
    const [order] = await this.db.query(`SELECT * FROM orders WHERE id = $1`, [orderId]);
    const items = await this.db.query(`SELECT * FROM order_items WHERE order_id = $1 ORDER BY id`, [orderId]);
    const events = await this.db.query(`SELECT id FROM order_events WHERE order_id = $1 ORDER BY id`, [orderId]);
    const [{ count: orders }] = await this.db.query(`SELECT count(*)::int AS count FROM orders`);
    const [{ count: customers }] = await this.db.query(`SELECT count(*)::int AS count FROM customers`);
    const [{ count: emails }] = await this.db.query(`SELECT count(*)::int AS count FROM outbound_emails`);
    return { order, items, events, orders, customers, emails };
  }

  private readonly taken = new Set<string>();
}
