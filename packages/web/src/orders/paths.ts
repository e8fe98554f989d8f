/** The Order Details screen of an order. */
export function orderPath(id: string): string {
  return `/orders/${encodeURIComponent(id)}`;
}
