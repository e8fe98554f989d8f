/** Published after a change to an order commits; subscribers reload what they show. */
export type OrderChange = { sellerId: string; orderId: string };

export interface OrderChangePublisher {
  publish(change: OrderChange): void;
}
