import { getNamedType, isLeafType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** A mutation changes data and writes the timeline: it costs more than reading one object. */
export const MUTATION_FIELD_COST = 10;
/** Page size assumed when a paginated field is asked without `first`/`last` (the API's default page). */
export const DEFAULT_PAGE_SIZE = 25;

/** Value objects read from their parent's own row: no fetch of their own, so free like scalars. */
const VALUE_TYPES = new Set(['Money', 'Address']);

const pageSize = (args: Record<string, unknown>): number => {
  const requested = typeof args.first === 'number' ? args.first : args.last;
  return typeof requested === 'number' ? Math.max(requested, 0) : DEFAULT_PAGE_SIZE;
};

/**
 * Like Shopify's calculated query cost: scalars, enums and value objects (money, addresses) are free,
 * every other object costs 1, a mutation
 * field costs 10, and a field paginated with `first`/`last` costs its page size times what is
 * selected on each item (so asking for 100 orders with their items costs about 100 × that).
 */
const costEstimator =
  (schema: GraphQLSchema): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    const named = getNamedType(field.type);
    if (isLeafType(named) || VALUE_TYPES.has(named.name)) return 0;
    const own = type === schema.getMutationType() ? MUTATION_FIELD_COST : 1;
    const paginated = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
    return paginated ? own + pageSize(args) * childComplexity : own + childComplexity;
  };

/** The cost of the operation to run; throws a GraphQLError when its variables do not fit. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator(schema)] });
}
