import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

// NUL cannot be stored in PostgreSQL text, and an unpaired surrogate is not Unicode at all (PostgreSQL
// refuses it in jsonb; elsewhere it would turn into U+FFFD). Either would fail deep inside a change.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);

function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return unstorable(value);
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (value && typeof value === 'object') return Object.values(value).some(hasUnstorableText);
  return false;
}

// Per parsed document (Apollo keeps them per query text): its literals never change.
const literalsChecked = new WeakMap<DocumentNode, boolean>();

function literalsHaveUnstorableText(document: DocumentNode): boolean {
  let found = literalsChecked.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (unstorable(node.value)) found = true;
    },
  });
  literalsChecked.set(document, found);
  return found;
}

/** Refuses an operation whose text arguments (variables or literals) hold text that cannot be stored. */
export const unstorableTextPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (hasUnstorableText(request.variables) || literalsHaveUnstorableText(document)) {
          throw new GraphQLError('Text must be valid Unicode without NUL characters.', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
