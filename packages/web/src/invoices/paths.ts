/** The Invoice Preview of a draft, or the printable view of an issued invoice. */
export function invoicePath(id: string): string {
  return `/invoices/${encodeURIComponent(id)}`;
}
