import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { holdsUnstorableText, isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../common/storable-text';

// Per parsed document (Apollo keeps them per query text): its literals never change.
const literalsChecked = new WeakMap<DocumentNode, boolean>();

function literalsHaveUnstorableText(document: DocumentNode): boolean {
  let found = literalsChecked.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (!isStorableText(node.value)) found = true;
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
        if (holdsUnstorableText(request.variables) || literalsHaveUnstorableText(document)) {
          throw new GraphQLError(UNSTORABLE_TEXT_MESSAGE, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
