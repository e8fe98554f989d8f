import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { errorResponder } from './http-errors';
import { keepClaimedAnswer } from './idempotency';
import { runSteps, searchOf, sendText, type HttpStep } from './node-http';

/** Apollo's answer, the last step: what `@as-integrations/express5` did, on Node's own request and response. */
export function answerWithApollo<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: IncomingMessage, res: ServerResponse) => Promise<TContext>,
): HttpStep {
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: searchOf(req.url),
        body: req.body,
      },
      context: () => context(req, res),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    const status = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const body = answer.body.string;
      const contentType = String(res.getHeader('content-type') ?? 'application/json; charset=utf-8');
      await keepClaimedAnswer(res, { status, contentType, body });
      sendText(res, status, contentType, body);
      return;
    }
    // Incremental delivery is streamed as it comes (its claim, if any, is left to its lease), each
    // part flushed through compression.
    res.statusCode = status;
    const compressed = res as ServerResponse & { flush?: () => void };
    for await (const chunk of answer.body.asyncIterator) {
      res.write(chunk);
      compressed.flush?.();
    }
    res.end();
  };
}

/**
 * /graphql over HTTP without Express: the same steps in the same order as the app's own middleware
 * ran them, on Node's request and response, with no router to walk and no request and response
 * objects rebuilt per request (a fifth of a list request's CPU went there). A step's failure is
 * answered as the app's error handler answers it, after releasing an Idempotency-Key claimed.
 */
export function graphqlRoute(steps: readonly HttpStep[]): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) =>
    runSteps(steps, req, res, (error) => {
      void keepClaimedAnswer(res, null).then(() => errorResponder(error, req, res));
    });
}
