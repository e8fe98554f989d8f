import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { readSessionToken, sessionCookieFor } from './auth/session-cookie';
import type { Config } from './config/config';
import { createContext, type Context } from './graphql/context';
import { createErrorFormatter } from './graphql/errors';
import type { Services } from './graphql/services';
import { renderCreditNotePdf, renderInvoicePdf } from './billing/billing-pdf';
import { InvoiceStatus } from './invoices/invoice-status';
import { isId } from './common/ids';
import type { CreditNoteDocument } from './credit-notes/credit-note-document';
import { CreditNote } from './credit-notes/credit-note.entity';
import type { MailCatcher } from './notifications/mail-catcher';

export type ServerDeps = {
  config: Pick<Config, 'nodeEnv' | 'cookieSecure' | 'webDistDir'>;
  db: DataSource;
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  mailCatcher?: MailCatcher | null;
};

export type RunningServer = {
  httpServer: http.Server;
  /** Stops taking connections, lets in-flight requests finish, closes subscriptions. */
  stop: () => Promise<void>;
};

/** One port: /graphql over HTTP and WebSocket, /healthz, and the built dashboard at `/`. */
export async function createServer({
  config,
  db,
  schema,
  services,
  logger,
  mailCatcher,
}: ServerDeps): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { viewer: Context['viewer'] }>(
    {
      schema,
      // The same session cookie authenticates the WebSocket upgrade request.
      onConnect: async (ctx) => {
        ctx.extra.viewer = await services.sessions.viewerFor(readSessionToken(ctx.extra.request.headers));
        return true;
      },
      onSubscribe: (ctx) => {
        if (ctx.extra.viewer) return undefined;
        return [new GraphQLError('You are not signed in.', { extensions: { code: 'UNAUTHENTICATED' } })];
      },
      // One context serves every event of a subscription, so its loaders must not cache.
      context: (ctx) =>
        createContext({
          db,
          logger,
          services,
          viewer: ctx.extra.viewer ?? null,
          sessionCookie: null,
          cacheLoaders: false,
          mailCatcherEnabled: Boolean(mailCatcher),
        }),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown: it stops the server, then the job queue, then the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
    ],
  });
  await apollo.start();

  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));

  // Stripe signs the exact bytes it sends: this route reads the raw body, before any JSON parser.
  app.post('/webhooks/stripe', express.raw({ type: () => true, limit: '1mb' }), async (req, res, next) => {
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await services.stripeWebhooks.handle(body, req.header('stripe-signature'));
      res.status(result.status).json(result.body);
    } catch (error) {
      next(error);
    }
  });
  app.use(compression());

  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok', database: 'up' });
    } catch (error) {
      logger.warn({ err: error }, 'health check: database unreachable');
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const sessionCookie = sessionCookieFor(req, res, config.cookieSecure);
        const viewer = await services.sessions.viewerFor(sessionCookie.read());
        return createContext({
          db,
          logger: req.log,
          services,
          viewer,
          sessionCookie,
          mailCatcherEnabled: Boolean(mailCatcher),
        });
      },
    }),
  );

  /** A PDF download for the signed-in seller's own document; 404 for anyone else's. */
  const pdfRoute = (
    path: string,
    load: (sellerId: string, id: string) => Promise<{ pdf: Buffer; filename: string } | null>,
  ) =>
    app.get(path, async (req: express.Request<{ id: string }>, res, next) => {
      try {
        const viewer = await services.sessions.viewerFor(readSessionToken(req.headers));
        if (!viewer) {
          res.status(401).json({ error: 'You are not signed in.' });
          return;
        }
        const found = await load(viewer.sellerId, req.params.id);
        if (!found) {
          res.status(404).json({ error: 'This document does not exist.' });
          return;
        }
        res.setHeader('Content-Type', 'application/pdf');
        res.setHeader('Content-Disposition', `attachment; filename="${found.filename}"`);
        res.setHeader('Cache-Control', 'private, no-store');
        res.send(found.pdf);
      } catch (error) {
        next(error);
      }
    });
  pdfRoute('/invoices/:id/pdf', async (sellerId, id) => {
    const invoice = await services.invoices.findById(sellerId, id);
    if (!invoice || invoice.status === InvoiceStatus.DRAFT) return null;
    const pdf = await renderInvoicePdf(await services.invoices.document(invoice));
    return { pdf, filename: `invoice-${invoice.displayNumber}.pdf` };
  });
  pdfRoute('/credit-notes/:id/pdf', async (sellerId, id) => {
    const creditNote = isId(id) ? await db.getRepository(CreditNote).findOneBy({ id, sellerId }) : null;
    if (!creditNote) return null;
    const pdf = await renderCreditNotePdf(creditNote.snapshot as unknown as CreditNoteDocument);
    return { pdf, filename: `credit-note-${creditNote.displayNumber}.pdf` };
  });

  if (mailCatcher) {
    // Caught mail holds buyers' addresses: only signed-in seller users may read it.
    app.use(
      '/dev/mail',
      async (req, res, next) => {
        if (await services.sessions.viewerFor(readSessionToken(req.headers))) next();
        else res.status(401).type('text').send('Sign in to the dashboard to read caught mail.');
      },
      mailCatcher.router(),
    );
  }
  serveDashboard(app, config.webDistDir, logger);

  // Last: anything unexpected is logged and answered without details (never a stack trace).
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    req.log.error({ err: error }, 'unexpected error');
    if (!res.headersSent) res.status(500).json({ error: 'Something went wrong on our side. Please try again.' });
  });

  return {
    httpServer,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/** The built SPA, with index.html for client-side routes; hashed assets cached for a year. */
function serveDashboard(app: express.Express, distDir: string, logger: Logger): void {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn({ distDir }, 'dashboard build not found: run `pnpm --filter @order-desk/web build`');
    return;
  }
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(distDir, { index: false }));
  app.get(/^\/(?!graphql|healthz|assets\/|dev\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
