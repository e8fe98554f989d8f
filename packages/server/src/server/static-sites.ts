import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Logger } from 'pino';

/** The built SPA, with index.html for client-side routes; hashed assets cached for a year. */
export function serveDashboard(app: express.Express, distDir: string, logger: Logger): void {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn({ distDir }, 'dashboard build not found: run `pnpm --filter @order-desk/web build`');
    return;
  }
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(distDir, { index: false }));
  app.get(/^\/(?!graphql|healthz|assets\/|dev\/|playground).*/, (_req, res) => {
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
