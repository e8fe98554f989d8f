import { GraphQLError } from 'graphql';

// Errors of the GraphQL answer (not userErrors): who may ask, and bad query arguments.

export function unauthenticated(): GraphQLError {
  return new GraphQLError('You are not signed in.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(): GraphQLError {
  return new GraphQLError('You are not allowed to do this.', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

export function missingScope(scope: string): GraphQLError {
  return new GraphQLError(`This API key does not have the ${scope} scope.`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

export function invalidApiKey(): GraphQLError {
  return new GraphQLError('This API key is not valid: it may have been revoked.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Bad arguments to a query (mutations report these as userErrors instead). */
export function userInputError(message: string, field: string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

// Idempotency-Key refusals, answered before the operation runs (see server/idempotency.ts).

export function idempotencyKeyInvalid(): GraphQLError {
  return new GraphQLError('The Idempotency-Key header must be 1 to 255 printable ASCII characters.', {
    extensions: { code: 'IDEMPOTENCY_KEY_INVALID', http: { status: 400 } },
  });
}

export function idempotencyKeyReused(): GraphQLError {
  return new GraphQLError('This Idempotency-Key was used with another request: use a new key for a new request.', {
    extensions: { code: 'IDEMPOTENCY_KEY_REUSED', http: { status: 422 } },
  });
}

export function idempotencyKeyInProgress(): GraphQLError {
  return new GraphQLError(
    'A request with this Idempotency-Key is still running: retry shortly with the same key for its answer.',
    { extensions: { code: 'IDEMPOTENCY_KEY_IN_PROGRESS', http: { status: 409 } } },
  );
}
