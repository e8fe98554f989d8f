import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema the server emits (`pnpm --filter @order-desk/server schema`; the root `pnpm codegen`
// runs both steps).
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  // Test files' own documents (link stand-ins) are not the dashboard's operations.
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  hooks: { afterAllFileWrite: ['node scripts/strip-lint-banner.mjs'] },
  generates: {
    './src/graphql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // `useFragment` is not a React hook: name it so the rules of hooks do not apply.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        // Apollo Client always adds __typename.
        nonOptionalTypename: true,
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
