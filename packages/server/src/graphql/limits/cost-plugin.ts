import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import type { CostReport, OperationGuard } from './operation-guard';

/**
 * Charges every HTTP operation to its client's budget before it runs, and reports the cost and the
 * remaining budget in the answer's `extensions.cost` (refused operations included).
 */
export function costLimitPlugin(guard: OperationGuard): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: CostReport | null = null;
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          const { report, error } = await guard.charge({
            document,
            operationName: operationName ?? undefined,
            variables: request.variables,
            rateLimitKey: contextValue.rateLimitKey,
            sellerId: contextValue.viewer?.sellerId ?? null,
          });
          cost = report;
          if (error) throw error;
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
