import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { CostBudget, ThrottleStatus } from './cost-buckets';
import { queryCost } from './query-cost';
import { CostLimits } from '../../config/config';

/** Fixed shape limits: the dashboard's deepest query nests 6 levels and uses no aliases. */
export const MAX_DEPTH = 10;
export const MAX_ALIASES = 15;
/** Lexical tokens of one document; GraphiQL's introspection query has about 300. */
export const MAX_TOKENS = 5000;

/** Reported in the answer's `extensions.cost`. */
export type CostReport = { requestedQueryCost: number; throttleStatus: ThrottleStatus };

export type OperationRequest = {
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  /** Whose budget pays: see Context.rateLimitKey. */
  rateLimitKey: string;
};

/**
 * Protects the service from expensive operations: token, depth and alias limits at parse and
 * validation, a maximum cost per operation, and a per-client budget of cost that refills over time.
 * Apollo (HTTP) applies it through its options and a plugin; WebSocket subscriptions through `prepare`.
 */
export class OperationGuard {
  readonly parseOptions: ParseOptions = { maxTokens: MAX_TOKENS };
  readonly validationRules: ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: CostLimits,
    private readonly budget: CostBudget,
    /** Off in production: refusals then say what was wrong, not the numbers behind it. */
    { exposeLimits }: { exposeLimits: boolean },
  ) {
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
    const { allowed, status } = await this.budget.take(request.rateLimitKey, cost);
    const report = { requestedQueryCost: cost, throttleStatus: status };
    if (allowed) return { report, error: null };
    const waitSeconds = Math.ceil((cost - status.currentlyAvailable) / status.restoreRate);
    const message = `Throttled: this query costs ${cost} and ${status.currentlyAvailable} of your budget is available; it refills at ${status.restoreRate} a second.`;
    return { report, error: refusal(message, 'THROTTLED', 429, report, waitSeconds) };
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
  ): Promise<{ document: DocumentNode } | { errors: GraphQLError[] }> {
    let document: DocumentNode;
    try {
      document = parse(query, this.parseOptions);
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [asCoded(error, 'GRAPHQL_PARSE_FAILED')] };
      throw error;
    }
    const invalid = validate(this.schema, document, [...specifiedRules, ...this.validationRules]);
    if (invalid.length) return { errors: invalid.map((error) => asCoded(error, 'GRAPHQL_VALIDATION_FAILED')) };
    const { error } = await this.charge({ document, operationName, variables, rateLimitKey });
    return error ? { errors: [error] } : { document };
  }
}

function refusal(message: string, code: string, status: number, cost: CostReport, retryAfter?: number): GraphQLError {
  const http = retryAfter === undefined ? { status } : { status, headers: new Map([['retry-after', `${retryAfter}`]]) };
  return new GraphQLError(message, { extensions: { code, cost, http } });
}

/** graphql-armor words its refusals as syntax errors; they are validation errors of a valid document. */
const asRefusal = (error: GraphQLError) => new GraphQLError(error.message.replace(/^Syntax Error: /, ''));

const asCoded = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
