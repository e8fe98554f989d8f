/** The Order Details screen of an order. */
export function orderPath(id: string): string {
  return `/orders/${encodeURIComponent(id)}`;
}

/** The printable packing slip of an order. */
export function packingSlipPath(id: string): string {
  return `${orderPath(id)}/packing-slip`;
}
