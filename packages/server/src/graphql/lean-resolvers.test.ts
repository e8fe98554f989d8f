import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
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
  let orderType: GraphQLObjectType;
  beforeAll(async () => {
    const schema = await createSchema({ pubSub: createEventBus().pubSub });
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
});
