import type { NextFunction, Request, Response } from 'express';
import type { Level, Logger } from 'pino';
import type { Viewer } from '../auth/viewer';

declare module 'node:http' {
  interface IncomingMessage {
    /** The process's logger (no per-request child: building one costs every request, logged or not). */
    log: Logger;
  }
}

// The operation a GraphQL request runs, when the body does not name it: the first named one.
const NAMED_OPERATION = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

function operationOf(req: Request): string | undefined {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object') return undefined;
  const { operationName, query } = body as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string') return operationName;
  return typeof query === 'string' ? NAMED_OPERATION.exec(query)?.[1] : undefined;
}

/** Who called, for the access log: set by the route that authenticated the request. */
export function noteCaller(res: Response, viewer: Viewer | null): void {
  if (viewer) res.locals.caller = viewer.kind === 'API_KEY' ? `api-key:${viewer.apiKeyId}` : `user:${viewer.userId}`;
}

/**
 * One access-log line per request when it finishes (error for 5xx, warn for 4xx, else info):
 * method, path, status, duration, GraphQL operation and caller. Nothing is built for a level the
 * logger does not write.
 */
export function accessLog(logger: Logger, { ignore }: { ignore: (path: string) => boolean }) {
  return (req: Request, res: Response, next: NextFunction) => {
    req.log = logger;
    if (!ignore(req.path)) {
      const started = performance.now();
      res.once('finish', () => {
        const status = res.statusCode;
        const level: Level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        logger[level](
          {
            method: req.method,
            path: req.originalUrl.split('?')[0],
            status,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            operation: operationOf(req),
            caller: res.locals.caller ?? `ip:${req.ip}`,
          },
          'request completed',
        );
      });
    }
    next();
  };
}
