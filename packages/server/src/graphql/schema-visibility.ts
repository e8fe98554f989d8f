import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Viewer } from '../auth/viewer';
import type { SchemaVisibility } from '../config/security-settings';
import type { Context } from './context';

/**
 * Who may read the schema (GRAPHQL_INTROSPECTION): in production signed-in users and API keys only,
 * so the playground and codegen keep working while an anonymous caller learns nothing of it, neither
 * by introspection nor by the "Did you mean…?" suggestions of error messages.
 */
export const schemaVisibleTo = (visibility: SchemaVisibility, viewer: Viewer | null): boolean =>
  visibility === 'everyone' || (visibility === 'signed-in' && viewer !== null);

/** graphql-js's suggestions: ` Did you mean "orders"?`, ` Did you mean the enum value "PENDING"?`. */
export const withoutSuggestions = (message: string): string => message.replace(/ ?Did you mean [^?]*\?/g, '');

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (field) => {
      if (field.name.value === '__schema' || field.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Refuses introspection to callers who may not see the schema, and strips suggestions from their errors. */
export function schemaVisibilityPlugin(visibility: SchemaVisibility): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (schemaVisibleTo(visibility, contextValue.viewer)) return;
      return {
        async didResolveOperation({ document }) {
          if (!introspects(document)) return;
          const message =
            visibility === 'nobody'
              ? 'Introspection is turned off on this server.'
              : 'Introspection is for signed-in users and API keys: sign in or send your key.';
          throw new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const result = response.body.singleResult;
          result.errors = result.errors!.map((error) => ({ ...error, message: withoutSuggestions(error.message) }));
        },
      };
    },
  };
}
