import { CombinedGraphQLErrors, ServerError, ServerParseError, type ErrorLike } from '@apollo/client';

/** A sentence a seller can act on, for an error returned by Apollo Client. */
export function describeError(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first?.extensions?.['code'] === 'UNAUTHENTICATED') return 'Your session has expired. Please sign in again.';
    return first?.message ?? 'The server could not complete the request.';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'Your session has expired. Please sign in again.';
    return error.statusCode >= 500
      ? 'The server ran into a problem. Please try again in a moment.'
      : `The server refused the request (HTTP ${error.statusCode}).`;
  }
  if (ServerParseError.is(error)) return 'The server sent a response we could not read.';
  return 'Could not reach the server. Check your connection and try again.';
}

/**
 * The API could not be reached at all (no answer, or a gateway's 502/503/504 while it restarts), as
 * opposed to an answer refusing or failing the request.
 */
export function isUnreachableError(error: ErrorLike): boolean {
  if (CombinedGraphQLErrors.is(error) || ServerParseError.is(error)) return false;
  if (ServerError.is(error)) return [502, 503, 504].includes(error.statusCode);
  return true;
}

/**
 * The session is gone (expired, signed out elsewhere): a GraphQL error coded UNAUTHENTICATED, or a
 * plain HTTP 401 when the server answers with `application/json`.
 */
export function isUnauthenticatedError(error: ErrorLike): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

/** What to show when a request threw: Apollo's errors in the seller's words, anything else as it is. */
export function failureMessage(caught: unknown): string {
  return caught instanceof Error ? describeError(caught) : String(caught);
}
