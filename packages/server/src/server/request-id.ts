import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer';
import { enterRequestContext, type RequestContext } from '../common/request-context';
import type { HttpStep } from './node-http';

/** A caller's id is kept when it is short and plain (it lands in logs and headers); otherwise we make one. */
const ACCEPTABLE_ID = /^[\w.:@-]{1,128}$/;

/** Each response's request context, for its access log line (written after the request's own code ran). */
const contexts = new WeakMap<ServerResponse, RequestContext>();
/**
 * The same for the GraphQL plugins, by the request's own logger: Apollo hands plugins a shallow copy
 * of the GraphQL context, whose logger is still the request's (`req.log`, access-log.ts).
 */
const graphqlContexts = new WeakMap<object, RequestContext>();
type GraphQLContext = { logger: object };

/**
 * Gives every request an id: the caller's `X-Request-Id`, or a new UUID. It is returned on every
 * response, bound to the request's logger (`req.log`, access-log.ts), put in masked
 * errors, and in the jobs the request queues (openRequestContext).
 */
export const requestIds: HttpStep = (req, res, next) => {
  const sent = req.headers['x-request-id'];
  const requestId = typeof sent === 'string' && ACCEPTABLE_ID.test(sent) ? sent : randomUUID();
  req.id = requestId; // the request logger's binding (access-log.ts)
  req.headers['x-request-id'] = requestId; // as Apollo's plugins see the request (graphql/errors.ts)
  res.setHeader('X-Request-Id', requestId);
  contexts.set(res, { requestId });
  next();
};

/**
 * Opens the request's context (common/request-context.ts) for requests that can queue jobs, until
 * the response closes: its jobs then carry the request id, and so do the lines their code logs.
 */
export const openRequestContext =
  (canQueueJobs: (req: IncomingMessage) => boolean): HttpStep =>
  (req, res, next) => {
    const context = contexts.get(res);
    if (!context || !canQueueJobs(req)) return next();
    res.once('close', enterRequestContext(context, next));
  };

/** Ties a GraphQL operation's context to its request, and records who makes it, for the access log. */
export function linkGraphQLContext(graphqlContext: GraphQLContext, res: ServerResponse, viewer: Viewer | null): void {
  const context = contexts.get(res);
  if (!context) return;
  graphqlContexts.set(graphqlContext.logger, context);
  if (viewer) {
    context.caller =
      viewer.kind === 'USER'
        ? { seller: viewer.sellerId, user: viewer.userId }
        : { seller: viewer.sellerId, apiKey: viewer.apiKeyId };
  }
}

/** The request context of a GraphQL operation (see linkGraphQLContext). */
export const requestContextOf = (graphqlContext: GraphQLContext): RequestContext | undefined =>
  graphqlContexts.get(graphqlContext.logger);

/** What the access line adds for GraphQL: the operation name, the caller and the query cost. */
export function graphqlAccessFields(res: ServerResponse): object {
  const { requestId: _bound, ...graphql } = contexts.get(res) ?? {};
  return graphql;
}
