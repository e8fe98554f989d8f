import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

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

/** Client-caused codes are passed through; anything else is logged and masked (no stack, no SQL). */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'MAX_COST_EXCEEDED',
  'THROTTLED',
]);

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    if (code && PUBLIC_CODES.has(code)) {
      const { field, cost } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...(Array.isArray(field) ? { field } : {}), ...(cost ? { cost } : {}) },
      };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Bad arguments to a query (mutations report these as userErrors instead). */
export function userInputError(message: string, field: string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}
