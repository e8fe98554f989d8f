import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type express from 'express';
import type { Viewer } from '../auth/viewer';
import { currentRequestContext, runInRequestContext, type RequestContext } from '../common/request-context';

/** A caller's id is kept when it is short and plain (it lands in logs and headers); otherwise we make one. */
const ACCEPTABLE_ID = /^[\w.:@-]{1,128}$/;

/** Each response's request context, for its access log line (written after the request's own code ran). */
const contexts = new WeakMap<ServerResponse, RequestContext>();

/**
 * Gives every request an id: the caller's `X-Request-Id`, or a new UUID. It is returned on every
 * response, logged on every line while the request is handled (common/request-context.ts), put in
 * masked errors and in the jobs the request queues.
 */
export const requestIds: express.RequestHandler = (req, res, next) => {
  const sent = req.headers['x-request-id'];
  const requestId = typeof sent === 'string' && ACCEPTABLE_ID.test(sent) ? sent : randomUUID();
  req.id = requestId; // pino-http's own id for the request
  res.setHeader('X-Request-Id', requestId);
  const context: RequestContext = { requestId };
  contexts.set(res, context);
  runInRequestContext(context, next);
};

/** Records who makes the request (the seller, and the user or API key acting for it) for its access log. */
export function recordCaller(viewer: Viewer | null): void {
  const context = currentRequestContext();
  if (!context || !viewer) return;
  context.caller =
    viewer.kind === 'USER'
      ? { seller: viewer.sellerId, user: viewer.userId }
      : { seller: viewer.sellerId, apiKey: viewer.apiKeyId };
}

/**
 * The access log line: pino-http's (req, res, responseTime in ms) plus the request id and, for
 * GraphQL, the operation name, the caller and the query cost.
 */
export const accessLogLine = (res: ServerResponse, line: object): object => ({ ...line, ...contexts.get(res) });
