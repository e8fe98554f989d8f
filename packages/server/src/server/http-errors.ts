import type { IncomingMessage, ServerResponse } from 'node:http';
import type express from 'express';
import { sendJson } from './node-http';

/** express.json's refusals, by their `type`. */
const UNREADABLE_BODIES: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The request body is too large.' },
  'encoding.unsupported': {
    status: 415,
    message: 'The Content-Encoding of the request body is not supported (send gzip, deflate, br or none).',
  },
  'charset.unsupported': { status: 415, message: 'The request body must be UTF-8.' },
};

/**
 * A client error raised by Express or a body parser (http-errors): a path that is not valid
 * percent-encoding, a body whose Content-Encoding does not decode… Its status is 4xx; its message is
 * passed on only when meant for the client (`expose`).
 */
function clientError(error: unknown): { status: number; message: string } | null {
  if (!error || typeof error !== 'object') return null;
  const { status, statusCode, expose, message } = error as Record<string, unknown>;
  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || code < 400 || code > 499) return null;
  if (expose === true && typeof message === 'string') return { status: code, message };
  // The router's URIError repeats the raw path segment: say what is wrong instead.
  return {
    status: code,
    message: error instanceof URIError ? 'The URL is not valid percent-encoding.' : 'Bad request.',
  };
}

/** What no route answered: a 404 that keeps the security headers (Express's own page replaces the CSP). */
export function notFound(_req: express.Request, res: express.Response): void {
  res.status(404).json({ error: 'Not found.' });
}

/**
 * Last in the chain: a body that cannot be read, or any other client error, is the client's mistake
 * (4xx with its message); anything else is logged and answered without details (never a stack trace).
 */
export function errorResponder(error: unknown, req: IncomingMessage, res: ServerResponse, _next?: unknown): void {
  const unreadable = UNREADABLE_BODIES[(error as { type?: string }).type ?? ''] ?? clientError(error);
  if (unreadable && !res.headersSent) {
    sendJson(res, unreadable.status, {
      errors: [{ message: unreadable.message, extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  req.log.error({ err: error }, 'unexpected error');
  if (!res.headersSent) {
    sendJson(res, 500, { error: 'Something went wrong on our side. Please try again.', requestId: req.id });
  }
}
