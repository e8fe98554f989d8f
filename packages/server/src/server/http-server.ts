import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { rateLimitKeyOf, viewerFromCredentials } from '../auth/request-viewer';
import { sessionCookieFor } from '../auth/session-cookie';
import type { Config } from '../config/config';
import { creditNotePdfRoute } from '../credit-notes/credit-note-pdf.route';
import { createContext, type Context } from '../graphql/context';
import { createErrorFormatter } from '../graphql/errors';
import { createCostBudget } from '../graphql/limits/cost-budget';
import { costLimitPlugin } from '../graphql/limits/cost-plugin';
import { OperationGuard } from '../graphql/limits/operation-guard';
import type { Services } from '../graphql/services';
import { unstorableTextPlugin } from '../graphql/text-input';
import { invoicePdfRoute } from '../invoices/invoice-pdf.route';
import type { MailCatcher } from '../notifications/mail-catcher';
import { mailCatcherRoutes } from '../notifications/mail-catcher.route';
import { orderExportRoute } from '../orders/order-export.route';
import { stripeWebhookRoute } from '../payments/stripe-webhook.route';
import { accessLog, noteCaller } from './access-log';
import { applicationJsonStatusPlugin } from './application-json-status';
import { errorResponder } from './http-errors';
import { idempotency } from './idempotency';
import { jitGateway } from './jit-gateway';
import { serveDashboard, servePlayground } from './static-sites';
import { serveSubscriptions } from './websocket';

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

/**
 * One port: /graphql over HTTP and WebSocket, /healthz, the domains' routes (each lives in its domain
 * and is mounted here), the playground and the built dashboard at `/`.
 */
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
  // Answers are JSON computed per request (GraphQL above all), never revalidated: no ETag hashing.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const costBudget = createCostBudget(config.apiLimits, { redisUrl: config.redisUrl, logger });
  const guard = new OperationGuard(schema, config.apiLimits, costBudget.budget, {
    exposeLimits: config.nodeEnv !== 'production',
  });
  const subscriptions = serveSubscriptions({
    db,
    httpServer,
    schema,
    services,
    guard,
    logger,
    mailCatcherEnabled: Boolean(mailCatcher),
  });

  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema),
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
      applicationJsonStatusPlugin,
      { serverWillStart: async () => ({ drainServer: async () => subscriptions.dispose() }) },
    ],
  });
  await apollo.start();

  app.use(accessLog(logger, { ignore: (path) => path === '/healthz' }));
  app.use(stripeWebhookRoute(services.stripeWebhooks));
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
    idempotency(db, services, guard.parseOptions),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await viewerFromCredentials(services, req.headers);
        noteCaller(res, viewer);
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

  app.get('/exports/orders.csv', orderExportRoute(services, services.orderExport));
  app.get('/invoices/:id/pdf', invoicePdfRoute(services, services.invoices));
  app.get('/credit-notes/:id/pdf', creditNotePdfRoute(services, services.creditNotes));
  if (mailCatcher) app.use('/dev/mail', ...mailCatcherRoutes(services.sessions, mailCatcher));
  if (config.playground.enabled) servePlayground(app, config.playground.distDir, logger);
  serveDashboard(app, config.webDistDir, logger);
  app.use(errorResponder);

  return {
    httpServer,
    stop: async () => {
      await apollo.stop();
      await subscriptions.close();
      await costBudget.close();
    },
  };
}
