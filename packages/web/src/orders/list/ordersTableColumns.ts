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

// Fixed column widths: the table does not jump while pages load or rows change.
export const ORDERS_COLUMNS: ReadonlyArray<OrdersColumn> = [
  { key: 'select', label: 'Select', width: 44 },
  { key: 'id', label: 'Order ID', width: 84 },
  { key: 'buyer', label: 'Buyer' },
  // The age sits under the placed date: the deadline column needs the room.
  { key: 'placedAge', label: 'Placed / Age', width: 124 },
  { key: 'deadline', label: 'Deadline', width: 152 },
  { key: 'items', label: 'Items', width: 56, align: 'right' },
  { key: 'total', label: 'Total', width: 104, align: 'right' },
  { key: 'status', label: 'Status', width: 118 },
  { key: 'payment', label: 'Payment', width: 150 },
  { key: 'invoice', label: 'Invoice', width: 176 },
];

/**
 * "All Orders": approved orders with their shipment and invoice (every row is accepted, so no
 * status or age; the seller is past reviewing them).
 */
export const ALL_ORDERS_COLUMNS: ReadonlyArray<OrdersColumn> = [
  { key: 'id', label: 'Order ID', width: 92 },
  { key: 'buyer', label: 'Buyer' },
  { key: 'placed', label: 'Placed', width: 128 },
  { key: 'items', label: 'Items', width: 60, align: 'right' },
  { key: 'total', label: 'Total', width: 108, align: 'right' },
  { key: 'shipment', label: 'Shipment', width: 184 },
  { key: 'payment', label: 'Payment', width: 184 },
  { key: 'invoice', label: 'Invoice', width: 196 },
];
