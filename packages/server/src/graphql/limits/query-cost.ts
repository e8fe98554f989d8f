import {
  getNamedType,
  getOperationAST,
  getVariableValues,
  isLeafType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
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
  const operation = getOperationAST(document, operationName);
  if (!operation) return complexity(schema, document, operationName, variables);
  const { errors, coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (errors) throw errors[0]!;
  const costs = costsOf(document, operation);
  const key = JSON.stringify(costs.inputs.map((name) => coerced[name]));
  let cost = costs.byInputs.get(key);
  if (cost === undefined) {
    cost = complexity(schema, document, operationName, variables);
    if (costs.byInputs.size < MAX_COSTS_PER_OPERATION) costs.byInputs.set(key, cost);
  }
  return cost;
}

const complexity = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
) => getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator(schema)] });

/**
 * The cost of a document's operation depends on its variables only through page sizes (`first`,
 * `last`) and `@include`/`@skip`: it is priced once per value of those (Apollo keeps parsed
 * documents per query text, so the walk over the document is not repeated per request).
 */
type OperationCosts = { inputs: string[]; byInputs: Map<string, number> };
const MAX_COSTS_PER_OPERATION = 100;
const costCache = new WeakMap<DocumentNode, Map<OperationDefinitionNode, OperationCosts>>();

function costsOf(document: DocumentNode, operation: OperationDefinitionNode): OperationCosts {
  let byOperation = costCache.get(document);
  if (!byOperation) costCache.set(document, (byOperation = new Map()));
  let costs = byOperation.get(operation);
  if (!costs) {
    const inputs = new Set<string>();
    const collect = (value: ValueNode) => {
      if (value.kind === Kind.VARIABLE) inputs.add(value.name.value);
    };
    // Every operation and fragment of the document: a superset of what this operation uses.
    visit(document, {
      Argument: (node) => {
        if (node.name.value === 'first' || node.name.value === 'last') collect(node.value);
      },
      Directive: (node) => {
        if (node.name.value === 'include' || node.name.value === 'skip')
          node.arguments?.forEach((a) => collect(a.value));
      },
    });
    byOperation.set(operation, (costs = { inputs: [...inputs], byInputs: new Map() }));
  }
  return costs;
}
