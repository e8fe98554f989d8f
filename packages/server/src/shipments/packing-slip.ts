import type { DataSource } from 'typeorm';
import { loadBillingParties } from '../billing/billing-document';
import { orderContent } from '../billing/order-billing';
import { isId } from '../common/ids';
import { rows } from '../common/sql';
import type { DownloadableDocument } from '../billing/document-download';
import type { PackingSlip } from './packing-slip-document';
import { renderPackingSlipPdf } from './packing-slip-pdf';

/** Packing slips of the seller's orders, for the warehouse. */
export class PackingSlipService {
  constructor(private readonly db: DataSource) {}

  /** The order's packing slip; null when the seller has no such order. */
  async compose(sellerId: string, orderId: string): Promise<PackingSlip | null> {
    if (!isId(orderId)) return null;
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const [order] = await rows<{ buyer_note: string | null }>(
        tx,
        `SELECT buyer_note FROM orders WHERE id = $1 AND seller_id = $2`,
        [orderId, sellerId],
      );
      if (!order) return null;
      const parties = await loadBillingParties(tx, orderId);
      const content = await orderContent(tx, orderId);
      return {
        seller: {
          name: parties.seller.name,
          addressLines: parties.seller.addressLines,
          locale: parties.seller.locale ?? 'en-US',
        },
        orderNumber: parties.orderNumber,
        orderDate: parties.orderDate,
        shipTo: parties.shippingAddress,
        lines: content.lines.map(({ sku, description, quantity }) => ({ sku, description, quantity })),
        buyerNote: order.buyer_note,
      };
    });
  }

  /** The packing slip as a PDF download; null when the seller has no such order. */
  async pdf(sellerId: string, orderId: string): Promise<DownloadableDocument | null> {
    const slip = await this.compose(sellerId, orderId);
    if (!slip) return null;
    return { pdf: await renderPackingSlipPdf(slip), filename: `packing-slip-${slip.orderNumber}.pdf` };
  }
}
