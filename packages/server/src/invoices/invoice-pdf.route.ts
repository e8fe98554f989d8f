import type express from 'express';
import type { ViewerSources } from '../auth/request-viewer';
import { renderInvoicePdf } from '../billing/billing-pdf';
import { documentDownload } from '../billing/document-download';
import { InvoiceStatus } from './invoice-status';
import type { InvoiceService } from './invoice.service';

/** GET /invoices/:id/pdf: an issued (or void) invoice as a PDF; a draft has no PDF. */
export function invoicePdfRoute(
  sources: ViewerSources,
  invoices: InvoiceService,
): express.RequestHandler<{ id: string }> {
  return documentDownload(sources, async (sellerId, id) => {
    const invoice = await invoices.findById(sellerId, id);
    if (!invoice || invoice.status === InvoiceStatus.DRAFT) return null;
    const pdf = await renderInvoicePdf(await invoices.document(invoice));
    return { pdf, filename: `invoice-${invoice.displayNumber}.pdf` };
  });
}
