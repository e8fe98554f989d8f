import type http from 'node:http';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { rateLimitKeyOf, viewerFromCredentials } from '../auth/request-viewer';
import { unauthenticated } from '../common/api-errors';
import { openSubscriptions } from '../common/metrics';
import { createContext, type Context } from '../graphql/context';
import type { OperationGuard } from '../graphql/limits/operation-guard';
import type { Services } from '../graphql/services';

/** Subscriptions over graphql-ws on the same port and path as HTTP GraphQL. */
export function serveSubscriptions({
  db,
  httpServer,
  schema,
  services,
  guard,
  logger,
  mailCatcherEnabled,
}: {
  db: DataSource;
  httpServer: http.Server;
  schema: GraphQLSchema;
  services: Services;
  guard: OperationGuard;
  logger: Logger;
  mailCatcherEnabled: boolean;
}) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // The ids of each connection's live subscriptions, for the open-subscriptions gauge.
  const live = new WeakMap<object, Set<string>>();
  const cleanup = useServer<Record<string, unknown>, { viewer: Context['viewer'] }>(
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
      onOperation: (ctx, id, _payload, _args, result) => {
        if (!(Symbol.asyncIterator in result)) return;
        live.set(ctx, (live.get(ctx) ?? new Set()).add(id));
        openSubscriptions.inc();
      },
      // Also called for the subscriptions of a connection that closes.
      onComplete: (ctx, id) => {
        if (live.get(ctx)?.delete(id)) openSubscriptions.dec();
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
          mailCatcherEnabled,
        }),
    },
    wsServer,
  );
  return {
    /** Closes every subscription (when Apollo drains). */
    dispose: () => cleanup.dispose(),
    /** Stops accepting sockets. */
    close: () => new Promise<void>((resolve) => wsServer.close(() => resolve())),
  };
}
