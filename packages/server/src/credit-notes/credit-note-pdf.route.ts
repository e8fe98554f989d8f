import type express from 'express';
import type { ViewerSources } from '../auth/request-viewer';
import { renderCreditNotePdf } from '../billing/billing-pdf';
import { documentDownload } from '../billing/document-download';
import type { CreditNoteService } from './credit-note.service';

/** GET /credit-notes/:id/pdf: a credit note as issued, as a PDF. */
export function creditNotePdfRoute(
  sources: ViewerSources,
  creditNotes: CreditNoteService,
): express.RequestHandler<{ id: string }> {
  return documentDownload(sources, async (sellerId, id) => {
    const creditNote = await creditNotes.findById(sellerId, id);
    if (!creditNote) return null;
    const pdf = await renderCreditNotePdf(creditNote.snapshot);
    return { pdf, filename: `credit-note-${creditNote.displayNumber}.pdf` };
  });
}
