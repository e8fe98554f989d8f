import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describeError, isUnauthenticatedError, isUnreachableError } from './requestErrors';

const graphQLErrors = (code: string, message = 'Nope') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });
const httpError = (status: number) =>
  new ServerError(`Received status code ${status}`, { response: new Response('', { status }), bodyText: '' });

describe('errors', () => {
  it('tells an unreachable API (no answer, a gateway while it restarts) from a failed request', () => {
    expect(isUnreachableError(new TypeError('Failed to fetch'))).toBe(true);
    expect(isUnreachableError(httpError(502))).toBe(true);
    expect(isUnreachableError(httpError(503))).toBe(true);
    expect(isUnreachableError(httpError(500))).toBe(false);
    expect(isUnreachableError(httpError(401))).toBe(false);
    expect(isUnreachableError(graphQLErrors('INTERNAL_SERVER_ERROR'))).toBe(false);
  });

  it('recognises an expired session', () => {
    expect(isUnauthenticatedError(graphQLErrors('UNAUTHENTICATED'))).toBe(true);
    expect(isUnauthenticatedError(httpError(401))).toBe(true);
    expect(isUnauthenticatedError(graphQLErrors('BAD_USER_INPUT'))).toBe(false);
    expect(isUnauthenticatedError(httpError(500))).toBe(false);
    expect(isUnauthenticatedError(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('describes errors in words a seller can act on', () => {
    expect(describeError(graphQLErrors('BAD_USER_INPUT', 'Quantity must be positive.'))).toBe(
      'Quantity must be positive.',
    );
    expect(describeError(graphQLErrors('UNAUTHENTICATED'))).toBe('Your session has expired. Please sign in again.');
    expect(describeError(httpError(503))).toBe('The server ran into a problem. Please try again in a moment.');
    expect(describeError(new TypeError('Failed to fetch'))).toBe(
      'Could not reach the server. Check your connection and try again.',
    );
  });
});
