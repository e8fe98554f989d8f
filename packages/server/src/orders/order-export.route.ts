import type express from 'express';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { ApiKeyScope } from '../auth/api-key-scope';
import { routeViewer } from '../auth/route-viewer';
import { holdsUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '../common/storable-text';
import type { ViewerSources } from '../auth/request-viewer';
import { PaymentStatus } from '../billing/payment-status';
import { DeadlineStatus } from '../order-engine/order-deadline-status';
import { ExportFormat, type OrderExportService } from './order-export.service';
import type { OrderFilter } from './order-filter.input';
import { OrderSort } from './order-sort';
import { OrderStatus } from '../order-engine/order-status';

const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((value) => new Date(value));

/** The query string: OrderFilter's fields and OrderSort, with the same names and values as in GraphQL. */
const exportParameters = z
  .object({
    status: z.enum(OrderStatus),
    paymentStatus: z.enum(PaymentStatus),
    buyerId: z.string(),
    placedFrom: instant,
    placedTo: instant,
    updatedSince: instant,
    overdue: z.enum(['true', 'false']).transform((value) => value === 'true'),
    search: z.string(),
    deadlineStatus: z.enum(DeadlineStatus),
    sort: z.enum(OrderSort),
    format: z.enum(ExportFormat),
    excel: z.enum(['true', 'false']).transform((value) => value === 'true'),
  })
  .partial()
  .strict();

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') return `Unknown parameter: ${issue.keys.join(', ')}.`;
  return `Invalid ${String(issue.path[0] ?? 'parameter')}: ${issue.message}.`;
}

/** GET /exports/orders.csv: the orders list, filtered and sorted like in the dashboard, as a CSV download. */
export function orderExportRoute(sources: ViewerSources, orderExport: OrderExportService): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await routeViewer(sources, req, res, ApiKeyScope.ORDERS_READ);
      if (!viewer) return;
      // PostgreSQL refuses a NUL in a query parameter: that is the client's mistake, not a 500.
      if (holdsUnstorableText(req.query)) {
        res.status(400).json({ error: UNSTORABLE_TEXT_MESSAGE });
        return;
      }
      const parsed = exportParameters.safeParse(req.query);
      if (!parsed.success) {
        res.status(400).json({ error: describe(parsed.error) });
        return;
      }
      const {
        sort = OrderSort.NEWEST,
        format = ExportFormat.DATA,
        excel = false,
        ...filter
      } = parsed.data satisfies OrderFilter & { sort?: OrderSort };
      const date = new Date().toISOString().slice(0, 10);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="orders-${date}.csv"`);
      res.setHeader('Cache-Control', 'private, no-store');
      await orderExport.writeCsv(viewer.sellerId, filter, sort, res, { format, excel });
    } catch (error) {
      // A filter the list refuses (e.g. search text too long) is the client's mistake, like in GraphQL.
      if (error instanceof GraphQLError && error.extensions['code'] === 'BAD_USER_INPUT' && !res.headersSent) {
        res.removeHeader('Content-Disposition');
        res.status(400).json({ error: error.message });
        return;
      }
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else next(error);
    }
  };
}
