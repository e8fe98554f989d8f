import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { CostBudget, ThrottleStatus } from './cost-buckets';
import { DocumentScreen, MAX_TOKENS, type Screened } from './document-screen';
import { queryCost } from './query-cost';
import { CostLimits } from '../../config/config';

export { MAX_TOKENS };
/** Fixed shape limits: the deepest legitimate operation (the dashboard's invoice mutations) nests 6 levels. */
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;

/** Reported in the answer's `extensions.cost`. */
export type CostReport = { requestedQueryCost: number; throttleStatus: ThrottleStatus };

export type OperationRequest = {
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  /** Whose budget pays: see Context.rateLimitKey. */
  rateLimitKey: string;
  /** The caller's seller, whose keys and sessions share a ceiling; null when signed out. */
  sellerId: string | null;
};

/**
 * Protects the service from expensive operations: token, depth and alias limits at parse and
 * validation, a maximum cost per operation, and a per-client budget of cost that refills over time.
 * Apollo (HTTP) applies it through its options and a plugin; WebSocket subscriptions through `prepare`.
 */
export class OperationGuard {
  readonly parseOptions: ParseOptions = { maxTokens: MAX_TOKENS };
  readonly validationRules: ValidationRule[];
  private readonly screener: DocumentScreen;
  private readonly sellerBudget: CostBudget | null;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: CostLimits,
    private readonly budget: CostBudget,
    {
      exposeLimits,
      sellerBudget = null,
    }: {
      /** Off in production: refusals then say what was wrong, not the numbers behind it. */
      exposeLimits: boolean;
      /** The ceiling each seller's keys and sessions share, on top of their own budgets. */
      sellerBudget?: CostBudget | null;
    },
  ) {
    this.sellerBudget = sellerBudget;
    // The rules report like any validation error rather than throwing out of validate().
    const report = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(asRefusal(error))];
    const common = { exposeLimits, propagateOnRejection: false, onReject: report };
    this.validationRules = [
      maxDepthRule({
        ...common,
        n: MAX_DEPTH,
        flattenFragments: true,
        errorMessage: 'The query is nested too deeply.',
      }),
      maxAliasesRule({ ...common, n: MAX_ALIASES, errorMessage: 'The query uses too many aliases.' }),
    ];
    this.screener = new DocumentScreen(schema, this.validationRules, exposeLimits);
  }

  /** Parses and validates a document, refusing an abusive one cheaply (see DocumentScreen). */
  screen(query: string): Screened {
    return this.screener.screen(query);
  }

  /**
   * Prices the operation and spends its cost from the client's budget. The report goes in the answer
   * whatever happens; the error, when there is one, refuses the operation before it runs.
   */
  async charge(request: OperationRequest): Promise<{ report: CostReport; error: GraphQLError | null }> {
    let cost: number;
    try {
      cost = queryCost(this.schema, request.document, request.operationName, request.variables);
    } catch {
      // Variables that do not fit the operation: execution refuses it with the precise error.
      cost = 1;
    }
    if (cost > this.limits.maxQueryCost) {
      const { status } = await this.budget.take(request.rateLimitKey, 0);
      const report = { requestedQueryCost: cost, throttleStatus: status };
      const message = `This query costs ${cost}, more than the ${this.limits.maxQueryCost} one operation may cost: ask for fewer items per page or fewer fields.`;
      return { report, error: refusal(message, 'MAX_COST_EXCEEDED', 400, report) };
    }
    const seller = await this.takeFromSeller(request.sellerId, cost);
    if (seller && !seller.allowed) {
      const { status } = await this.budget.take(request.rateLimitKey, 0);
      const report = { requestedQueryCost: cost, throttleStatus: status };
      const waitSeconds = Math.ceil((cost - seller.status.currentlyAvailable) / seller.status.restoreRate);
      const message = `Throttled: this query costs ${cost} and ${seller.status.currentlyAvailable} of the budget your seller's keys and sessions share is available; it refills at ${seller.status.restoreRate} a second.`;
      return { report, error: refusal(message, 'THROTTLED', 429, report, waitSeconds) };
    }
    const { allowed, status } = await this.budget.take(request.rateLimitKey, cost);
    const report = { requestedQueryCost: cost, throttleStatus: status };
    if (allowed) return { report, error: null };
    // The seller's ceiling gets back what this client could not spend.
    if (seller) await this.takeFromSeller(request.sellerId, -cost);
    const waitSeconds = Math.ceil((cost - status.currentlyAvailable) / status.restoreRate);
    const message = `Throttled: this query costs ${cost} and ${status.currentlyAvailable} of your budget is available; it refills at ${status.restoreRate} a second.`;
    return { report, error: refusal(message, 'THROTTLED', 429, report, waitSeconds) };
  }

  private takeFromSeller(sellerId: string | null, cost: number) {
    return sellerId && this.sellerBudget ? this.sellerBudget.take(`seller:${sellerId}`, cost) : null;
  }

  /**
   * Parses, validates and charges an operation that does not come through Apollo (a WebSocket
   * subscription): the document to run, or the errors that refuse it.
   */
  async prepare(
    query: string,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
    rateLimitKey: string,
    sellerId: string | null = null,
  ): Promise<{ document: DocumentNode } | { errors: GraphQLError[] }> {
    const screened = this.screen(query);
    if ('errors' in screened) return screened;
    const { document } = screened;
    const { error } = await this.charge({ document, operationName, variables, rateLimitKey, sellerId });
    return error ? { errors: [error] } : { document };
  }
}

function refusal(message: string, code: string, status: number, cost: CostReport, retryAfter?: number): GraphQLError {
  const http = retryAfter === undefined ? { status } : { status, headers: new Map([['retry-after', `${retryAfter}`]]) };
  return new GraphQLError(message, { extensions: { code, cost, http } });
}

/** graphql-armor words its refusals as syntax errors; they are validation errors of a valid document. */
const asRefusal = (error: GraphQLError) => new GraphQLError(error.message.replace(/^Syntax Error: /, ''));
