import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { rateLimitKeyOf } from '../auth/request-viewer';
import { sessionCookieFor } from '../auth/session-cookie';
import type { RevokedCredential } from '../auth/credential-revocation';
import type { Config } from '../config/config';
import { creditNotePdfRoute } from '../credit-notes/credit-note-pdf.route';
import { createContext, type Context } from '../graphql/context';
import { formatError, unexpectedErrorsPlugin } from '../graphql/errors';
import { createBudgets } from '../graphql/limits/cost-budget';
import { costLimitPlugin } from '../graphql/limits/cost-plugin';
import { OperationGuard } from '../graphql/limits/operation-guard';
import { REFUSALS, RefusalBudget } from '../graphql/limits/refusal-budget';
import { schemaVisibilityPlugin } from '../graphql/schema-visibility';
import type { Services } from '../graphql/services';
import { unstorableTextPlugin } from '../graphql/text-input';
import { invoicePdfRoute } from '../invoices/invoice-pdf.route';
import { packingSlipRoute } from '../shipments/packing-slip.route';
import type { MailCatcher } from '../notifications/mail-catcher';
import { mailCatcherRoutes } from '../notifications/mail-catcher.route';
import { orderExportRoute } from '../orders/order-export.route';
import { stripeWebhookRoute } from '../payments/stripe-webhook.route';
import { accessLog } from './access-log';
import { compressWhenAsked } from './answer-compression';
import { applicationJsonStatusPlugin } from './graphql-over-http';
import { clientAddressOf, trustFunction } from './client-address';
import { isGraphQLRequest } from './graphql-path';
import { answerWithApollo, graphqlRoute } from './graphql-route';
import { gateSawMutation, gateViewerOf, graphqlGate, MAX_REQUEST_BODY } from './graphql-gate';
import { healthRoutes, PROBE_PATHS, type Readiness } from './health';
import { errorResponder, notFound } from './http-errors';
import { idempotency } from './idempotency';
import { jitGateway } from './jit-gateway';
import { httpMetrics, metricsPlugin, metricsRoute, timeHttpRequest } from './metrics';
import type { HttpStep } from './node-http';
import { graphqlAccessFields, linkGraphQLContext, openRequestContext, requestIds } from './request-id';
import { securityHeaders } from './security-headers';
import { serveDashboard, servePlayground } from './static-sites';
import { serveSubscriptions } from './websocket';
import { sameOriginForCookies } from './websocket-origin';

export type ServerDeps = {
  config: Pick<
    Config,
    'nodeEnv' | 'cookieSecure' | 'webDistDir' | 'playground' | 'apiLimits' | 'redisUrl' | 'metrics' | 'security'
  >;
  db: DataSource;
  readiness: Readiness;
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  mailCatcher?: MailCatcher | null;
  /** Revoked sessions and keys, from every instance: their sockets are closed. */
  credentialRevocations: { subscribe: (listener: (revoked: RevokedCredential) => void) => () => void };
};

export type RunningServer = {
  httpServer: http.Server;
  /** Stops taking connections, lets in-flight requests finish, closes subscriptions. */
  stop: () => Promise<void>;
};

/**
 * One port: /graphql over HTTP and WebSocket, /healthz and /readyz, /metrics (unless METRICS_PORT
 * moves it), the domains' routes (each lives in its domain and is mounted here), the playground and
 * the built dashboard at `/`.
 */
export async function createServer({
  config,
  db,
  readiness,
  schema,
  services,
  logger,
  mailCatcher,
  credentialRevocations,
}: ServerDeps): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Answers are JSON computed per request (GraphQL above all), never revalidated: no ETag hashing.
  app.set('etag', false);
  const trust = trustFunction(config.security.trustProxy);
  app.set('trust proxy', trust);
  const httpServer = http.createServer();
  const { apiLimits, security } = config;
  const budgets = createBudgets({ redisUrl: config.redisUrl, logger });
  const refusals = new RefusalBudget(budgets.open(REFUSALS.burst, REFUSALS.perSecond));
  const guard = new OperationGuard(
    schema,
    apiLimits,
    budgets.open(apiLimits.rateLimitBucket, apiLimits.rateLimitRestoreRate),
    {
      exposeLimits: config.nodeEnv !== 'production',
      sellerBudget: budgets.open(security.sellerRateLimit.bucket, security.sellerRateLimit.restoreRate),
    },
  );
  // The mail catcher is for development: production never serves it, whatever was started.
  const mailCatcherServed = mailCatcher && config.nodeEnv !== 'production' ? mailCatcher : null;
  const subscriptions = serveSubscriptions({
    db,
    httpServer,
    schema,
    services,
    guard,
    refusals,
    logger,
    mailCatcherEnabled: Boolean(mailCatcherServed),
    trust,
    allowedOrigins: security.allowedOrigins,
    visibility: security.schemaVisibility,
    credentialRevocations,
  });

  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema),
    formatError,
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
      // After the cost plugin: it reads the cost that plugin reports.
      metricsPlugin(),
      unexpectedErrorsPlugin(logger),
      schemaVisibilityPlugin(security.schemaVisibility),
      unstorableTextPlugin,
      applicationJsonStatusPlugin,
      { serverWillStart: async () => ({ drainServer: async () => subscriptions.dispose() }) },
    ],
  });
  await apollo.start();

  const addressOf = (req: http.IncomingMessage) => clientAddressOf(req, trust);
  // What every request gets first, on both paths.
  const everyRequest: HttpStep[] = [
    requestIds,
    securityHeaders({ production: config.nodeEnv === 'production' }),
    accessLog(logger, {
      ignore: (path) => PROBE_PATHS.includes(path),
      fields: (req, res) => ({ clientAddress: addressOf(req), ...graphqlAccessFields(res) }),
    }),
  ];
  const compress = compression() as HttpStep;

  const graphql = graphqlRoute([
    (req, res, next) => {
      timeHttpRequest(req, res, () => '/graphql');
      next();
    },
    ...everyRequest,
    compressWhenAsked(compress),
    sameOriginForCookies(security.allowedOrigins),
    express.json({ limit: MAX_REQUEST_BODY }) as HttpStep,
    graphqlGate({ guard, refusals, sources: services, visibility: security.schemaVisibility, addressOf }),
    idempotency(db),
    openRequestContext(gateSawMutation),
    answerWithApollo(apollo, async (req, res) => {
      // The gate in front of Apollo found the viewer already.
      const viewer = gateViewerOf(req) ?? null;
      const context = createContext({
        db,
        logger: req.log,
        services,
        viewer,
        sessionCookie: sessionCookieFor(req, res, config.cookieSecure),
        rateLimitKey: rateLimitKeyOf(viewer, addressOf(req)),
        clientAddress: addressOf(req),
        mailCatcherEnabled: Boolean(mailCatcherServed),
      });
      linkGraphQLContext(context, res, viewer);
      return context;
    }),
  ]);

  // /graphql is served without Express (graphql-route.ts); every other path by the app.
  httpServer.on('request', (req, res) => (isGraphQLRequest(req) ? graphql(req, res) : app(req, res)));

  app.use(httpMetrics, ...everyRequest);
  // Routers are mounted at their paths: a router every request enters costs an event-loop turn (it
  // hands a request it does not answer on with setImmediate).
  app.use(
    '/webhooks/stripe',
    openRequestContext(() => true),
    stripeWebhookRoute(services.stripeWebhooks),
  );
  app.use(compress);

  // Open outside production; in production only behind a token, or on METRICS_PORT (see ops-server.ts).
  if (!config.metrics.port && (config.metrics.token || config.nodeEnv !== 'production')) {
    app.get('/metrics', metricsRoute(config.metrics.token));
  }

  app.use(healthRoutes(readiness));
  app.get('/exports/orders.csv', orderExportRoute(services, services.orderExport));
  app.get('/invoices/:id/pdf', invoicePdfRoute(services, services.invoices));
  app.get('/credit-notes/:id/pdf', creditNotePdfRoute(services, services.creditNotes));
  app.get('/orders/:id/packing-slip.pdf', packingSlipRoute(services, services.packingSlips));
  if (mailCatcherServed)
    app.use('/dev/mail', ...mailCatcherRoutes(services.sessions, services.sentEmails, mailCatcherServed));
  if (config.playground.enabled) servePlayground(app, config.playground.distDir, logger);
  serveDashboard(app, config.webDistDir, logger);
  app.use(notFound);
  app.use(errorResponder);

  return {
    httpServer,
    stop: async () => {
      await apollo.stop();
      await subscriptions.close();
      await budgets.close();
    },
  };
}
