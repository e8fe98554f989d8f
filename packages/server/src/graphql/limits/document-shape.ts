import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * What a document is made of, counted in one pass over it (fragments are counted where they are
 * defined, and their depth once): cheap enough to refuse an abusive document before the validation
 * rules, some of which are quadratic in the number of fields (OverlappingFieldsCanBeMerged).
 */
export type DocumentShape = {
  /** Fields, fragment spreads and inline fragments written in the document. */
  selections: number;
  directives: number;
  fragments: number;
  /** The most times one response key is written in one selection set. */
  repeatedField: number;
  /** The most distinct fragments spread in one selection set. */
  spreadsInOneSet: number;
  /** Fields nested, introspection included, fragments expanded. */
  depth: number;
};

export function documentShape(document: DocumentNode): DocumentShape {
  const shape: DocumentShape = {
    selections: 0,
    directives: 0,
    fragments: 0,
    repeatedField: 0,
    spreadsInOneSet: 0,
    depth: 0,
  };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  shape.fragments = fragments.size;
  // Depth of each fragment once; a fragment being measured counts 0 (a cycle, which validation refuses).
  const fragmentDepths = new Map<string, number>();
  const fragmentDepth = (name: string): number => {
    const known = fragmentDepths.get(name);
    if (known !== undefined) return known;
    fragmentDepths.set(name, 0);
    const fragment = fragments.get(name);
    const depth = fragment ? setDepth(fragment.selectionSet) : 0;
    fragmentDepths.set(name, depth);
    return depth;
  };
  // Counts happen here too, so every selection set of the document is walked exactly once.
  const setDepth = (set: SelectionSetNode): number => {
    const keys = new Map<string, number>();
    const spread = new Set<string>();
    let deepest = 0;
    for (const selection of set.selections) {
      shape.selections += 1;
      shape.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const key = (selection.alias ?? selection.name).value;
        keys.set(key, (keys.get(key) ?? 0) + 1);
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? setDepth(selection.selectionSet) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, setDepth(selection.selectionSet));
      } else {
        spread.add(selection.name.value);
        deepest = Math.max(deepest, fragmentDepth(selection.name.value));
      }
    }
    shape.repeatedField = Math.max(shape.repeatedField, ...keys.values());
    shape.spreadsInOneSet = Math.max(shape.spreadsInOneSet, spread.size);
    return deepest;
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      shape.directives += definition.directives?.length ?? 0;
      shape.depth = Math.max(shape.depth, setDepth(definition.selectionSet));
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      shape.directives += definition.directives?.length ?? 0;
      fragmentDepth(definition.name.value);
    }
  }
  return shape;
}
