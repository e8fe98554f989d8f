import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { propertiesFor, READ_MODELS, type ReadModelName } from './read-models';

/** What the look-ahead reads of a resolver's info. */
export type Lookahead = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;
type Cached = { nodes: readonly FieldNode[]; path: string; fields: ReadonlySet<string> };

// Keyed by the document's own nodes: a cached document (Apollo keeps them per query text) answers from here.
const cache = new WeakMap<FieldNode, Cached[]>();

/** The fields of these selection sets by name, with the selection sets below each (fragments merged). */
function fieldsOf(
  sets: readonly SelectionSetNode[],
  fragments: Lookahead['fragments'],
): Map<string, SelectionSetNode[]> {
  const found = new Map<string, SelectionSetNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = found.get(selection.name.value) ?? [];
        if (selection.selectionSet) below.push(selection.selectionSet);
        found.set(selection.name.value, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/**
 * Look-ahead: the names of the fields selected below the field being resolved, after descending
 * `path` (e.g. `edges`, `node`), so a read selects only the columns the answer needs. Fragments and
 * inline fragments are merged and `@include`/`@skip` ignored, so it is never less than what runs.
 */
export function selectedFields(info: Lookahead, ...path: string[]): ReadonlySet<string> {
  const first = info.fieldNodes[0]!;
  const key = path.join('.');
  const entries = cache.get(first) ?? [];
  const hit = entries.find(
    (e) =>
      e.path === key && e.nodes.length === info.fieldNodes.length && e.nodes.every((n, i) => n === info.fieldNodes[i]),
  );
  if (hit) return hit.fields;
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) sets = fieldsOf(sets, info.fragments).get(name) ?? [];
  const fields = new Set(fieldsOf(sets, info.fragments).keys());
  entries.push({ nodes: [...info.fieldNodes], path: key, fields });
  cache.set(first, entries);
  return fields;
}

/**
 * The properties of a `model` row that the fields selected below `path` read (see read-models.ts);
 * null when one of them needs the whole entity.
 */
export function selectedProperties(
  info: Lookahead,
  model: ReadModelName,
  ...path: string[]
): ReadonlySet<string> | null {
  return propertiesFor(READ_MODELS[model], selectedFields(info, ...path));
}
