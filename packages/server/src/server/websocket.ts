import type http from 'node:http';
import { getOperationAST, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { RevokedCredential } from '../auth/credential-revocation';
import { rateLimitKeyOf, viewerFromCredentials } from '../auth/request-viewer';
import { unauthenticated } from '../common/api-errors';
import { openSubscriptions } from '../common/metrics';
import type { SchemaVisibility } from '../config/security-settings';
import { createContext, type Context } from '../graphql/context';
import type { OperationGuard } from '../graphql/limits/operation-guard';
import type { RefusalBudget } from '../graphql/limits/refusal-budget';
import { schemaVisibleTo, withoutSuggestions } from '../graphql/schema-visibility';
import type { Services } from '../graphql/services';
import { clientAddressOf, type TrustFunction } from './client-address';
import { SocketCredentials } from './socket-credentials';
import { originAllowed } from './websocket-origin';

type Subscribable = { subscribe: (listener: (revoked: RevokedCredential) => void) => () => void };

const subscriptionsOnly = () =>
  new GraphQLError('Only subscriptions run over the WebSocket: send queries and mutations over HTTP.', {
    extensions: { code: 'BAD_REQUEST' },
  });

/**
 * Subscriptions over graphql-ws on the same port and path as HTTP GraphQL. The upgrade is refused
 * (403) when a page of another origin opens it (cross-site WebSocket hijacking: the browser would send
 * the seller's cookie); only subscriptions run over it; and a socket lives no longer than the session
 * or key it was opened with (see SocketCredentials).
 */
export function serveSubscriptions({
  db,
  httpServer,
  schema,
  services,
  guard,
  refusals,
  logger,
  mailCatcherEnabled,
  trust,
  allowedOrigins,
  visibility,
  credentialRevocations,
}: {
  db: DataSource;
  httpServer: http.Server;
  schema: GraphQLSchema;
  services: Services;
  guard: OperationGuard;
  refusals: RefusalBudget;
  logger: Logger;
  mailCatcherEnabled: boolean;
  trust: TrustFunction;
  allowedOrigins: readonly string[];
  visibility: SchemaVisibility;
  credentialRevocations: Subscribable;
}) {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    verifyClient: ({ req }, accept) => {
      if (originAllowed(req, allowedOrigins)) accept(true);
      else {
        logger.warn({ origin: req.headers.origin }, 'WebSocket refused: origin not allowed');
        accept(false, 403, 'Origin not allowed');
      }
    },
  });
  const credentials = new SocketCredentials(services, logger);
  const unsubscribe = credentialRevocations.subscribe((revoked) => credentials.revoked(revoked));
  // The ids of each connection's live subscriptions, for the open-subscriptions gauge.
  const live = new WeakMap<object, Set<string>>();
  const cleanup = useServer<Record<string, unknown>, { viewer: Context['viewer'] }>(
    {
      schema,
      // An API key in the connection_init payload ({ "authorization": "Bearer …" }), else the session
      // cookie of the upgrade request. A key that does not work closes the socket (4403).
      onConnect: async (ctx) => {
        const { request, socket } = ctx.extra;
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
        return ctx.extra.viewer ? credentials.watch(socket, ctx.extra.viewer) : true;
      },
      // Subscriptions pass the same limits as HTTP operations, and spend the same budget.
      onSubscribe: async (ctx, _id, payload) => {
        const { viewer } = ctx.extra;
        if (!viewer) return [unauthenticated()];
        const clientAddress = clientAddressOf(ctx.extra.request, trust);
        if ((await refusals.waitSeconds(clientAddress)) > 0)
          return [
            new GraphQLError('Too many refused operations from your address.', { extensions: { code: 'THROTTLED' } }),
          ];
        const variables = payload.variables ?? undefined;
        const operationName = payload.operationName ?? undefined;
        const screened = guard.screen(payload.query);
        if ('errors' in screened) {
          await refusals.charge(clientAddress);
          const visible = schemaVisibleTo(visibility, viewer);
          return screened.errors.map((error) =>
            visible ? error : new GraphQLError(withoutSuggestions(error.message), { extensions: error.extensions }),
          );
        }
        if (getOperationAST(screened.document, operationName)?.operation !== 'subscription')
          return [subscriptionsOnly()];
        const rateLimitKey = rateLimitKeyOf(viewer, clientAddress);
        const prepared = await guard.prepare(payload.query, operationName, variables, rateLimitKey, viewer.sellerId);
        if ('errors' in prepared) return prepared.errors;
        return { schema, document: prepared.document, operationName, variableValues: variables };
      },
      // Each event is sent only while the socket's credential still holds.
      onOperation: (ctx, id, _payload, _args, result) => {
        const { viewer } = ctx.extra;
        if (!viewer || !(Symbol.asyncIterator in result)) return undefined;
        live.set(ctx, (live.get(ctx) ?? new Set()).add(id));
        openSubscriptions.inc();
        return authorisedEvents(result, () => credentials.stillAuthorised(ctx.extra.socket, viewer));
      },
      // Also called for the subscriptions of a connection that closes.
      onComplete: (ctx, id) => {
        if (live.get(ctx)?.delete(id)) openSubscriptions.dec();
      },
      // One context serves every event of a subscription, so its loaders must not cache.
      context: (ctx) => {
        const clientAddress = clientAddressOf(ctx.extra.request, trust);
        return createContext({
          db,
          logger,
          services,
          viewer: ctx.extra.viewer ?? null,
          sessionCookie: null,
          rateLimitKey: rateLimitKeyOf(ctx.extra.viewer ?? null, clientAddress),
          clientAddress,
          cacheLoaders: false,
          mailCatcherEnabled,
        });
      },
    },
    wsServer,
  );
  return {
    /** Closes every subscription (when Apollo drains). */
    dispose: () => cleanup.dispose(),
    /** Stops accepting sockets. */
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        credentials.stop();
        wsServer.close(() => resolve());
      }),
  };
}

/**
 * The subscription's events, each sent only while `authorised()` holds. Not an async generator: a
 * generator waiting for its next event would hold back `return()` (the client leaving) until that
 * event came, keeping the subscription open; this forwards `return()` to the source at once.
 */
function authorisedEvents(
  events: AsyncIterable<ExecutionResult>,
  authorised: () => Promise<boolean>,
): AsyncIterableIterator<ExecutionResult> {
  const source = events[Symbol.asyncIterator]();
  const end = async (): Promise<IteratorResult<ExecutionResult>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      const step = await source.next();
      if (step.done || (await authorised())) return step;
      return end();
    },
    return: end,
  };
}
