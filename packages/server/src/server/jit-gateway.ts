import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** A compiled operation, or null when graphql-jit cannot compile it (graphql-js runs it instead). */
type Compiled = CompiledQuery | null;

/**
 * graphql-jit leaves `extensions` undefined on an error whose cause has none (a failed statement, a
 * null in a non-null field), where graphql-js gives `{}`; Apollo and our plugins read
 * `extensions.code` and threw on it, so one field's failure became a 500 for the whole operation.
 */
function asGraphQLJs(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const normal = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // graphql-js works out locations from AST nodes, which graphql-jit does not keep: carry its own.
  return Object.assign(normal, { locations: error.locations });
}

/**
 * Runs Apollo's operations through graphql-jit, behind Apollo's gateway interface: Apollo still
 * parses, validates (limits included), runs the plugins (cost, text checks) and formats and masks
 * the errors; only execution changes. Each operation is compiled once per parsed document (Apollo
 * keeps those per query text) and schema; what graphql-jit refuses to compile runs on graphql-js.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string | null, Compiled>>();
  const compile = (document: DocumentNode, operationName: string | null): Compiled => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    let query = byOperation.get(operationName);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      byOperation.set(operationName, query);
    }
    return query;
  };
  const executor: GatewayExecutor = async ({ document, request, context }) => {
    // The operation the client named, not the one Apollo resolved (null when it found none, which
    // would run a document's only operation under a name it does not have): an unknown name must
    // come back as errors for Apollo to answer OPERATION_RESOLUTION_FAILURE (400).
    const operationName = request.operationName ?? null;
    const query = compile(document, operationName);
    if (query) {
      const result = await query.query(undefined, context, request.variables);
      // No data at all: refused before any resolver ran (variables that do not coerce); graphql-js
      // words those errors as Apollo expects them (BAD_USER_INPUT, located on the variable).
      if (result.data !== undefined)
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLJs) } : result;
    }
    return execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
  };
  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}
