import type { ApolloServerPlugin } from '@apollo/server';
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
    const accept = request.http?.headers.get('accept');
    if (!asksForApplicationJson(accept)) return;
    return {
      async willSendResponse({ response }) {
        if (response.http.status !== 400 || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data === undefined && errors) response.http.status = requestErrorStatus(accept, errors);
      },
    };
  },
};

/**
 * The status of an answer that refuses a request before it runs (the gate's refusals and Apollo's):
 * 200 when the client asks for `application/json` and every error is a request error, else 400.
 */
export function requestErrorStatus(
  accept: string | null | undefined,
  errors: readonly { extensions?: Record<string, unknown> }[],
): 200 | 400 {
  const codes = errors.map((error) => String(error.extensions?.code));
  return asksForApplicationJson(accept) && codes.length && codes.every((code) => REQUEST_ERROR_CODES.has(code))
    ? 200
    : 400;
}

/**
 * The media type of an answer, negotiated as Apollo does: application/json unless the client prefers
 * application/graphql-response+json (no Accept header, or a wildcard, gets application/json).
 */
export function responseMediaType(
  accept: string | null | undefined,
): 'application/json' | 'application/graphql-response+json' {
  const preferred = accept
    ? new Negotiator({ headers: { accept } }).mediaType(['application/json', 'application/graphql-response+json'])
    : undefined;
  return preferred === 'application/graphql-response+json' ? preferred : 'application/json';
}

/** Whether the client names application/json and prefers it (the media type the spec's SHOULDs are about). */
function asksForApplicationJson(accept: string | null | undefined): boolean {
  return (
    !!accept && /(^|[\s,])application\/json\s*(;|,|$)/i.test(accept) && responseMediaType(accept) === 'application/json'
  );
}
