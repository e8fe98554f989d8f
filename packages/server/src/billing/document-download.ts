import type express from 'express';
import { ApiKeyScope } from '../auth/api-key-scope';
import { routeViewer } from '../auth/route-viewer';
import type { ViewerSources } from '../auth/request-viewer';

export type DownloadableDocument = { pdf: Buffer; filename: string };

/**
 * A PDF download of the signed-in seller's own document (`/:id` in the path); 404 for anyone else's,
 * so another seller's ID looks exactly like an unknown one. An API key needs `scope` (billing documents:
 * invoices:read).
 */
export function documentDownload(
  sources: ViewerSources,
  load: (sellerId: string, id: string) => Promise<DownloadableDocument | null>,
  scope: ApiKeyScope = ApiKeyScope.INVOICES_READ,
): express.RequestHandler<{ id: string }> {
  return async (req, res, next) => {
    try {
      const viewer = await routeViewer(sources, req, res, scope);
      if (!viewer) return;
      const found = await load(viewer.sellerId, req.params.id);
      if (!found) {
        res.status(404).json({ error: 'This document does not exist.' });
        return;
      }
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="${found.filename}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(found.pdf);
    } catch (error) {
      next(error);
    }
  };
}
