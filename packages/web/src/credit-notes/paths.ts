/** The printable view of a credit note. */
export function creditNotePath(id: string): string {
  return `/credit-notes/${encodeURIComponent(id)}`;
}
