import type { ApolloServerPlugin, HTTPGraphQLRequest } from '@apollo/server';
import Negotiator from 'negotiator';

/** The request errors the GraphQL over HTTP spec answers with 200 under `application/json`. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that asks for `application/json` (the legacy media type) reads every
 * well-formed request's answer from a 200, so a document that does not parse or validate (the depth,
 * alias and token limits included) or variables that do not fit answer 200 with their `errors`, codes
 * unchanged. `application/graphql-response+json` keeps Apollo's 400, and so does a request without an
 * explicit `application/json` (no Accept, or a wildcard), as before. Other refusals (cost, throttle,
 * authentication) keep their statuses.
 */
export const applicationJsonStatusPlugin: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    if (!asksForApplicationJson(request.http)) return;
    return {
      async willSendResponse({ response }) {
        if (response.http.status !== 400 || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const codes = errors?.map((error) => error.extensions?.code);
        if (data === undefined && codes?.length && codes.every((code) => REQUEST_ERROR_CODES.has(String(code)))) {
          response.http.status = 200;
        }
      },
    };
  },
};

/** Apollo answers in the media type the Accept header prefers of these two (the same negotiation). */
function asksForApplicationJson(http: HTTPGraphQLRequest | undefined): boolean {
  const accept = http?.headers.get('accept');
  if (!accept || !/(^|[\s,])application\/json\s*(;|,|$)/i.test(accept)) return false;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([
    'application/json',
    'application/graphql-response+json',
  ]);
  return preferred === 'application/json';
}
