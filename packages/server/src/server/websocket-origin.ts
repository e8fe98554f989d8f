import type { IncomingMessage } from 'node:http';
import { sendJson, type HttpStep } from './node-http';

/**
 * Whether a browser page of `Origin` may use the session cookie here: the server's own origin (the
 * Origin's host is the Host the request was sent to) or one of ALLOWED_ORIGINS. A request without
 * Origin is not from a page (a partner's program, curl): there is no cross-site page to guard against.
 * `Origin: null` (sandboxed frames, file: pages) is refused.
 */
export function originAllowed(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * Refuses (403) a /graphql request that a page of another origin sends with the seller's cookie:
 * the HTTP twin of the WebSocket upgrade's origin check (cross-site request forgery).
 */
export function sameOriginForCookies(allowedOrigins: readonly string[]): HttpStep {
  return (req, res, next) => {
    if (!req.headers.cookie || originAllowed(req, allowedOrigins)) {
      next();
      return;
    }
    sendJson(res, 403, {
      errors: [
        { message: 'This origin may not call the API with a session cookie.', extensions: { code: 'FORBIDDEN' } },
      ],
    });
  };
}
