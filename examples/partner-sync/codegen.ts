import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation this app sends, from the Order Desk schema (in your own app: a copy of
// packages/server/schema.graphql, or the server's introspection). `pnpm codegen` at the repository
// root runs this after the server's schema; here: `pnpm --filter @order-desk/example-partner-sync codegen`.
const config: CodegenConfig = {
  schema: '../../packages/server/schema.graphql',
  documents: ['src/**/*.ts', '!src/graphql/**/*'],
  ignoreNoDocuments: false,
  hooks: { afterAllFileWrite: ['node ../../packages/web/scripts/strip-lint-banner.mjs'] },
  generates: {
    './src/graphql/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        // Plain strings with their result and variable types: sent as is over fetch and graphql-ws.
        documentMode: 'string',
        useTypeImports: true,
        enumType: 'string-literal',
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          SafeInt: 'number',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
