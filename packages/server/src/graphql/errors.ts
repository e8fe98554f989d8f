import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { currentRequestContext } from '../common/request-context';

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
    // The request id lets support find the logged error from what the client saw.
    const requestId = currentRequestContext()?.requestId;
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}
