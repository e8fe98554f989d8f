import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Teach Apollo Client the fragment-masking convention of the generated types (" $fragmentRefs"),
// so `Unmasked<Query>` (used by cache writes, optimistic responses and test mocks) is the full
// result with every fragment's fields. Runtime data masking stays off: the generated types
// already keep components to their own fragments.
declare module '@apollo/client' {
  export interface TypeOverrides {
    FragmentType: GraphQLCodegenDataMasking.HKTImplementation.FragmentType;
    MaybeMasked: GraphQLCodegenDataMasking.HKTImplementation.MaybeMasked;
    Unmasked: GraphQLCodegenDataMasking.HKTImplementation.Unmasked;
  }
}
