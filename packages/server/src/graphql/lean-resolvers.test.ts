import type { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { Order } from '../order-engine/order.entity';
import { OrderStatus } from '../order-engine/order-status';
import type { OrderRelatedFacts } from '../order-engine/order-facts';
import { createEventBus } from './pubsub';
import { createSchema } from './schema';

/** An entity instance, as TypeORM and LeanEntity build them, with these properties. */
const instanceOf = <T extends object>(type: new () => T, properties: Partial<T>): T =>
  Object.assign(Object.create(type.prototype) as T, properties);

const relatedFacts: OrderRelatedFacts = {
  hasShipment: false,
  issuedInvoices: 0,
  hasOpenInvoice: false,
  hasPaidInvoice: false,
  paymentInProgress: false,
  amountToInvoice: 3750,
};
const fields: Partial<Order> = {
  status: OrderStatus.PENDING,
  number: 7,
  currency: 'EUR',
  totalAmount: 3750,
  relatedFacts,
};

describe('lean resolvers (type-graphql wrappers replaced once the schema is built)', () => {
  let schema: GraphQLSchema;
  let orderType: GraphQLObjectType;
  beforeAll(async () => {
    schema = await createSchema({ pubSub: createEventBus().pubSub });
    orderType = schema.getType('Order') as GraphQLObjectType;
  });

  const resolve = (field: string, root: unknown) =>
    orderType.getFields()[field]!.resolve!(root, {}, {}, {} as GraphQLResolveInfo) as unknown;

  it('reads a getter-backed field of an entity root, and of a plain root through type-graphql', () => {
    expect(resolve('total', instanceOf(Order, fields))).toEqual({ amount: 3750, currency: 'EUR' });
    expect(resolve('total', { ...fields })).toEqual({ amount: 3750, currency: 'EUR' });
  });

  it('calls a root-only resolver method directly, and converts a root that is not an instance as type-graphql does', () => {
    for (const field of ['availableActions', 'amountToInvoice']) {
      expect(resolve(field, { ...fields })).toEqual(resolve(field, instanceOf(Order, fields)));
    }
    expect(resolve('amountToInvoice', instanceOf(Order, fields))).toMatchObject({ amount: 3750, currency: 'EUR' });
  });

  it('says which fields never read their info (graphql-jit builds none for them), and answers them without one', () => {
    const usesInfo = (type: string, field: string) =>
      (schema.getType(type) as GraphQLObjectType).getFields()[field]!.extensions.resolverUsesInfo;
    // Getters, and methods taking only the root and the context.
    expect(usesInfo('Order', 'total')).toBe(false);
    expect(usesInfo('OrderItem', 'unitPrice')).toBe(false);
    expect(usesInfo('OrderItem', 'stockOnHand')).toBe(false);
    expect(usesInfo('Order', 'availableActions')).toBe(false);
    // A method taking @Info (its look-ahead reads the selection) keeps it.
    expect(usesInfo('Invoice', 'order')).toBeUndefined();

    const withoutInfo = (field: string, root: unknown) =>
      orderType.getFields()[field]!.resolve!(root, {}, {}, undefined as unknown as GraphQLResolveInfo) as unknown;
    expect(withoutInfo('total', { ...fields })).toEqual({ amount: 3750, currency: 'EUR' });
    expect(withoutInfo('availableActions', { ...fields })).toEqual(
      resolve('availableActions', instanceOf(Order, fields)),
    );
  });
});
