import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import type { HttpStep } from './node-http';

/**
 * helmet's headers on every answer, with a Content-Security-Policy the dashboard, the playground and
 * the document pages pass: scripts only from this origin and never inline (an injected `<script>` or
 * `onerror=` does not run), no framing by any page (clickjacking), no MIME sniffing, no Referer
 * leaving the site. Inline styles stay allowed: Mantine and GraphiQL's editor insert `<style>`
 * elements, and a style cannot run code. HSTS only in production, where the site is served over HTTPS.
 */
function helmetFor(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers the same-origin WebSocket (ws:/wss:) of subscriptions.
        connectSrc: ["'self'"],
        // GraphiQL's editor runs its language services in workers built into its own files.
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
}

/** What helmet does to a response: headers set (names in its case) and removed, in its order. */
type HeaderChange = { name: string; value?: string | number | readonly string[] };

/**
 * helmet run once, on a response no socket ever sees, its header changes recorded: its options above
 * are constants (no per-request directive), so every answer gets the same. Per request it ran a
 * chain of a dozen middlewares and rebuilt the Content-Security-Policy string.
 */
function headerChangesOf(middleware: ReturnType<typeof helmet>): HeaderChange[] {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  const changes: HeaderChange[] = [];
  res.setHeader = (name, value) => (changes.push({ name, value }), res);
  res.removeHeader = (name) => void changes.push({ name });
  let failure: unknown;
  middleware(res.req, res, (error) => (failure = error));
  if (failure) throw failure;
  return changes;
}

export function securityHeaders({ production }: { production: boolean }): HttpStep {
  const changes = headerChangesOf(helmetFor(production));
  return (_req, res, next) => {
    for (const { name, value } of changes) {
      if (value === undefined) res.removeHeader(name);
      else res.setHeader(name, value);
    }
    next();
  };
}
