/** Published after a change to an order commits; subscribers reload what they show. */
export type OrderChange = { sellerId: string; orderId: string };

export interface OrderChangePublisher {
  publish(change: OrderChange): void;
}

/** A new order was placed (by any process): announced through PostgreSQL, then to local subscribers. */
export type OrderPlaced = { sellerId: string; orderId: string };
