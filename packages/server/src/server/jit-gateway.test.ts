import { ApolloServer, HeaderMap, type ApolloServerOptionsWithGateway, type BaseContext } from '@apollo/server';
import {
  buildSchema,
  execute,
  parse,
  responsePathAsArray,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { jitGateway } from './jit-gateway';

/**
 * graphql-jit runs with a patch (patches/graphql-jit@0.8.9.patch) that builds a leaf's locations
 * and response path only on an error and calls resolvers without closures unless they answer a
 * promise (nor for a list item that is not one). Every error path it touches must answer as
 * graphql-js does: the same data, and errors with the same message, locations and path, at every
 * depth of nested lists.
 */
const SDL = `
  type Query { orders: [Order] }
  type Order { id: ID!, lines: [Line], promisedLines: [Line] }
  type Line {
    sku: String!
    name: String
    quantity: Int!
    tags: [String!]
    price: Money
    laterPrice: Money
    stock: Int
  }
  type Money { amount: Int!, currency: String! }
`;

type Line = {
  sku: unknown;
  name?: unknown;
  quantity: unknown;
  tags?: unknown[];
  price?: () => unknown;
  laterPrice?: () => Promise<unknown>;
  stock?: () => unknown;
};

const money = (amount: unknown) => ({ amount, currency: 'EUR' });
const fine = (sku: string): Line => ({
  sku,
  name: `Line ${sku}`,
  quantity: 2,
  tags: ['a', 'b'],
  price: () => money(1200),
  laterPrice: () => Promise.resolve(money(1300)),
  stock: () => 5,
});

const orders = [
  { id: 'o1', lines: [fine('A1'), fine('A2')] },
  {
    id: 'o2',
    lines: [
      fine('B1'),
      { ...fine('B2'), sku: null }, // null in a non-null leaf
      { ...fine('B3'), name: new Error('name refused') }, // an Error as a nullable leaf's value
      { ...fine('B4'), sku: new Error('sku refused') }, // an Error as a non-null leaf's value
      { ...fine('B5'), quantity: 'many' }, // a value its scalar cannot serialise
      { ...fine('B6'), tags: ['x', null as unknown as string] }, // null inside a leaf list
      {
        ...fine('B7'),
        price: () => {
          throw new Error('price failed');
        },
      },
      { ...fine('B8'), laterPrice: () => Promise.reject(new Error('later price failed')) },
      { ...fine('B9'), price: () => money(null) }, // null in a non-null leaf under a resolver
      { ...fine('B10'), stock: () => Promise.resolve(7) },
      { ...fine('B11'), laterPrice: () => Promise.resolve(money('lots')) },
    ],
  },
];

/** The info each resolver call of Line.price and Line.stock was given. */
const infos = { price: [] as (GraphQLResolveInfo | undefined)[], stock: [] as (GraphQLResolveInfo | undefined)[] };

function schema(): GraphQLSchema {
  const built = buildSchema(SDL);
  const fields = (name: string) => (built.getType(name) as GraphQLObjectType).getFields();
  // Line.price says its resolver never reads the info (as lean-resolvers.ts marks fields).
  fields('Line').price!.extensions = { resolverUsesInfo: false };
  fields('Query').orders!.resolve = () => orders;
  // A list of promises, the last one rejected (graphql-jit appends a failed item where it settles).
  fields('Order').promisedLines!.resolve = (order: { id: string }) =>
    order.id === 'o1' ? [Promise.resolve(fine('P1')), Promise.reject(new Error('line lost'))] : [];
  fields('Line').price!.resolve = (line: Line, _args, _context, info?: GraphQLResolveInfo) => {
    infos.price.push(info);
    return line.price?.();
  };
  fields('Line').laterPrice!.resolve = (line: Line) => line.laterPrice?.();
  fields('Line').stock!.resolve = (line: Line, _args, _context, info: GraphQLResolveInfo) => {
    infos.stock.push(info);
    return line.stock?.();
  };
  return built;
}

const QUERY = `query Orders {
  orders {
    id
    lines {
      sku name quantity tags
      price { amount currency }
      laterPrice { amount currency }
      stock
    }
    promisedLines { sku price { amount } }
  }
}`;

/** An answer as a client reads it, errors in path order (the engines report them in their own order). */
function asClientReadsIt(result: { data?: unknown; errors?: readonly unknown[] }) {
  const json = JSON.parse(JSON.stringify(result)) as {
    data: unknown;
    errors: { message: string; locations: unknown; path: (string | number)[] }[];
  };
  const errors = json.errors.map(({ message, locations, path }) => ({ message, locations, path }));
  return { data: json.data, errors: errors.sort((a, b) => a.path.join('.').localeCompare(b.path.join('.'))) };
}

describe('the graphql-jit gateway', () => {
  it('answers every error path of leaves and resolvers as graphql-js does, at every list depth', async () => {
    const built = schema();
    const document = parse(QUERY);
    const loaded = await jitGateway(built).load({ apollo: {} as never });
    const executor = loaded.executor!;
    const ours = await executor({
      document,
      request: { query: QUERY, operationName: 'Orders' },
      context: {},
    } as never);
    const reference = await execute({ schema: built, document, operationName: 'Orders', contextValue: {} });

    const answer = asClientReadsIt(ours as typeof reference);
    expect(answer).toEqual(asClientReadsIt(reference));
    // The comparison holds something: every failure above came back, located and with its path.
    expect(answer.errors.map((e) => e.path.join('.'))).toEqual([
      'orders.0.promisedLines.1',
      'orders.1.lines.1.sku',
      'orders.1.lines.10.laterPrice.amount',
      'orders.1.lines.2.name',
      'orders.1.lines.3.sku',
      'orders.1.lines.4.quantity',
      'orders.1.lines.5.tags.1',
      'orders.1.lines.6.price',
      'orders.1.lines.7.laterPrice',
      'orders.1.lines.8.price.amount',
    ]);
    expect(answer.errors.every((e) => Array.isArray(e.locations) && e.locations.length === 1)).toBe(true);
    expect(answer.data).toMatchObject({
      orders: [
        { id: 'o1', promisedLines: [{ sku: 'P1', price: { amount: 1200 } }, null] },
        { id: 'o2', lines: expect.arrayContaining([expect.objectContaining({ stock: 7 })]) },
      ],
    });
  });

  it('gives no info to a resolver whose field says it reads none, and the full info to the others', async () => {
    infos.price.length = 0;
    infos.stock.length = 0;
    const built = schema();
    const document = parse(QUERY);
    const executor = (await jitGateway(built).load({ apollo: {} as never })).executor!;
    await executor({ document, request: { query: QUERY, operationName: 'Orders' }, context: {} } as never);

    // Both resolvers ran for every line (two of o1, eleven of o2, one promised line).
    expect(infos.price).toHaveLength(14);
    expect(infos.price.every((info) => info === undefined)).toBe(true);
    expect(infos.stock).toHaveLength(13);
    expect(infos.stock.map((info) => responsePathAsArray(info!.path).join('.'))).toContain('orders.1.lines.9.stock');
    expect(infos.stock[0]).toMatchObject({ fieldName: 'stock', parentType: { name: 'Line' } });
  });
});

/**
 * Apollo runs the gateway with a request context of its own, whose `response.http.status` forwards
 * to the operation's. Apollo built it with accessors in an object literal: V8 allocates such an
 * accessor pair in the old generation, where each request's pair kept the request alive through the
 * young-generation collections, and every request's objects were copied into the old one (a tenth
 * of what a request allocated, collected only by full collections).
 * patches/@apollo__server@5.5.1.patch puts the accessors on a class.
 */
describe("Apollo's request context for the gateway", () => {
  it('forwards the HTTP status through accessors every request shares, none of its own', async () => {
    const built = buildSchema('type Query { ok: Boolean }');
    const seen: { own: PropertyDescriptor | undefined; before: number | undefined; shape: object }[] = [];
    // Our gateway, with an executor that looks at what Apollo hands it and sets a status first.
    const jit = jitGateway(built);
    const gateway: ApolloServerOptionsWithGateway<BaseContext>['gateway'] = {
      ...jit,
      load: async (options) => {
        const { executor } = await jit.load(options);
        return {
          executor: async (requestContext) => {
            const http = requestContext.response?.http;
            if (!http) throw new Error('Apollo handed the gateway no HTTP response');
            seen.push({
              own: Object.getOwnPropertyDescriptor(http, 'status'),
              before: http.status,
              shape: Object.getPrototypeOf(http),
            });
            http.status = 418;
            return executor!(requestContext);
          },
        };
      },
    };
    const apollo = new ApolloServer({ gateway });
    await apollo.start();
    try {
      const ask = () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: 'POST',
            headers: new HeaderMap([['content-type', 'application/json']]),
            search: '',
            body: { query: '{ ok }' },
          },
          context: async () => ({}),
        });
      const answers = [await ask(), await ask()];

      expect(answers.map((answer) => answer.status)).toEqual([418, 418]);
      expect(seen).toHaveLength(2);
      expect(seen.map(({ own, before }) => ({ own, before }))).toEqual([
        { own: undefined, before: undefined },
        { own: undefined, before: undefined },
      ]);
      expect(seen[0]!.shape).toBe(seen[1]!.shape);
    } finally {
      await apollo.stop();
    }
  });
});
