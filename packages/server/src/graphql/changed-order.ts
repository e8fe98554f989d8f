import type { GraphQLResolveInfo } from 'graphql';
import type { Order, OrderProperties } from '../order-engine/order.entity';
import type { Loaders } from './loaders';
import { selectedFields, selectedProperties } from './selection';

/**
 * The order a mutation changed, for its payload's `field`: as the change's own statement answered it
 * when it did (`answered`), else read after the commit with only the columns that field's selection
 * needs, or not read at all when the payload does not select it.
 */
export async function changedOrder(
  loaders: Loaders,
  info: GraphQLResolveInfo,
  field: string,
  { orderId, answered = null }: { orderId: string; answered?: Order | null },
): Promise<Order | null> {
  if (answered) return answered;
  if (!selectedFields(info).has(field)) return null;
  const order = await loaders.changedOrderById(selectedProperties(info, 'Order', field) ?? undefined).load(orderId);
  if (!order) throw new Error(`order ${orderId} was changed and is gone`);
  return order;
}

/** What a change answers of the order in its payload's `field`: the properties that field's selection reads. */
export const orderAnswer = (info: GraphQLResolveInfo, field: string): OrderProperties =>
  selectedProperties(info, 'Order', field);
