import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Logger } from 'pino';

/** Paths of the server's own: never answered with the dashboard, so a mistyped probe or API call gets a 404. */
const SERVER_PATHS = /^\/(graphql|healthz|readyz|metrics|assets|dev|playground|webhooks|exports)(\/|$)/;

/**
 * The built SPA; hashed assets cached for a year. index.html answers client-side routes, that is a
 * browser asking for a page (`Accept: text/html`) at a path that is neither the server's nor a file:
 * anything else unknown is a 404, not a 200 with the dashboard.
 */
export function serveDashboard(app: express.Express, distDir: string, logger: Logger): void {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn({ distDir }, 'dashboard build not found: run `pnpm --filter @order-desk/web build`');
    return;
  }
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(distDir, { index: false }));
  app.use((req, res, next) => {
    const isPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      /\btext\/html\b/.test(req.headers.accept ?? '') &&
      !SERVER_PATHS.test(req.path) &&
      !path.extname(req.path);
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** GraphiQL, built into static files (no CDN): it works offline, against this server's /graphql. */
export function servePlayground(app: express.Express, distDir: string, logger: Logger): void {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    logger.warn({ distDir }, 'playground build not found: run `pnpm --filter @order-desk/playground build`');
    return;
  }
  app.use('/playground/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use('/playground', express.static(distDir, { setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
}
