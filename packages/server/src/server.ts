import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { ApiKeyScope } from './api-keys/api-key-scope';
import { rateLimitKeyOf, viewerFromCredentials } from './auth/request-viewer';
import { routeViewer } from './auth/route-viewer';
import { readSessionToken, sessionCookieFor } from './auth/session-cookie';
import type { Config } from './config/config';
import { createContext, type Context } from './graphql/context';
import { createErrorFormatter, unauthenticated } from './graphql/errors';
import { createCostBudget } from './graphql/limits/cost-budget';
import { costLimitPlugin } from './graphql/limits/cost-plugin';
import { OperationGuard } from './graphql/limits/operation-guard';
import { unstorableTextPlugin } from './graphql/text-input';
import type { Services } from './graphql/services';
import { renderCreditNotePdf, renderInvoicePdf } from './billing/billing-pdf';
import { InvoiceStatus } from './invoices/invoice-status';
import { isId } from './common/ids';
import type { CreditNoteDocument } from './credit-notes/credit-note-document';
import { CreditNote } from './credit-notes/credit-note.entity';
import type { MailCatcher } from './notifications/mail-catcher';
import { orderExportRoute } from './orders/order-export.route';

export type ServerDeps = {
  config: Pick<Config, 'nodeEnv' | 'cookieSecure' | 'webDistDir' | 'playground' | 'apiLimits' | 'redisUrl'>;
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

/** One port: /graphql over HTTP and WebSocket, /healthz, the playground and the built dashboard at `/`. */
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
  const costBudget = createCostBudget(config.apiLimits, { redisUrl: config.redisUrl, logger });
  const guard = new OperationGuard(schema, config.apiLimits, costBudget.budget, {
    exposeLimits: config.nodeEnv !== 'production',
  });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { viewer: Context['viewer'] }>(
    {
      schema,
      // An API key in the connection_init payload ({ "authorization": "Bearer …" }), else the session
      // cookie of the upgrade request. A key that does not work closes the socket (4403).
      onConnect: async (ctx) => {
        const { request } = ctx.extra;
        const params = ctx.connectionParams ?? {};
        try {
          ctx.extra.viewer = await viewerFromCredentials(services, {
            authorization: params.authorization ?? params.Authorization,
            cookie: request.headers.cookie,
          });
        } catch (error) {
          if (error instanceof GraphQLError) return false;
          throw error;
        }
        return true;
      },
      // Subscriptions pass the same limits as HTTP operations, and spend the same budget.
      onSubscribe: async (ctx, _id, payload) => {
        if (!ctx.extra.viewer) return [unauthenticated()];
        const variables = payload.variables ?? undefined;
        const operationName = payload.operationName ?? undefined;
        const rateLimitKey = rateLimitKeyOf(ctx.extra.viewer, ctx.extra.request.socket.remoteAddress);
        const prepared = await guard.prepare(payload.query, operationName, variables, rateLimitKey);
        if ('errors' in prepared) return prepared.errors;
        return { schema, document: prepared.document, operationName, variableValues: variables };
      },
      // One context serves every event of a subscription, so its loaders must not cache.
      context: (ctx) =>
        createContext({
          db,
          logger,
          services,
          viewer: ctx.extra.viewer ?? null,
          sessionCookie: null,
          rateLimitKey: rateLimitKeyOf(ctx.extra.viewer ?? null, ctx.extra.request.socket.remoteAddress),
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
    parseOptions: guard.parseOptions,
    validationRules: guard.validationRules,
    // main.ts owns shutdown: it stops the server, then the job queue, then the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(guard),
      unstorableTextPlugin,
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
        const viewer = await viewerFromCredentials(services, req.headers);
        return createContext({
          db,
          logger: req.log,
          services,
          viewer,
          sessionCookie: sessionCookieFor(req, res, config.cookieSecure),
          rateLimitKey: rateLimitKeyOf(viewer, req.ip),
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
        const viewer = await routeViewer(services, req, res, ApiKeyScope.INVOICES_READ);
        if (!viewer) return;
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
  app.get('/exports/orders.csv', orderExportRoute(services));
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
  if (config.playground.enabled) servePlayground(app, config.playground.distDir, logger);
  serveDashboard(app, config.webDistDir, logger);

  // Last: a body that cannot be read is the client's mistake (400/413); anything else is logged and
  // answered without details (never a stack trace).
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const unreadable = UNREADABLE_BODIES[(error as { type?: string }).type ?? ''];
    if (unreadable && !res.headersSent) {
      res
        .status(unreadable.status)
        .json({ errors: [{ message: unreadable.message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    req.log.error({ err: error }, 'unexpected error');
    if (!res.headersSent) res.status(500).json({ error: 'Something went wrong on our side. Please try again.' });
  });

  return {
    httpServer,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      await costBudget.close();
    },
  };
}

/** express.json's refusals, by their `type`. */
const UNREADABLE_BODIES: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The request body is too large.' },
  'encoding.unsupported': { status: 415, message: 'The request body must be UTF-8.' },
  'charset.unsupported': { status: 415, message: 'The request body must be UTF-8.' },
};

/** The built SPA, with index.html for client-side routes; hashed assets cached for a year. */
function serveDashboard(app: express.Express, distDir: string, logger: Logger): void {
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
function servePlayground(app: express.Express, distDir: string, logger: Logger): void {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    logger.warn({ distDir }, 'playground build not found: run `pnpm --filter @order-desk/playground build`');
    return;
  }
  app.use('/playground/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use('/playground', express.static(distDir, { setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
}
