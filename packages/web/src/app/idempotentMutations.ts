import { ApolloLink, ServerError, ServerParseError, type ErrorLike } from '@apollo/client';
import { RetryLink } from '@apollo/client/link/retry';
import { OperationTypeNode } from 'graphql';

/** Answers after which a mutation may not have reached the server, or has not finished there. */
const RETRIED_STATUSES = new Set([409, 502, 503, 504]);

const isMutation = (operation: ApolloLink.Operation) => operation.operationType === OperationTypeNode.MUTATION;

/** The request failed before any answer (offline, connection reset), or the server asks to come back. */
function mayRetry(error: ErrorLike): boolean {
  if (ServerError.is(error)) return RETRIED_STATUSES.has(error.statusCode);
  return !ServerParseError.is(error);
}

/**
 * One seller action acts once: every mutation call gets its own `Idempotency-Key`, set once in the
 * operation's context, and the retries below reuse that context, so the server answers a retry (of
 * a lost answer, or while the first is still running: 409) with the first answer instead of acting
 * again. Queries pass through untouched.
 */
export function idempotentMutationLinks(newKey: () => string = () => crypto.randomUUID()): ApolloLink {
  const keyLink = new ApolloLink((operation, forward) => {
    if (isMutation(operation)) {
      const key = newKey();
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, 'Idempotency-Key': key },
      }));
    }
    return forward(operation);
  });
  const retryLink = new RetryLink({
    delay: { initial: 300, max: 3000, jitter: true },
    attempts: { max: 4, retryIf: (error, operation) => isMutation(operation) && mayRetry(error) },
  });
  return ApolloLink.from([keyLink, retryLink]);
}
