import fs from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLScalarType,
  type NamedTypeNode,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createEventBus } from '../pubsub';
import { createSchema } from '../schema';
import { CostBuckets } from './cost-buckets';
import { MAX_TOKENS, OperationGuard } from './operation-guard';
import { queryCost } from './query-cost';
import { loadConfig } from '../../config/config';

const WEB_SRC = path.resolve(__dirname, '../../../../web/src');
/** The dashboard's largest page of orders. */
const LARGEST_PAGE = 100;

/** Every `graphql(\`…\`)` document of the dashboard, as codegen reads them (the generated folder aside). */
function dashboardDefinitions(): DefinitionNode[] {
  const files = (fs.readdirSync(WEB_SRC, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('graphql'))
    .map((file) => fs.readFileSync(path.join(WEB_SRC, file), 'utf8'));
  return files.flatMap((source) =>
    [...source.matchAll(/graphql\(`([^`]*)`\)/g)].flatMap((match) => parse(match[1]!).definitions),
  );
}

/**
 * A valid value for every variable of an operation: Int variables (page sizes) at the largest page
 * the dashboard asks for, everything else the first value its type accepts.
 */
function worstCaseVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
      return Object.fromEntries(fields.map((field) => [field.name, sample(field.type)]));
    }
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (type.name === 'Int') return LARGEST_PAGE;
    return SCALAR_SAMPLES.find((candidate) => accepts(type, candidate));
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      sample(typeFromAST(schema, definition.type as NamedTypeNode) as GraphQLInputType),
    ]),
  );
}

const SCALAR_SAMPLES: unknown[] = [
  '00000000-0000-4000-8000-000000000000',
  1,
  true,
  '2026-01-01T00:00:00Z',
  '2026-01-01',
];
const accepts = (type: GraphQLScalarType, value: unknown) => {
  try {
    return type.parseValue(value) !== undefined;
  } catch {
    return false;
  }
};

function documentOf(operation: OperationDefinitionNode): DocumentNode {
  return { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsedBy(operation)] };
}

/** The fragments an operation spreads, directly or through other fragments. */
function fragmentsUsedBy(root: OperationDefinitionNode): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread: (spread) => {
        const fragment = fragments.find((candidate) => candidate.name.value === spread.name.value);
        if (!fragment || used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  collect(root);
  return [...used.values()];
}

let schema: GraphQLSchema;
let fragments: FragmentDefinitionNode[];
let operations: OperationDefinitionNode[];
beforeAll(async () => {
  schema = await createSchema({ pubSub: createEventBus().pubSub });
  const definitions = dashboardDefinitions();
  fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
});

describe("the dashboard's own operations", () => {
  it('are all found (the test reads the real documents)', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.map((operation) => operation.name?.value)).toEqual(
      expect.arrayContaining(['OrdersPage', 'OrderDetailsPage', 'InvoicePage', 'SettingsPage', 'AcceptOrder']),
    );
  });

  it('pass the depth, alias and token limits, and cost at most half the maximum at their largest', () => {
    const limits = loadConfig({}).apiLimits;
    const guard = new OperationGuard(schema, limits, new CostBuckets(0, 1), { exposeLimits: true });
    const costs: Record<string, number> = {};
    for (const operation of operations) {
      const document = documentOf(operation);
      expect(parse(print(document), { maxTokens: MAX_TOKENS / 2 })).toBeTruthy();
      expect(validate(schema, document, [...specifiedRules, ...guard.validationRules])).toEqual([]);
      // The screen in front of Apollo (token and shape limits) lets it through too.
      expect(guard.screen(print(document))).toEqual({ document: expect.anything() });
      costs[operation.name!.value] = queryCost(schema, document, undefined, worstCaseVariables(operation));
    }
    const heaviest = Math.max(...Object.values(costs));
    expect(heaviest).toBeLessThanOrEqual(limits.maxQueryCost / 2);
    // The budget covers a burst of the heaviest page loads.
    expect(limits.rateLimitBucket / heaviest).toBeGreaterThanOrEqual(4);
  });
});
