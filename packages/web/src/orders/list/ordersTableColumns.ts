export type OrdersColumnKey =
  | 'select'
  | 'id'
  | 'buyer'
  | 'placed'
  | 'placedAge'
  | 'deadline'
  | 'items'
  | 'total'
  | 'status'
  | 'payment'
  | 'shipment'
  | 'invoice';
/** A column of the orders table: each view (Orders, All Orders) shows its own set. */
export interface OrdersColumn {
  key: OrdersColumnKey;
  label: string;
  width?: number;
  align?: 'right';
}

// Fixed column widths: the table does not jump while pages load or rows change. They leave the buyer
// the rest of a 1280 px screen beside the navigation (about 980 px): buyer names and invoice numbers
// wrap rather than being cut, and nothing scrolls sideways.
export const ORDERS_COLUMNS: ReadonlyArray<OrdersColumn> = [
  { key: 'select', label: 'Select', width: 40 },
  { key: 'id', label: 'Order ID', width: 76 },
  { key: 'buyer', label: 'Buyer' },
  // The age sits under the placed date: the deadline column needs the room.
  { key: 'placedAge', label: 'Placed / Age', width: 112 },
  { key: 'deadline', label: 'Deadline', width: 136 },
  { key: 'items', label: 'Items', width: 56, align: 'right' },
  { key: 'total', label: 'Total', width: 96, align: 'right' },
  { key: 'status', label: 'Status', width: 104 },
  { key: 'payment', label: 'Payment', width: 124 },
  { key: 'invoice', label: 'Invoice', width: 116 },
];

/**
 * "All Orders": approved orders with their shipment and invoice (every row is accepted, so no
 * status or age; the seller is past reviewing them).
 */
export const ALL_ORDERS_COLUMNS: ReadonlyArray<OrdersColumn> = [
  { key: 'id', label: 'Order ID', width: 80 },
  { key: 'buyer', label: 'Buyer' },
  { key: 'placed', label: 'Placed', width: 116 },
  { key: 'items', label: 'Items', width: 60, align: 'right' },
  { key: 'total', label: 'Total', width: 100, align: 'right' },
  { key: 'shipment', label: 'Shipment', width: 160 },
  { key: 'payment', label: 'Payment', width: 136 },
  { key: 'invoice', label: 'Invoice', width: 132 },
];
