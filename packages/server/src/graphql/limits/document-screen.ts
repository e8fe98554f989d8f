import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { documentShape, type DocumentShape } from './document-shape';

/**
 * Lexical tokens of one document. The largest operation the dashboard, the playground's examples and
 * the docs send has 686 (the dashboard's ConfirmInvoice with its fragments); GraphiQL's introspection
 * query 184. The dashboard's operations must stay under half of it (dashboard-operations.test.ts).
 */
export const MAX_TOKENS = 1500;

/**
 * Limits of the document's shape, each from the largest legitimate document with room to grow
 * (legitimate-documents.test.ts measures them): 373 selections, 1 directive, 22 fragments, 8
 * fragments spread in one selection set, no field written twice in one, depth 15 (the introspection
 * query; the API's own fields are limited to 8 by the depth rule).
 */
export const SHAPE_LIMITS: Readonly<DocumentShape> = {
  selections: 500,
  directives: 10,
  fragments: 40,
  repeatedField: 3,
  spreadsInOneSet: 16,
  depth: 16,
};

const SHAPE_WORDS: Record<keyof DocumentShape, string> = {
  selections: 'fields and fragment spreads',
  directives: 'directives',
  fragments: 'fragments',
  repeatedField: 'repetitions of one field in a selection',
  spreadsInOneSet: 'fragments spread in one selection',
  depth: 'levels of nesting',
};

/** Validation stops at this many errors: reporting each one costs more than finding it. */
const MAX_VALIDATION_ERRORS = 5;
/** Documents that passed, so a client's repeated operations are parsed and validated once. */
const REMEMBERED = 500;
const REMEMBERED_MAX_LENGTH = 20_000;

export type Screened = { document: DocumentNode } | { errors: GraphQLError[] };

/**
 * Parses and validates a document, cheapest checks first, so an abusive one is refused before the
 * expensive rules run: the token limit stops the parser, the shape limits are counted in one pass,
 * and validation stops after a few errors.
 */
export class DocumentScreen {
  private readonly passed = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: ValidationRule[],
    private readonly exposeLimits: boolean,
  ) {}

  screen(query: string): Screened {
    const known = this.passed.get(query);
    if (known) return { document: known };
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [coded(error, 'GRAPHQL_PARSE_FAILED')] };
      throw error;
    }
    const shape = documentShape(document);
    const exceeded = (Object.keys(SHAPE_LIMITS) as (keyof DocumentShape)[]).find((k) => shape[k] > SHAPE_LIMITS[k]);
    if (exceeded) {
      const numbers = this.exposeLimits ? ` (${shape[exceeded]}; at most ${SHAPE_LIMITS[exceeded]})` : '';
      const message = `The document has too many ${SHAPE_WORDS[exceeded]}${numbers}.`;
      return { errors: [new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })] };
    }
    const invalid = validate(this.schema, document, [...specifiedRules, ...this.rules], {
      maxErrors: MAX_VALIDATION_ERRORS,
    });
    if (invalid.length) return { errors: invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED')) };
    if (query.length <= REMEMBERED_MAX_LENGTH) {
      if (this.passed.size >= REMEMBERED) this.passed.delete(this.passed.keys().next().value!);
      this.passed.set(query, document);
    }
    return { document };
  }
}

const coded = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
