import type { IncomingMessage, ServerResponse } from 'node:http';
import querystring from 'node:querystring';
import { getOperationAST, GraphQLError, OperationTypeNode } from 'graphql';
import { viewerFromCredentials, type ViewerSources } from '../auth/request-viewer';
import type { Viewer } from '../auth/viewer';
import { graphqlErrors } from '../common/metrics';
import { requestErrorStatus, responseMediaType } from './graphql-over-http';
import { codeOf } from './metrics';
import { searchOf, sendJson, type HttpStep } from './node-http';
import type { SchemaVisibility } from '../config/security-settings';
import type { OperationGuard } from '../graphql/limits/operation-guard';
import type { RefusalBudget } from '../graphql/limits/refusal-budget';
import { schemaVisibleTo, withoutSuggestions } from '../graphql/schema-visibility';

/**
 * The largest /graphql request body. The largest legitimate one is a few KB (the dashboard's biggest
 * document is 6 KB, 100 orders for acceptOrders about 7 KB, a note or a message 2,000 characters): a
 * bigger body is refused from its Content-Length, before it is read (413).
 */
export const MAX_REQUEST_BODY = '100kb';

/** Variables nest at most this deep (the API's deepest input, editOrder's, nests 4 levels). */
export const MAX_VARIABLE_DEPTH = 16;

/** What the gate found behind a request: its viewer, then the operation it screened (none: Apollo answers). */
type Found = { viewer: Viewer | null; operation?: OperationTypeNode };

const found = new WeakMap<IncomingMessage, Found>();

/** The viewer the gate found behind this request, for Apollo's context (one look-up per request). */
export const gateViewerOf = (req: IncomingMessage): Viewer | null | undefined => found.get(req)?.viewer;

/**
 * Whether the request's operation, as the gate screened it, is a mutation: the steps after the gate
 * (Idempotency-Key, the request context for jobs) ask the one parse the gate made, never parse again.
 * False for a request the gate let through without an operation to pick (Apollo answers it).
 */
export const gateSawMutation = (req: IncomingMessage): boolean =>
  found.get(req)?.operation === OperationTypeNode.MUTATION;

/** Whether `value` (JSON) nests deeper than `limit`, walked with a stack: it may nest deeper than the call stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length) {
    const [next, depth] = pending.pop()!;
    if (!next || typeof next !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(next) ? next : Object.values(next)) pending.push([child, depth + 1]);
  }
  return false;
}

const graphqlError = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

function answer(res: ServerResponse, status: number, errors: GraphQLError[], visible: boolean): void {
  // Apollo's metrics plugin never sees what the gate refuses: count it here, by the same codes.
  for (const error of errors) graphqlErrors.inc({ code: codeOf(error) });
  const body = {
    errors: errors.map((error) => {
      const formatted = error.toJSON();
      return visible ? formatted : { ...formatted, message: withoutSuggestions(formatted.message) };
    }),
  };
  // In the media type Apollo would have answered in.
  sendJson(res, status, body, responseMediaType(res.req.headers.accept));
}

/** The GraphQL request in a POST body or a GET query string; null when there is none to check (Apollo answers). */
function graphqlRequest(req: IncomingMessage): { query: string; operationName?: string; variables?: unknown } | null {
  const params: unknown = req.method === 'GET' ? querystring.parse(searchOf(req.url)) : req.body;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return null;
  const { query, operationName, variables } = params as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  return { query, operationName: typeof operationName === 'string' ? operationName : undefined, variables };
}

/**
 * In front of Apollo on /graphql: finds the viewer, then refuses cheaply what must not reach the
 * GraphQL engine: a document that does not parse, is too big, too deep or invalid (see
 * OperationGuard.screen), variables nested deeper than any input, a subscription (WebSocket only).
 * Each refusal of a document is charged to the client address's refusal budget; once it is spent, the
 * address's documents are refused before they are read (429). Callers who may not see the schema get
 * the errors without "Did you mean…?" suggestions.
 */
export function graphqlGate({
  guard,
  refusals,
  sources,
  visibility,
  addressOf,
}: {
  guard: OperationGuard;
  refusals: RefusalBudget;
  sources: ViewerSources;
  visibility: SchemaVisibility;
  /** The client's address (behind our proxies, TRUST_PROXY). */
  addressOf: (req: IncomingMessage) => string;
}): HttpStep {
  return async (req, res, next) => {
    try {
      const address = addressOf(req);
      const wait = await refusals.waitSeconds(address);
      if (wait > 0) {
        res.setHeader('Retry-After', String(wait));
        const message = `Too many refused operations from your address: try again in ${wait} s.`;
        answer(res, 429, [graphqlError(message, 'THROTTLED')], true);
        return;
      }
      let viewer: Viewer | null;
      try {
        viewer = await viewerFromCredentials(sources, req.headers);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        answer(res, 401, [error], true);
        return;
      }
      const findings: Found = { viewer };
      found.set(req, findings);
      const request = graphqlRequest(req);
      if (!request) {
        next();
        return;
      }
      const visible = schemaVisibleTo(visibility, viewer);
      const refuse = async (errors: GraphQLError[]) => {
        await refusals.charge(address);
        answer(res, requestErrorStatus(req.headers.accept, errors), errors, visible);
      };
      if (nestsDeeperThan(request.variables, MAX_VARIABLE_DEPTH)) {
        await refuse([
          graphqlError('The variables are nested too deeply for any input of this API.', 'BAD_USER_INPUT'),
        ]);
        return;
      }
      const screened = guard.screen(request.query);
      if ('errors' in screened) {
        await refuse(screened.errors);
        return;
      }
      const operation = getOperationAST(screened.document, request.operationName)?.operation;
      if (operation === OperationTypeNode.SUBSCRIPTION) {
        const message = 'Subscriptions run over a WebSocket on /graphql (the graphql-ws protocol), not over HTTP.';
        answer(res, 400, [graphqlError(message, 'BAD_REQUEST')], visible);
        return;
      }
      findings.operation = operation;
      next();
    } catch (error) {
      // Apollo's answer to an unexpected failure (the database down while the viewer is looked up):
      // logged, and masked in the GraphQL shape clients read.
      req.log.error({ err: error }, 'unexpected error before the GraphQL operation');
      if (res.headersSent) return;
      answer(
        res,
        500,
        [graphqlError('Something went wrong on our side. Please try again.', 'INTERNAL_SERVER_ERROR')],
        true,
      );
    }
  };
}
