/** Published after an invoice's payment status changes (and its order with it). */
export type InvoicePaymentChange = { sellerId: string; invoiceId: string; orderId: string };

export interface InvoicePaymentChangePublisher {
  publish(change: InvoicePaymentChange): void;
}
