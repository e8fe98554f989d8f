import type { IncomingMessage, ServerResponse } from 'node:http';

declare module 'node:http' {
  interface IncomingMessage {
    /** The parsed JSON body (express.json), when the request has one. */
    body?: unknown;
  }
}

/** The path of an origin-form request target (`/graphql?query=…` → `/graphql`). */
export const pathOf = (url: string | undefined): string => (url ?? '/').split('?')[0]!;

/** The query string of a request target, without its `?`. */
export const searchOf = (url: string | undefined): string => {
  const start = url?.indexOf('?') ?? -1;
  return start < 0 ? '' : url!.slice(start + 1);
};

/**
 * A connect-style step on Node's own request and response: what /graphql runs without Express's
 * router and request and response objects (graphql-route.ts). Express mounts these steps as they are.
 */
export type HttpStep = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => unknown;

/** Runs `steps` in order as connect would: each calls next() to go on, next(error) to stop with an error. */
export function runSteps(
  steps: readonly HttpStep[],
  req: IncomingMessage,
  res: ServerResponse,
  failed: (error: unknown) => void,
): void {
  let index = 0;
  const next = (error?: unknown): void => {
    if (error !== undefined) return failed(error);
    const step = steps[index++];
    if (!step) return;
    try {
      const running = step(req, res, next);
      if (running instanceof Promise) running.catch(failed);
    } catch (thrown) {
      failed(thrown);
    }
  };
  next();
}

/**
 * Sends a text answer as Express's `res.send` did: its Content-Type as given, its length, and no
 * body for HEAD. The body is encoded once, into bytes the socket writes as they are: measuring a
 * string's length and then writing it copied it twice on V8's heap (Apollo's answers are a JSON text
 * joined to a newline, which each of those flattened again, behind the response's head).
 */
export function sendText(res: ServerResponse, status: number, contentType: string, body: string): void {
  const bytes = Buffer.from(body);
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', bytes.length);
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

/** `value` as JSON in `mediaType` (UTF-8), sent as Express's `res.status(status).type(mediaType).json(value)` did. */
export const sendJson = (res: ServerResponse, status: number, value: unknown, mediaType = 'application/json'): void =>
  sendText(res, status, `${mediaType}; charset=utf-8`, JSON.stringify(value));
