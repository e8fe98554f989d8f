import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

declare module 'graphql' {
  interface GraphQLFieldExtensions<_TSource, _TContext, _TArgs> {
    /**
     * False when the field's resolver never reads its info: graphql-jit (patched,
     * patches/graphql-jit@0.8.9.patch) then calls it without one, and builds neither the info nor
     * its response path for each call.
     */
    resolverUsesInfo?: boolean;
  }
}

/** Says that `field`'s resolver never reads its info. */
function withoutInfo(field: GraphQLField<unknown, unknown>): void {
  field.extensions = { ...field.extensions, resolverUsesInfo: false };
}

type Metadata = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Metadata['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];

/** The getter of `name` on `prototype` or a prototype it inherits from, if that property is one. */
function getterOf(prototype: object | null, name: string): (() => unknown) | undefined {
  for (let p = prototype; p; p = Object.getPrototypeOf(p) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(p, name);
    if (descriptor) return descriptor.get;
  }
  return undefined;
}

/** Where each parameter a direct call passes comes from, in the resolver's arguments (root, args, context, info). */
const SOURCE: Partial<Record<ParamMetadata['kind'], number>> = { root: 0, context: 2, info: 3 };

/** Picks the resolver argument at `source` (nothing past the method's parameters). */
const pick =
  (source: number | undefined) =>
  (root: unknown, context: unknown, info: unknown): unknown =>
    source === 0 ? root : source === 2 ? context : source === 3 ? info : undefined;

/**
 * The resolver method of `resolver` called directly, when all it takes is the root, the context and
 * the info (no arguments to convert or validate); null otherwise. A root that is not an instance of
 * the class its parameter names goes through `fallback` (type-graphql's resolver converts it; it
 * reads the info only for the method's own @Info parameter, there being no middlewares). `usesInfo`
 * says whether the method takes the info.
 */
function directCall(
  resolver: FieldResolverMetadata,
  instance: Record<string, unknown>,
  fallback: GraphQLFieldResolver<unknown, unknown>,
): { resolve: GraphQLFieldResolver<unknown, unknown>; usesInfo: boolean } | null {
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  if (resolver.middlewares?.length || resolver.roles?.length || params.length > 3) return null;
  const sources: number[] = [];
  let rootClass: unknown = null;
  for (const param of params) {
    const source = SOURCE[param.kind];
    if (source === undefined || ('propertyName' in param && param.propertyName)) return null;
    if (param.kind === 'root' && 'getType' in param && param.getType) rootClass = param.getType();
    sources.push(source);
  }
  const method = instance[resolver.methodName];
  if (typeof method !== 'function') return null;
  const [first, second, third] = [0, 1, 2].map((position) => pick(sources[position]));
  const converts = typeof rootClass === 'function' && rootClass !== Object;
  const resolve: GraphQLFieldResolver<unknown, unknown> = function (this: unknown, root, args, context, info) {
    if (converts && root != null && !(root instanceof (rootClass as new () => unknown))) {
      return fallback.call(this, root, args, context, info);
    }
    return method.call(
      instance,
      first!(root, context, info),
      second!(root, context, info),
      third!(root, context, info),
    );
  };
  return { resolve, usesInfo: sources.includes(SOURCE.info!) };
}

/**
 * Cheaper resolvers for what type-graphql wraps on every call. Its wrapper builds resolver data,
 * checks the root's class, runs the (empty) middleware chain and sorts the method's parameters on
 * each call; graphql-jit then calls it as a resolver too. On the details of a 200-line order those
 * wrappers were a quarter of what the request allocated. So, once the schema is built:
 * - a field backed by a getter of its entity (`Order.total`, `OrderItem.unitPrice`), without
 *   arguments, reads the getter of a root that is an instance; any other root (some answers are
 *   built as plain objects) goes through type-graphql's resolver, which converts it;
 * - a resolver method taking only @Root, @Ctx and @Info is called directly, on one instance of its
 *   resolver class (none has a constructor or state). Anything with arguments, middlewares or an
 *   auth rule keeps type-graphql's resolver. The schema has no global middlewares and no auth
 *   checker (schema.ts): the direct calls would skip those, so adding one means dropping them.
 * Neither kind reads the info unless the method takes it, so those fields say so (`resolverUsesInfo`)
 * and graphql-jit builds none for them: on a 200-line order, the info and response path of three
 * resolvers a line were a quarter of what a request allocated.
 */
export function leanResolvers(schema: GraphQLSchema, resolverClasses: readonly unknown[]): void {
  const metadata = getMetadataStorage();
  const instances = new Map<unknown, Record<string, unknown>>();
  const instanceOf = (target: FieldResolverMetadata['target']) => {
    let instance = instances.get(target);
    if (!instance) instances.set(target, (instance = new (target as new () => Record<string, unknown>)()));
    return instance;
  };
  for (const objectType of metadata.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const resolver = metadata.fieldResolvers.find(
        (r) =>
          r.kind === 'external' &&
          resolverClasses.includes(r.target) &&
          r.schemaName === field.name &&
          r.getObjectType?.() === objectType.target,
      );
      if (!resolver) {
        const fallback = field.resolve;
        const entity = objectType.target;
        if (fallback && !field.args.length && getterOf(entity.prototype as object, field.name)) {
          const name = field.name;
          // A root built as a plain object (not every answer is an entity) goes through type-graphql,
          // which converts it and reads the getter (the info only reaches middlewares: none).
          field.resolve = (root, args, context, info) =>
            root instanceof entity ? (root as Record<string, unknown>)[name] : fallback(root, args, context, info);
          withoutInfo(field);
        }
      } else if (field.resolve) {
        const direct = directCall(resolver, instanceOf(resolver.target), field.resolve);
        if (direct) {
          field.resolve = direct.resolve;
          if (!direct.usesInfo) withoutInfo(field);
        }
      }
    }
  }
}
