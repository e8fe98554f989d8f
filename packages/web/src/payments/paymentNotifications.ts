/** The notification saying an invoice is paid, whoever reports it first (the seller's action or the live update). */
export function invoicePaidNotificationId(invoiceId: string): string {
  return `invoice-paid-${invoiceId}`;
}
