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
