import { buildSchema, execute, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { jitGateway } from './jit-gateway';

/**
 * graphql-jit runs with a patch (patches/graphql-jit@0.8.9.patch) that builds a leaf's locations
 * and response path only on an error and calls resolvers without closures unless they answer a
 * promise. Every error path it touches must answer as graphql-js does: the same data, and errors
 * with the same message, locations and path, at every depth of nested lists.
 */
const SDL = `
  type Query { orders: [Order] }
  type Order { id: ID!, lines: [Line] }
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

function schema(): GraphQLSchema {
  const built = buildSchema(SDL);
  const fields = (name: string) => (built.getType(name) as GraphQLObjectType).getFields();
  fields('Query').orders!.resolve = () => orders;
  fields('Line').price!.resolve = (line: Line) => line.price?.();
  fields('Line').laterPrice!.resolve = (line: Line) => line.laterPrice?.();
  fields('Line').stock!.resolve = (line: Line) => line.stock?.();
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
      orders: [{ id: 'o1' }, { id: 'o2', lines: expect.arrayContaining([expect.objectContaining({ stock: 7 })]) }],
    });
  });
});
