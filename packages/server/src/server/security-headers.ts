import type express from 'express';
import helmet from 'helmet';

/**
 * helmet's headers on every answer, with a Content-Security-Policy the dashboard, the playground and
 * the document pages pass: scripts only from this origin and never inline (an injected `<script>` or
 * `onerror=` does not run), no framing by any page (clickjacking), no MIME sniffing, no Referer
 * leaving the site. Inline styles stay allowed: Mantine and GraphiQL's editor insert `<style>`
 * elements, and a style cannot run code. HSTS only in production, where the site is served over HTTPS.
 */
export function securityHeaders({ production }: { production: boolean }): express.RequestHandler {
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
