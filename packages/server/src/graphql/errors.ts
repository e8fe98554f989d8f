import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from './context';

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
  'IDEMPOTENCY_KEY_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_PROGRESS',
]);

const isPublic = (code: unknown): code is string => typeof code === 'string' && PUBLIC_CODES.has(code);

/** Apollo's formatError: client mistakes keep their code; anything else becomes one opaque message. */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isPublic(code)) {
    const { field, cost } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(Array.isArray(field) ? { field } : {}), ...(cost ? { cost } : {}) },
    };
  }
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Logs each unexpected error with its cause, through the request's own logger (so with its request
 * id), and gives the masked answer that request id (the X-Request-Id the HTTP layer settled on), so
 * support can find the logged error from what the client saw.
 */
export function unexpectedErrorsPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      if (!(error instanceof GraphQLError && isPublic(error.extensions.code))) {
        logger.error({ err: error }, 'unexpected error creating the GraphQL context');
      }
    },
    async requestDidStart({ request }) {
      const requestId = request.http?.headers.get('x-request-id');
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isPublic(error.extensions.code)) continue;
            contextValue.logger.error({ err: error, path: error.path }, 'unexpected error in GraphQL operation');
          }
        },
        async willSendResponse({ response }) {
          if (!requestId || response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...error, extensions: { ...error.extensions, requestId } }
              : error,
          );
        },
      };
    },
  };
}
