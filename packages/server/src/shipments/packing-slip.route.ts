import type express from 'express';
import { ApiKeyScope } from '../auth/api-key-scope';
import type { ViewerSources } from '../auth/request-viewer';
import { documentDownload } from '../billing/document-download';
import type { PackingSlipService } from './packing-slip';

/** GET /orders/:id/packing-slip.pdf: the order's packing slip, for the seller's own orders only. */
export function packingSlipRoute(
  sources: ViewerSources,
  packingSlips: PackingSlipService,
): express.RequestHandler<{ id: string }> {
  return documentDownload(sources, (sellerId, id) => packingSlips.pdf(sellerId, id), ApiKeyScope.ORDERS_READ);
}
