import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Buyer } from '../buyers/buyer.entity';
import { keyIn, LeanEntity, leanQuery } from '../common/lean-rows';
import { CreditNote } from '../credit-notes/credit-note.entity';
import { Customer } from '../customers/customer.entity';
import { openBalances } from '../customers/customer-balance';
import type { Money } from '../common/money';
import { Invoice } from '../invoices/invoice.entity';
import { OrderEvent } from '../order-engine/order-event.entity';
import { OrderItem } from '../order-engine/order-item.entity';
import { Order } from '../order-engine/order.entity';
import { Payment } from '../payments/payment.entity';
import { RefundAttempt } from '../refunds/refund-attempt.entity';
import { Refund } from '../refunds/refund.entity';
import { Seller } from '../sellers/seller.entity';
import { Shipment } from '../shipments/shipment.entity';
import { nodeTypeLoader } from './node-types';
import type { ReadModelName } from './read-models';
import { selectedFields, selectedProperties, type Lookahead } from './selection';

/** A short id per selection's set of properties, for DataLoader cache keys. */
const selectionIds = new WeakMap<ReadonlySet<string>, number>();
let nextSelectionId = 0;
function selectionId(properties: ReadonlySet<string>): number {
  let id = selectionIds.get(properties);
  if (id === undefined) selectionIds.set(properties, (id = nextSelectionId++));
  return id;
}

/** What to read: the resolver's info (look-ahead), the properties themselves, or every column when omitted. */
type Selection = Lookahead | ReadonlySet<string>;

type KeyOf<T> = { [K in keyof T]: T[K] extends string | null ? K : never }[keyof T];

/** A column joined from another table when the selection asks for `field`, set on the row as `field`. */
type Join = { field: string; from: string; column: string };

/**
 * `make` for each selection once per request: every row of a list asks with the same field nodes
 * (or the same set of properties), and working out the columns again per row was most of what a
 * relation of the dashboard's Orders page allocated.
 */
function perSelection<L>(make: (selection?: Selection) => L): (selection?: Selection) => L {
  const made = new WeakMap<object, L>();
  let whole: L | undefined;
  return (selection) => {
    const key = selection && 'fieldNodes' in selection ? selection.fieldNodes : selection;
    if (!key) return (whole ??= make());
    let loader = made.get(key);
    if (loader === undefined) made.set(key, (loader = make(selection)));
    return loader;
  };
}

/** Whose rows a request's loaders read, and whether they keep what they loaded for the rest of the request. */
type LoaderScope = { db: DataSource; sellerId: string; cache: boolean };

type KeyedOptions = { scoped?: boolean; orderBy?: string[]; join?: Join };

/**
 * Loads the rows whose `key` column is one of the requested keys, grouped per key (`orderBy`:
 * columns), each key's rows answered as `answer` makes them. Loads of one tick share one statement
 * that reads the union of their selections and, for several keys, the key, which groups the rows.
 */
function keyed<T extends ObjectLiteral, V>(
  { db, sellerId, cache }: LoaderScope,
  entity: EntityTarget<T>,
  model: ReadModelName,
  key: KeyOf<T> & string,
  { scoped = true, orderBy = [], join }: KeyedOptions,
  answer: (rows: T[]) => V,
): (selection?: Selection) => { load: (key: string) => Promise<V> } {
  const lean = LeanEntity.of(db, entity);
  const keyColumn = lean.column(key);
  const order = orderBy.length ? ` ORDER BY ${orderBy.map((column) => `t.${column}`).join(', ')}` : '';
  type Request = { key: string; properties: ReadonlySet<string> | null; join: boolean; cacheKey: string };
  const loader = new DataLoader<Request, V, string>(
    async (requests) => {
      const keys = [...new Set(requests.map((r) => r.key))];
      const properties = new Set<string>();
      // A page's loads share a few selections' sets (one per field node): merge each set once.
      const merged = new Set<ReadonlySet<string>>();
      let all = false;
      for (const request of requests) {
        if (!request.properties) all = true;
        else if (!merged.has(request.properties)) {
          merged.add(request.properties);
          request.properties.forEach((p) => properties.add(p));
        }
      }
      if (keys.length > 1 || properties.size === 0) properties.add(key);
      const plan = all ? lean.plan('t') : lean.plan('t', properties);
      const withJoin = join !== undefined && requests.some((r) => r.join);
      const { condition, parameter } = keyIn(`t.${keyColumn}`, keys);
      const rows = await leanQuery<Record<string, unknown>>(
        db,
        `SELECT ${plan.select}${withJoin ? `, ${join.column} AS joined_` : ''}
           FROM ${lean.table} t${withJoin ? ` ${join.from}` : ''}
          WHERE ${condition}${scoped ? ' AND t.seller_id = $2' : ''}${order}`,
        scoped ? [parameter, sellerId] : [parameter],
      );
      const grouped = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) {
        const entity = lean.hydrate(row, plan) as Record<string, unknown>;
        if (withJoin) entity[join.field] = row.joined_;
        grouped.get(keys.length === 1 ? keys[0]! : (entity[key] as string))!.push(entity as T);
      }
      return requests.map((r) => answer(grouped.get(r.key)!));
    },
    { cache, cacheKeyFn: (request) => request.cacheKey },
  );
  return perSelection((selection) => {
    const lookahead = selection && 'fieldNodes' in selection ? selection : null;
    const properties = lookahead ? selectedProperties(lookahead, model) : ((selection as ReadonlySet<string>) ?? null);
    const withJoin = join !== undefined && lookahead !== null && selectedFields(lookahead).has(join.field);
    const signature = `${properties ? selectionId(properties) : '*'}${withJoin ? '+' : ''}`;
    return { load: (k) => loader.load({ key: k, properties, join: withJoin, cacheKey: `${k} ${signature}` }) };
  });
}

/** Every row of each key. */
const many = <T extends ObjectLiteral>(
  scope: LoaderScope,
  entity: EntityTarget<T>,
  model: ReadModelName,
  key: KeyOf<T> & string,
  options: KeyedOptions = {},
) => keyed(scope, entity, model, key, options, (rows) => rows);

/**
 * For columns that identify at most one row: its row or null, answered by the batch itself (a wrapper
 * awaiting each load was a promise more per row of a page).
 */
const one = <T extends ObjectLiteral>(
  scope: LoaderScope,
  entity: EntityTarget<T>,
  model: ReadModelName,
  key: KeyOf<T> & string,
  options: { scoped?: boolean } = {},
) => keyed(scope, entity, model, key, options, (rows): T | null => rows[0] ?? null);

/**
 * Request-scoped batch loaders: one SQL statement per kind of related row for a whole page of orders,
 * whatever the page size (no N+1), keyed with `= ANY($1)` (one parameter, whatever the number of keys;
 * `= $1` for one key: keyIn).
 * Given the resolver's info, a loader reads only the columns the selection needs (read-models.ts),
 * one loader per set of columns. Every query is scoped to the viewer's seller.
 */
const LOADERS = {
  sellerById: ({ db, cache }: LoaderScope) => {
    const lean = LeanEntity.of(db, Seller);
    const sellers = lean.plan('t');
    return new DataLoader<string, Seller | null>(
      async (ids) => {
        const { condition, parameter } = keyIn('t.id', ids);
        const rows = await leanQuery<Record<string, unknown>>(
          db,
          `SELECT ${sellers.select} FROM sellers t WHERE ${condition}`,
          [parameter],
        );
        const found = new Map(rows.map((row) => [row.id as string, lean.hydrate(row, sellers)]));
        return ids.map((id) => found.get(id) ?? null);
      },
      { cache },
    );
  },
  orderById: (scope: LoaderScope) => one(scope, Order, 'Order', 'id'),
  // An order a mutation changed, read after its commit for the answer; not kept, as each change's
  // answer is read after its own commit.
  changedOrderById: (scope: LoaderScope) => one({ ...scope, cache: false }, Order, 'Order', 'id'),
  invoiceById: (scope: LoaderScope) => one(scope, Invoice, 'Invoice', 'id'),
  splitOrdersByParentId: (scope: LoaderScope) =>
    many(scope, Order, 'Order', 'parentOrderId', { orderBy: ['placed_at', 'number'] }),
  // The stock on hand of each line's variant, joined in when asked for (null without a variant).
  itemsByOrderId: (scope: LoaderScope) =>
    many(scope, OrderItem, 'OrderItem', 'orderId', {
      orderBy: ['position'],
      join: {
        field: 'stockOnHand',
        from: 'LEFT JOIN product_variants v ON v.id = t.variant_id AND v.seller_id = t.seller_id',
        column: 'v.stock_on_hand',
      },
    }),
  eventsByOrderId: (scope: LoaderScope) => many(scope, OrderEvent, 'OrderEvent', 'orderId', { orderBy: ['seq'] }),
  customerById: (scope: LoaderScope) => one(scope, Customer, 'Customer', 'id'),
  // At most one per seller and buyer (customers_one_per_buyer); scoped to the viewer's seller.
  customerByBuyerId: (scope: LoaderScope) => one(scope, Customer, 'Customer', 'buyerId'),
  // Buyers are marketplace-wide; a seller reaches one only through its own orders.
  buyerById: (scope: LoaderScope) => one(scope, Buyer, 'Buyer', 'id', { scoped: false }),
  shipmentByOrderId: (scope: LoaderScope) => one(scope, Shipment, 'Shipment', 'orderId'),
  paymentsByInvoiceId: (scope: LoaderScope) => many(scope, Payment, 'Payment', 'invoiceId', { orderBy: ['attempt'] }),
  invoicesByOrderId: (scope: LoaderScope) => many(scope, Invoice, 'Invoice', 'orderId', { orderBy: ['created_at'] }),
  creditNotesByOrderId: (scope: LoaderScope) =>
    many(scope, CreditNote, 'CreditNote', 'orderId', { orderBy: ['number'] }),
  creditNoteById: (scope: LoaderScope) => one(scope, CreditNote, 'CreditNote', 'id'),
  creditNotesByInvoiceId: (scope: LoaderScope) =>
    many(scope, CreditNote, 'CreditNote', 'invoiceId', { orderBy: ['number'] }),
  refundById: (scope: LoaderScope) => one(scope, Refund, 'Refund', 'id'),
  shipmentById: (scope: LoaderScope) => one(scope, Shipment, 'Shipment', 'id'),
  nodeTypeById: ({ db, sellerId, cache }: LoaderScope) => nodeTypeLoader(db, sellerId, { cache }),
  refundsByOrderId: (scope: LoaderScope) => many(scope, Refund, 'Refund', 'orderId', { orderBy: ['created_at'] }),
  refundsByCreditNoteId: (scope: LoaderScope) =>
    many(scope, Refund, 'Refund', 'creditNoteId', { orderBy: ['created_at'] }),
  refundAttemptsByRefundId: (scope: LoaderScope) =>
    many(scope, RefundAttempt, 'RefundAttempt', 'refundId', { orderBy: ['attempt'] }),
  openBalanceByCustomerId: ({ db, sellerId, cache }: LoaderScope) =>
    new DataLoader<string, Money>((ids) => openBalances(db, sellerId, ids), { cache }),
  variantStockById: ({ db, sellerId, cache }: LoaderScope) =>
    new DataLoader<string, number | null>(
      async (ids) => {
        const { condition, parameter } = keyIn('id', ids);
        const rows = await leanQuery<{ id: string; stock_on_hand: number }>(
          db,
          `SELECT id, stock_on_hand FROM product_variants WHERE ${condition} AND seller_id = $2`,
          [parameter, sellerId],
        );
        const stock = new Map(rows.map((row) => [row.id, row.stock_on_hand]));
        return ids.map((id) => stock.get(id) ?? null);
      },
      { cache },
    ),
};

export type Loaders = { readonly [K in keyof typeof LOADERS]: ReturnType<(typeof LOADERS)[K]> };

/** What a request's loaders hold: whose rows they read, and the loaders made so far. */
type LoaderState = { scope: LoaderScope; made: Map<keyof Loaders, unknown> };

/**
 * The prototype of every request's loaders: a getter per loader creates it the first time the
 * request uses it. Most requests use two or three of them, and creating all of them for every
 * request (a DataLoader, its cache and closures each) was a tenth of what a small query allocated.
 */
const LAZY_LOADERS = Object.defineProperties(
  {},
  Object.fromEntries(
    (Object.keys(LOADERS) as (keyof Loaders)[]).map((name) => [
      name,
      {
        get(this: LoaderState) {
          let loader = this.made.get(name);
          if (loader === undefined) this.made.set(name, (loader = LOADERS[name](this.scope)));
          return loader;
        },
      },
    ]),
  ),
);

export function createLoaders(db: DataSource, sellerId: string, { cache }: { cache: boolean }): Loaders {
  const state: LoaderState = { scope: { db, sellerId, cache }, made: new Map() };
  // The getters of LAZY_LOADERS are the Loaders: one per LOADERS entry, typed by it.
  return Object.assign(Object.create(LAZY_LOADERS), state);
}
