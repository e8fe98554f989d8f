import type { Pool } from 'pg';
import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { rows } from './sql';

/**
 * One read statement straight on the data source's pg pool: no TypeORM query runner, query builder or
 * hydration per statement. Still reported to the data source's logger, so statement counts see it.
 */
export async function leanQuery<R>(db: DataSource, text: string, values: unknown[]): Promise<R[]> {
  db.logger.logQuery(text, values);
  const pool: Pool = (db.driver as PostgresDriver).master;
  return (await pool.query(text, values)).rows as R[];
}

/**
 * "`column` is one of `keys`" on parameter $1: `= $1` for a single key, `= ANY($1)` for several. Most
 * loads are of one key (one order's lines, one seller), and with `=` their statement is prepared
 * and its plan kept; StatementNames never prepares a list parameter, whose plan depends on the list.
 */
export function keyIn(column: string, keys: readonly string[]): { condition: string; parameter: unknown } {
  return keys.length === 1
    ? { condition: `${column} = $1::uuid`, parameter: keys[0] }
    : { condition: `${column} = ANY($1::uuid[])`, parameter: keys };
}

type Column = {
  /** The entity property, or the embedded object's property for an embedded column. */
  property: string;
  embedded: string | null;
  /** The select-list entry without its table alias, e.g. `due_on::text AS due_on`. */
  select: (alias: string) => string;
  name: string;
  from: ((value: unknown) => unknown) | null;
};

export type Plan = {
  readonly columns: Column[];
  readonly select: string;
  /** An instance built from a row of this select list. */
  readonly make: (row: Record<string, unknown>) => object;
};

/**
 * Builds the instances of one select list with a generated constructor: the entity's prototype, one
 * assignment per column written out (an embedded object gets a constructor of its own). Objects from
 * `Object.create` filled in a loop kept most properties outside the object, and every entity's stores
 * shared one megamorphic site: a tenth of what the 200-line details allocated (130 KB a request). The
 * code comes from the entities' metadata only (property and column names, quoted as JSON strings),
 * never from a request.
 */
function rowConstructor(
  prototypes: ReadonlyMap<string | null, object>,
  columns: readonly Column[],
): (row: Record<string, unknown>) => object {
  type Construct = new (from: Column['from'][], nested: Construct[], row: Record<string, unknown>) => object;
  const constructorOf = (prototype: object, body: string): Construct => {
    const construct = new Function('from', 'nested', 'row', body) as unknown as Construct;
    construct.prototype = prototype;
    return construct;
  };
  const assign = (property: string, value: string) => `this[${JSON.stringify(property)}] = ${value};\n`;
  const valueOf = (column: Column) => {
    const raw = `row[${JSON.stringify(column.name)}]`;
    return column.from ? `from[${columns.indexOf(column)}](${raw})` : raw;
  };
  const from = columns.map((column) => column.from);
  const nested: Construct[] = [];
  const embeddedSeen = new Set<string>();
  let body = '';
  for (const column of columns) {
    if (column.embedded === null) {
      body += assign(column.property, valueOf(column));
    } else if (!embeddedSeen.has(column.embedded)) {
      embeddedSeen.add(column.embedded);
      const own = columns.filter((c) => c.embedded === column.embedded);
      nested.push(
        constructorOf(prototypes.get(column.embedded)!, own.map((c) => assign(c.property, valueOf(c))).join('')),
      );
      body += assign(column.embedded, `new nested[${nested.length - 1}](from, nested, row)`);
    }
  }
  const construct = constructorOf(prototypes.get(null)!, body);
  return (row) => new construct(from, nested, row);
}

/**
 * Plans kept per entity. Which columns a request reads is the client's choice (its selection), and
 * each plan holds a compiled constructor: the oldest plan goes once there are this many.
 */
const MAX_PLANS = 500;

const built = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, LeanEntity<ObjectLiteral>>>();

/**
 * Instances of one TypeORM entity built from plain rows: only the properties asked for are selected,
 * values are converted as TypeORM converts them (its transformers; `date` as YYYY-MM-DD text), and
 * each row keeps the entity's prototype, so getters and `instanceof` work as on TypeORM's entities.
 */
export class LeanEntity<T extends ObjectLiteral> {
  readonly table: string;
  /** Every selectable property: a column, or an embedded object (all its columns). */
  readonly properties: ReadonlySet<string>;
  private readonly byProperty = new Map<string, Column[]>();
  private readonly prototypes = new Map<string | null, object>();
  private readonly plans = new Map<string, Plan>();
  private readonly plansBySet = new WeakMap<ReadonlySet<string>, Map<string, Plan>>();

  constructor(metadata: EntityMetadata) {
    this.table = metadata.tableName;
    this.prototypes.set(null, (metadata.target as { prototype: object }).prototype);
    for (const embedded of metadata.embeddeds) {
      this.prototypes.set(embedded.propertyName, (embedded.type as { prototype: object }).prototype);
    }
    for (const column of metadata.columns) {
      if (!column.isSelect) continue;
      const embedded = column.embeddedMetadata?.propertyName ?? null;
      const name = column.databaseName;
      // TypeORM hands `date` columns out as YYYY-MM-DD strings; pg alone would make local-midnight Dates.
      const cast = column.type === 'date' ? '::text' : '';
      const transformer = column.transformer;
      const from = transformer && !Array.isArray(transformer) ? (value: unknown) => transformer.from(value) : null;
      // A virtual column (TypeORM's @VirtualColumn) is its SQL expression over the row.
      const query = column.isVirtualProperty ? column.query : undefined;
      const entry: Column = {
        property: column.propertyName,
        embedded,
        name,
        select: query ? (alias) => `(${query(alias)}) AS ${name}` : (alias) => `${alias}.${name}${cast} AS ${name}`,
        from,
      };
      const key = embedded ?? column.propertyName;
      this.byProperty.set(key, [...(this.byProperty.get(key) ?? []), entry]);
    }
    this.properties = new Set(this.byProperty.keys());
  }

  /** The entity's reader for this data source, built once from its metadata. */
  static of<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>): LeanEntity<T> {
    let readers = built.get(db);
    if (!readers) built.set(db, (readers = new Map()));
    let reader = readers.get(entity);
    if (!reader) readers.set(entity, (reader = new LeanEntity<T>(db.getMetadata(entity))));
    return reader as LeanEntity<T>;
  }

  /** The database column of a property. */
  column(property: string): string {
    const [column] = this.byProperty.get(property) ?? [];
    if (!column || column.embedded) throw new Error(`${this.table} has no column for ${property}`);
    return column.name;
  }

  /** Like `plan`, cached per set object: the look-ahead answers the same set for the same document. */
  planFor(alias: string, properties: ReadonlySet<string> | null): Plan {
    if (!properties) return this.plan(alias);
    let byAlias = this.plansBySet.get(properties);
    if (!byAlias) this.plansBySet.set(properties, (byAlias = new Map()));
    let plan = byAlias.get(alias);
    if (!plan) byAlias.set(alias, (plan = this.plan(alias, properties)));
    return plan;
  }

  /**
   * The select list (columns of table alias `alias`) for these properties, all when omitted; unknown
   * names (fields computed elsewhere) are ignored. Cached per set of properties.
   */
  plan(alias: string, properties?: Iterable<string>): Plan {
    const wanted = properties ? [...properties].filter((p) => this.byProperty.has(p)).sort() : [...this.properties];
    const key = `${alias}:${wanted.join(',')}`;
    let plan = this.plans.get(key);
    if (!plan) {
      const columns = wanted.flatMap((p) => this.byProperty.get(p)!);
      plan = {
        columns,
        select: columns.map((c) => c.select(alias)).join(', '),
        make: rowConstructor(this.prototypes, columns),
      };
      if (this.plans.size >= MAX_PLANS) this.plans.delete(this.plans.keys().next().value!);
      this.plans.set(key, plan);
    }
    return plan;
  }

  /**
   * The row of this table (as `alias`) that `where` finds, read in the transaction `tx` with these
   * properties (all when omitted); `where` may end in a locking clause. Null when there is none.
   */
  async one(
    tx: EntityManager,
    alias: string,
    where: string,
    parameters: unknown[],
    properties?: Iterable<string>,
  ): Promise<T | null> {
    const plan = this.plan(alias, properties);
    const [row] = await rows<Record<string, unknown>>(
      tx,
      `SELECT ${plan.select} FROM ${this.table} ${alias} WHERE ${where}`,
      parameters,
    );
    return row ? this.hydrate(row, plan) : null;
  }

  hydrate(row: Record<string, unknown>, plan: Plan): T {
    return plan.make(row) as T;
  }
}
