import type { Address } from '../common/address';

/** What goes in the box: who ships to whom, what and how many; never a price. */
export type PackingSlip = {
  seller: { name: string; addressLines: string[]; locale: string };
  orderNumber: number;
  /** When the order was placed, YYYY-MM-DD, the seller's day. */
  orderDate: string;
  shipTo: Address;
  lines: { sku: string; description: string; quantity: number }[];
  /** The buyer's note on the order (the seller's internal notes stay off the slip). */
  buyerNote: string | null;
};
