import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Level, Logger } from 'pino';
import { pathOf, type HttpStep } from './node-http';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request's id (request-id.ts). */
    id: string;
    /** The process's logger bound to the request id: every line the request's code logs names it. */
    log: Logger;
  }
}

/**
 * One access-log line per request when it finishes (error for 5xx, warn for 4xx, else info): method,
 * path, status, duration, and what `fields` adds (the client's address; for GraphQL the operation,
 * caller and cost). The
 * request's logger is a child binding its id alone: no per-request serialisation of the request, and
 * nothing built for a level the logger does not write.
 */
export function accessLog(
  logger: Logger,
  {
    ignore,
    fields,
  }: { ignore: (path: string) => boolean; fields: (req: IncomingMessage, res: ServerResponse) => object },
): HttpStep {
  return (req, res, next) => {
    req.log = logger.child({ requestId: req.id });
    // The path as the client sent it (routers rewrite req.url while they route).
    const path = pathOf(req.url);
    if (!ignore(path)) {
      const started = performance.now();
      res.once('finish', () => {
        const status = res.statusCode;
        const level: Level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
        if (!req.log.isLevelEnabled(level)) return;
        req.log[level](
          // pino-http's field names, which log pipelines already know.
          {
            req: { method: req.method, url: path },
            res: { statusCode: status },
            responseTime: Math.round((performance.now() - started) * 10) / 10,
            ...fields(req, res),
          },
          'request completed',
        );
      });
    }
    next();
  };
}
